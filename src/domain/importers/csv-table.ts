/**
 * CSV plumbing shared by the CSV importers: delimiter sniffing, header look-up by name, and a
 * row session that accepts rows in chunks (papaparse's chunked parse in the worker) or all at
 * once (`importText`), so both paths run exactly the same row logic.
 */
import Papa, { type ParseError } from 'papaparse';
import { DatasetFormatError } from '../core/parse-dataset';
import { problem, type Problem } from '../core/problem';
import type { ImportResult } from './import-types';
import { stripBom } from './text-clean';

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a CSV file, guessed from its first line: whichever of `,` `;` and tab occurs
 * most often outside quotes. A `;` file with decimal commas ("48,62") is still read as `;`
 * because its header line has no commas.
 */
export function detectDelimiter(text: string): Delimiter {
  const line = firstLine(stripBom(text));
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

function firstLine(text: string): string {
  const trimmed = text.replace(/^\s*\n/, '');
  const end = trimmed.search(/\r?\n/);
  return end < 0 ? trimmed : trimmed.slice(0, end);
}

/** Header names normalised for look-up: no BOM, trimmed, lower case, spaces as underscores. */
export function normaliseHeader(name: string): string {
  return stripBom(name).trim().toLowerCase().replace(/\s+/g, '_');
}

/** Finds cells by column name. */
export interface Columns {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The trimmed cell of a column, or '' when the column or the cell is missing. */
  get(cells: readonly string[], name: string): string;
  /** The cell as written (untrimmed), or undefined when the column or cell is missing. */
  raw(cells: readonly string[], name: string): string | undefined;
}

/** Column look-up for a header row (the first column of a name wins). */
export function columnsOf(header: readonly string[]): Columns {
  const names = header.map(normaliseHeader);
  const position = new Map<string, number>();
  names.forEach((name, i) => {
    if (name !== '' && !position.has(name)) position.set(name, i);
  });
  const raw = (cells: readonly string[], name: string) => {
    const i = position.get(name);
    return i === undefined ? undefined : cells[i];
  };
  return {
    names,
    has: (name) => position.has(name),
    raw,
    get: (cells, name) => (raw(cells, name) ?? '').trim(),
  };
}

/** The CSV layouts that require columns, as the missing-columns message names them. */
export type CsvLayout = 'acled' | 'timeline' | 'own';

/** Throws the one clear message for a file that lacks columns its format needs. */
export function requireColumns(columns: Columns, required: readonly string[], layout: CsvLayout): void {
  const missing = required.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    // Column names are the file's own words, listed as they are in every language.
    throw new DatasetFormatError(problem('problem.file.missingColumns', { format: layout, count: missing.length, columns: missing.join(', ') }));
  }
}

/** What a CSV importer does with each data row once the header is known. */
export interface CsvRowImporter {
  /** `row` is the 0-based data row (the header is not counted). */
  addRow(cells: readonly string[], row: number): void;
  /** Notes a problem the parser found on a row (an unclosed quote). */
  rejectRow(row: number, why: Problem): void;
  finish(rowCount: number): ImportResult;
}

/** Picks the importer for a header row; throws DatasetFormatError when no layout fits. */
export type CsvImporterFactory = (header: readonly string[], fileName: string) => CsvRowImporter;

/** Accepts parsed rows in any number of chunks; the first row is the header. */
export interface CsvSession {
  push(rows: readonly (readonly string[])[], errors?: readonly ParseError[]): void;
  finish(): ImportResult;
}

/**
 * A session that hands rows to the importer chosen from the header. A row in which the parser
 * found a broken quote is rejected whole rather than loaded: its cells may hold the rest of the
 * file, and a row must never be both loaded and listed as rejected.
 */
export function createCsvSession(fileName: string, factory: CsvImporterFactory): CsvSession {
  let importer: CsvRowImporter | undefined;
  let dataRows = 0;
  return {
    push(rows, errors = []) {
      // Rows of this chunk (numbered from 0 in the chunk, as the parser reports them) with a broken
      // quote, and which kind (papaparse's own message is English, so its code is kept instead).
      const brokenQuotes = new Map<number, Problem>();
      for (const error of errors) {
        if (error.type === 'Quotes' && error.row !== undefined && !brokenQuotes.has(error.row)) {
          brokenQuotes.set(error.row, problem('problem.row.brokenQuote', { kind: error.code === 'MissingQuotes' ? 'missing' : 'malformed' }));
        }
      }
      rows.forEach((cells, i) => {
        if (isBlank(cells)) return;
        const broken = brokenQuotes.get(i);
        if (importer === undefined) {
          if (broken !== undefined) throw new DatasetFormatError(problem('problem.file.headerQuote', { fileName }));
          importer = factory(cells, fileName);
          return;
        }
        if (broken === undefined) importer.addRow(cells, dataRows++);
        else importer.rejectRow(dataRows++, broken);
      });
    },
    finish() {
      if (importer === undefined) throw new DatasetFormatError(problem('problem.file.noHeader'));
      return importer.finish(dataRows);
    },
  };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Papa options shared by the string and the chunked parse. */
export function papaOptions(delimiter: Delimiter) {
  return { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false } as const;
}

/** Parses a whole CSV text into a session (the path used by importText and the tests). */
export function parseCsvText(text: string, session: CsvSession): ImportResult {
  const clean = stripBom(text);
  const result = Papa.parse<string[]>(clean, papaOptions(detectDelimiter(clean)));
  session.push(result.data, result.errors);
  return session.finish();
}

/**
 * Checks a row's width against the header. Missing trailing cells read as empty (kept, with a
 * warning); extra non-empty cells mean the columns are shifted (an unquoted delimiter), so the
 * row cannot be read safely and is rejected. Returns false when the row must be rejected.
 */
export function checkRowWidth(
  cells: readonly string[],
  columns: Columns,
  onProblem: (kind: 'warn' | 'reject', why: Problem) => void,
): boolean {
  const width = columns.names.length;
  if (cells.length < width) {
    onProblem('warn', problem('problem.row.missingCells', { cells: cells.length, width }));
    return true;
  }
  if (cells.length > width) {
    const extra = cells.slice(width).filter((cell) => cell.trim() !== '');
    if (extra.length === 0) return true;
    onProblem('reject', problem('problem.row.shifted', { cells: cells.length, width }));
    return false;
  }
  return true;
}
