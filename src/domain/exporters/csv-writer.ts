/**
 * Writing CSV that spreadsheets open safely: RFC 4180 quoting, and text cells that would start a
 * formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with `'` so that opening the file never runs
 * anything (CSV injection).
 */

/**
 * Prefixes text that a spreadsheet would read as a formula.
 * @example neutraliseFormula('=HYPERLINK("x")') === "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell: numbers as written, text neutralised, quoted when it holds a quote, comma, line break or edge spaces. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines joined with CRLF (RFC 4180), after a byte-order mark so Excel reads UTF-8. */
export function csvDocument(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
