/**
 * Small text helpers shared by the importers: ids from names, HTML to plain text, numbers
 * written with a decimal comma. Pure string work, so they run the same in a Web Worker.
 */

/** Ids already worked out, by label: an export repeats the same actors and places on thousands of rows. */
const kebabIds = new Map<string, string>();
const MAX_CACHED_IDS = 50_000;

/**
 * Lower-case kebab id from any label; empty when nothing usable is left.
 * @example toKebabId('Military Forces of Russia (2000-)') === 'military-forces-of-russia-2000'
 */
export function toKebabId(text: string): string {
  let id = kebabIds.get(text);
  if (id === undefined) {
    id = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (kebabIds.size >= MAX_CACHED_IDS) kebabIds.clear();
    kebabIds.set(text, id);
  }
  return id;
}

// A Map, not an object literal: an entity named after an Object.prototype member
// (`&constructor;`, `&toString;`) must stay as written, not turn into a function's source text.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
]);

/** Decodes `&amp;`, `&#39;`, `&#x2014;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? whole;
  });
}

/** Closing tags after which the text goes on on a new line (`<br>` is handled apart). */
const BLOCK_ENDS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);

/**
 * Searches of one pattern from ever later positions, in linear time overall: a result that
 * lies ahead is reused, and a search that failed is never run again from a later position.
 * Without this, text made of 300,000 unclosed `<a` makes every `<` scan to the end of the text.
 */
function forwardSearch(text: string, pattern: RegExp): (from: number) => { start: number; end: number } | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let searchedFrom = Infinity;
  let found: { start: number; end: number } | null = null;
  return (from) => {
    if (from >= searchedFrom && (found === null || found.start >= from)) return found;
    global.lastIndex = from;
    const match = global.exec(text);
    searchedFrom = from;
    found = match === null ? null : { start: match.index, end: match.index + match[0].length };
    return found;
  };
}

/**
 * Plain text from an HTML fragment (TimelineJS `text.text`). Tags are removed, never
 * interpreted, so the result is safe to show as text; block ends become line breaks. One pass
 * over the text, so hostile input (a megabyte of `<a`, unclosed comments or scripts) costs
 * time in proportion to its length. What is not a complete tag (`a < b`, `<a` with no `>`)
 * stays as text, as before.
 * @example htmlToText('<p>Hit <b>Kyiv</b></p><p>7&nbsp;killed</p>') === 'Hit Kyiv\n7 killed'
 */
export function htmlToText(html: string): string {
  const tagEnd = forwardSearch(html, />/);
  const commentEnd = forwardSearch(html, /-->/);
  const hiddenEnd = new Map([
    ['script', forwardSearch(html, /<\/script\s*>/i)],
    ['style', forwardSearch(html, /<\/style\s*>/i)],
  ]);
  const tagName = /^<(\/?)([a-z][a-z0-9]*)/i;
  const parts: string[] = [];
  let textStart = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    let skipTo = -1;
    let lineBreak = false;
    if (html.startsWith('<!--', at)) {
      const end = commentEnd(at + 4);
      if (end !== null) skipTo = end.end;
    } else {
      // At most 12 characters are looked at, so the name test stays cheap on any input.
      const name = tagName.exec(html.slice(at, at + 12));
      const close = name === null ? null : tagEnd(at + 1);
      if (name !== null && close !== null) {
        const closing = name[1] === '/';
        const lower = (name[2] ?? '').toLowerCase();
        skipTo = close.end;
        lineBreak = lower === 'br' || (closing && BLOCK_ENDS.has(lower));
        const hidden = closing ? undefined : hiddenEnd.get(lower);
        // Scripts and styles go with their content; an unclosed one loses only its tag.
        const hiddenClose = hidden?.(close.end) ?? null;
        if (hiddenClose !== null) skipTo = hiddenClose.end;
      }
    }
    if (skipTo < 0) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    parts.push(html.slice(textStart, at));
    if (lineBreak) parts.push('\n');
    textStart = skipTo;
    at = html.indexOf('<', skipTo);
  }
  parts.push(html.slice(textStart));
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Longest title an import keeps (a headline, not an article). */
export const MAX_TITLE_CHARS = 500;
/** Longest text of any other field an import keeps (a summary, a note, a source title). */
export const MAX_TEXT_CHARS = 10_000;

/**
 * Text cut to `max` characters, with a visible marker saying how much was left out, so that a
 * reader never takes a cut text for the whole. Never splits a surrogate pair. The marker is part
 * of the data (exports carry it), so it is written one way, in English, whoever imported the file.
 * @example capText('x'.repeat(12), 10) // { text: 'xxxxxxxxxx… [2 more characters cut on import]', cut: 2, marker: '… [2 more characters cut on import]' }
 */
export function capText(text: string, max: number): { text: string; cut: number; marker: string } {
  if (text.length <= max) return { text, cut: 0, marker: '' };
  let keep = max;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  const cut = text.length - keep;
  const marker = `… [${cut.toLocaleString('en-US')} more characters cut on import]`;
  return { text: `${text.slice(0, keep)}${marker}`, cut, marker };
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
