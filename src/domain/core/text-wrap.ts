/**
 * Wraps a label into lines of at most `maxChars` characters, breaking between words; a word
 * longer than a line gets a line of its own. At least one line, even for an empty label.
 * @example wrapWords('±7 days around talks (78 d)', 12) // ['±7 days', 'around talks', '(78 d)']
 */
export function wrapWords(label: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
