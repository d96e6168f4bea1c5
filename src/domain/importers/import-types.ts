/**
 * What every importer returns. Problems reuse the loader's `Rejection` type so the same report
 * lists them: section 'events', index = 0-based data row (shown as row number index + 1).
 */
import type { Rejection } from '../core/parse-dataset';
import type { Dataset } from '../core/model';

export const IMPORT_FORMATS = [
  'dataset-json',
  'acled-csv',
  'timelinejs-json',
  'timelinejs-csv',
  'geojson',
  'generic-csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How each format is named to the reader. */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'dataset-json': 'Talks & Strikes JSON',
  'acled-csv': 'ACLED CSV export',
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
  geojson: 'GeoJSON points',
  'generic-csv': 'Talks & Strikes CSV',
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
}

/** Files larger than this are refused before reading, with a clear message. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/** Message to the import worker: the file (or a downloaded Blob) and the name to report it by. */
export interface ImportRequest {
  file: Blob;
  fileName: string;
}

/** The worker's answer: the import, or the one clear message of a file that is not data. */
export type ImportReply = { ok: true; result: ImportResult } | { ok: false; message: string };
