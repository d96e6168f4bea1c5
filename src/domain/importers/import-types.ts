/**
 * What every importer returns. Problems reuse the loader's `Rejection` type so the same report
 * lists them: section 'events', index = 0-based data row (shown as row number index + 1).
 */
import type { Rejection } from '../core/parse-dataset';
import type { Dataset } from '../core/model';
import type { Problem } from '../core/problem';

export const IMPORT_FORMATS = [
  'dataset-json',
  'acled-csv',
  'timelinejs-json',
  'timelinejs-csv',
  'geojson',
  'generic-csv',
  'mapped-csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How each format is named in the metadata an import writes (English, as stored data); the import summary names it in the reader's language (`importFormat.*` in the catalogs). */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'dataset-json': 'Talks & Strikes JSON',
  'acled-csv': 'ACLED CSV export',
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
  geojson: 'GeoJSON points',
  'generic-csv': 'Talks & Strikes CSV',
  'mapped-csv': 'CSV with chosen columns',
};

export interface ImportResult {
  format: ImportFormat;
  fileName: string;
  dataset: Dataset;
  /** Rows that were not loaded, and why. */
  rejected: Rejection[];
  /** Rows that were loaded with a change (coordinates swapped, a link dropped, a row replaced). */
  warnings: Rejection[];
  /** Data rows (or items) read from the file. */
  rowCount: number;
  /** Counts for the summary line, and the first change notes for a table on screen. */
  summary: ImportSummary;
}

/** How many change notes `summary.firstChanges` carries; the full list stays in `warnings`. */
export const LISTED_CHANGES = 100;

/**
 * An import in numbers. Every data row is exactly one of: loaded, rejected, replaced, or read as
 * the file's own details, so `rows === loaded + rejectedRows + replacedRows + infoRows`.
 */
export interface ImportSummary {
  /** Data rows (or items) read: the same as `rowCount`. */
  rows: number;
  /** Events loaded. */
  loaded: number;
  /** Rows not loaded; each is listed in `rejected` with why. */
  rejectedRows: number;
  /** Rows replaced by a later row with the same id (ACLED corrections); listed in `warnings`. */
  replacedRows: number;
  /** Rows read as the file's own details, not as events (a TimelineJS sheet's title row). */
  infoRows: number;
  /** Loaded rows that were loaded with at least one change. */
  changedRows: number;
  /** All change notes: the length of `warnings` (what "Download problems" writes). */
  changes: number;
  /** The first LISTED_CHANGES change notes in row order, so a summary never renders 10,000 rows. */
  firstChanges: Rejection[];
}

/** Files larger than this are refused before reading, with a clear message. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/** Message to the import worker: the file (or a downloaded Blob) and the name to report it by. */
export interface ImportRequest {
  file: Blob;
  fileName: string;
}

/**
 * Message to the import worker: stop the import under way (between CSV chunks); the worker then
 * replies `{ ok: false, problem: IMPORT_CANCELLED }`. Terminating the worker stops it too.
 */
export interface ImportCancel {
  cancel: true;
}

/** The worker's answer: the import, or the one problem of a file that is not data. */
export type ImportReply = { ok: true; result: ImportResult } | { ok: false; problem: Problem };
