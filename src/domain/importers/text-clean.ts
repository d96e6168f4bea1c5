/**
 * Small text helpers shared by the importers: ids from names, HTML to plain text, numbers
 * written with a decimal comma. Pure string work, so they run the same in a Web Worker.
 */

/**
 * Lower-case kebab id from any label; empty when nothing usable is left.
 * @example toKebabId('Military Forces of Russia (2000-)') === 'military-forces-of-russia-2000'
 */
export function toKebabId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Decodes `&amp;`, `&#39;`, `&#x2014;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text from an HTML fragment (TimelineJS `text.text`). Tags are removed, never
 * interpreted, so the result is safe to show as text; block ends become line breaks.
 * @example htmlToText('<p>Hit <b>Kyiv</b></p><p>7&nbsp;killed</p>') === 'Hit Kyiv\n7 killed'
 */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const withBreaks = withoutHidden.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n');
  const noTags = withBreaks.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(noTags)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A number as written in a cell: `48.62`, `48,62` (decimal comma), ` 7 `. Null when the cell is
 * empty or not a number. Thousands separators are not guessed: `1,234` reads as 1.234.
 */
export function parseLocaleNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalised = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Removes a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a short sample of the text looks like a binary file rather than text. */
export function looksBinary(sample: string): boolean {
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Control characters other than tab/CR/LF/FF, and U+FFFD (bytes that were not UTF-8).
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}
