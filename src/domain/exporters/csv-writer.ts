/**
 * Writing CSV that spreadsheets open safely: RFC 4180 quoting, and text cells that would start a
 * formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with `'` so that opening the file never runs
 * anything (CSV injection). Cells holding `;` or a tab are quoted too: a spreadsheet whose list
 * separator is `;` (most of continental Europe) or that reads tabs would otherwise split such a
 * cell, and the part after the separator (`x;=cmd|' /C calc'!A0`) would start a formula.
 */

/**
 * Prefixes text that a spreadsheet would read as a formula: at the start of the cell, and after
 * each `;`, tab or line break inside it. A spreadsheet that splits lines on `;` (or tabs) honours
 * a quote only at the start of a field, so for any column but the first, quoting does not keep
 * it from starting a new cell (or, at a line break, a new row) inside ours; that cell must not
 * start a formula either. The generic CSV importer removes these marks again (unguardCell).
 * @example neutraliseFormula('=HYPERLINK("x")') === "'=HYPERLINK(\"x\")"
 * @example neutraliseFormula("x;=cmd|' /C calc'!A0") === "x;'=cmd|' /C calc'!A0"
 */
export function neutraliseFormula(text: string): string {
  const inner = text.replace(/([;\t\r\n])(?=[=+\-@])/g, "$1'");
  return /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
}

/**
 * A cell: numbers as written, text neutralised, quoted when it holds a quote, a separator that
 * some reader may use (`,` `;` tab), a line break, or edge spaces.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines joined with CRLF (RFC 4180), after a byte-order mark so Excel reads UTF-8. */
export function csvDocument(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
