/**
 * The one entry point for a reader's file: detects the format from the content (not the file
 * name), runs the matching importer and returns every readable row plus the list of what was
 * not read. A file that is not data at all throws DatasetFormatError with one clear message.
 */
import { DatasetFormatError } from '../core/parse-dataset';
import { problem } from '../core/problem';
import { acledImporter, isAcledHeader } from './acled-csv';
import { mappedCsvImporter, samplingImporter, type ColumnMapping } from './column-mapping';
import { columnsOf, createCsvSession, parseCsvText, type CsvImporterFactory } from './csv-table';
import { importDatasetJson } from './dataset-json';
import { genericCsvImporter, hasGenericRequired, isGenericHeader } from './generic-csv';
import { importGeoJson, isGeoJson } from './geojson';
import type { ImportResult } from './import-types';
import { stripBom, looksBinary } from './text-clean';
import { importTimelineJson, isTimelineJson, isTimelineSheetHeader, timelineSheetImporter } from './timelinejs';

/** How a file's text must be read: as a whole (JSON) or row by row (CSV, which can be streamed). */
export type TextKind = 'json' | 'csv';

/**
 * Looks at the start of a file and says how to read it; throws for HTML pages, binaries and
 * empty files. `head` is the first few kilobytes of the text.
 */
export function sniffText(head: string, fileName: string): TextKind {
  const text = stripBom(head);
  if (looksBinary(text.slice(0, 4096))) {
    throw new DatasetFormatError(problem('problem.file.notText', { fileName }));
  }
  const start = text.trimStart();
  if (start === '') throw new DatasetFormatError(problem('problem.file.empty', { fileName }));
  if (/^<(?:!doctype|html|head|body|\?xml|!--|[a-z][a-z0-9-]*[\s>/])/i.test(start)) {
    throw new DatasetFormatError(problem('problem.file.webPage', { fileName }));
  }
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/**
 * Picks the CSV importer from the header row. A header none of the known layouts has gets the
 * sampling importer, which stops after the first rows with NeedsColumnMapping.
 */
export const csvImporterFor: CsvImporterFactory = (header, fileName) => {
  const columns = columnsOf(header);
  if (isAcledHeader(columns)) return acledImporter(header, fileName);
  if (isTimelineSheetHeader(columns)) return timelineSheetImporter(header, fileName);
  if (isGenericHeader(columns) && hasGenericRequired(columns)) return genericCsvImporter(header, fileName);
  return samplingImporter(header, fileName);
};

/** The importer factory for a CSV: the reader's column choices when given (and they fit the header), else by the header. */
export function csvFactory(mapping: ColumnMapping | undefined): CsvImporterFactory {
  if (!mapping) return csvImporterFor;
  // Choices that name a column the file does not have (a link's `columns=` after the file
  // changed) ask again rather than load every row as rejected.
  return (header, fileName) =>
    Object.values(mapping.columns).some((column) => column >= header.length)
      ? samplingImporter(header, fileName)
      : mappedCsvImporter(header, fileName, mapping);
}

/**
 * Imports a whole file's text.
 * @example importText(acledCsv, 'acled.csv').dataset.events.length
 */
export function importText(text: string, fileName: string, mapping?: ColumnMapping): ImportResult {
  const kind = sniffText(text.slice(0, 65536), fileName);
  if (kind === 'csv') return parseCsvText(text, createCsvSession(fileName, csvFactory(mapping)));
  return importJson(stripBom(text), fileName);
}

function importJson(text: string, fileName: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The parser's own words (the browser's language, or English): quoted as the detail.
    throw new DatasetFormatError(problem('problem.file.cutShortJson', { fileName, detail }));
  }
  if (isObject(value)) {
    if (isGeoJson(value)) return importGeoJson(value, fileName);
    if (isTimelineJson(value)) return importTimelineJson(value, fileName);
    if (Array.isArray(value.events)) return importDatasetJson(value, value.events, fileName);
  }
  throw new DatasetFormatError(problem('problem.file.unknownJson', { fileName }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
