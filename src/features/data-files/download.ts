/**
 * Saving text as a file: a Blob behind an object URL, clicked through a temporary link. Nothing
 * leaves the browser.
 */

/** Starts a download of `text` named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Today's date on the reader's own calendar, `YYYY-MM-DD`, for file names and `updated`. */
export function todayOnReadersCalendar(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Starts a download of a Blob (a PNG, or text) named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
