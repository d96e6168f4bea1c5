/**
 * Importing a File or Blob: refuses files that are too large, sniffs the first 64 KB, reads
 * JSON whole and streams CSV through papaparse in chunks into the same row session that
 * `importText` uses. Runs in the import worker, or on the main thread where there is no Worker.
 */
import Papa from 'papaparse';
import { DatasetFormatError } from '../core/parse-dataset';
import { createCsvSession, detectDelimiter, papaOptions } from './csv-table';
import { csvImporterFor, importText, sniffText } from './import-text';
import { MAX_IMPORT_BYTES, type ImportResult } from './import-types';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Throws the clear "too large" message for files over MAX_IMPORT_BYTES. */
export function checkImportSize(size: number, fileName: string): void {
  if (size > MAX_IMPORT_BYTES) {
    const megabytes = Math.round(size / (1024 * 1024));
    throw new DatasetFormatError(
      `"${fileName}" is ${megabytes} MB; files over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB are not opened, ` +
        'because the browser could run out of memory. Export a smaller extract (fewer dates or regions) and open that.',
    );
  }
}

/** Imports a file's content; same results as importText, but CSV is parsed in chunks of `chunkBytes`. */
export async function importBlob(blob: Blob, fileName: string, chunkBytes = CHUNK_BYTES): Promise<ImportResult> {
  checkImportSize(blob.size, fileName);
  const head = await blob.slice(0, HEAD_BYTES).text();
  if (sniffText(head, fileName) === 'json' || blob.size <= HEAD_BYTES) return importText(await blob.text(), fileName);
  const file = blob instanceof File ? blob : new File([blob], fileName);
  const session = createCsvSession(fileName, csvImporterFor);
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new DatasetFormatError(String(error)));
    };
    Papa.parse<string[], File>(file, {
      ...papaOptions(detectDelimiter(head)),
      chunkSize: chunkBytes,
      chunk(results, parser) {
        try {
          session.push(results.data, results.errors);
        } catch (error) {
          parser.abort();
          fail(error);
        }
      },
      complete() {
        if (settled) return;
        try {
          const result = session.finish();
          settled = true;
          resolve(result);
        } catch (error) {
          fail(error);
        }
      },
      error(error) {
        fail(new DatasetFormatError(`"${fileName}" could not be read (${error.message}).`));
      },
    });
  });
}
