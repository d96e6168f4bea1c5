/**
 * Importing a File or Blob: refuses files that are too large, sniffs the first 64 KB, reads
 * JSON whole and streams CSV through papaparse in chunks into the same row session that
 * `importText` uses; an Excel workbook's first sheet goes through that session too (its reader
 * loaded only then). Runs in the import worker, or on the main thread where there is no Worker.
 */
import Papa from 'papaparse';
import { DatasetFormatError } from '../core/parse-dataset';
import { problem, type Problem } from '../core/problem';
import { createCsvSession, detectDelimiter, papaOptions } from './csv-table';
import type { ColumnMapping } from './column-mapping';
import { csvFactory, importText, sniffText } from './import-text';
import { MAX_IMPORT_BYTES, type ImportResult } from './import-types';
import { startsLikeZip } from './zip-signature';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Throws the clear "too large" message for files over MAX_IMPORT_BYTES. */
export function checkImportSize(size: number, fileName: string): void {
  if (size > MAX_IMPORT_BYTES) {
    const megabytes = Math.round(size / (1024 * 1024));
    throw new DatasetFormatError(problem('problem.file.tooLarge', { fileName, size: megabytes, limit: MAX_IMPORT_BYTES / (1024 * 1024) }));
  }
}

export interface ImportOptions {
  /** Bytes per CSV chunk (smaller in tests, to exercise chunk boundaries). */
  chunkBytes?: number;
  /** Stops the import between chunks; the promise then rejects with IMPORT_CANCELLED. */
  signal?: AbortSignal;
  /** The reader's column choices for a CSV in no known layout (see column-mapping.ts). */
  mapping?: ColumnMapping;
}

/** The problem of an import stopped through its AbortSignal. */
export const IMPORT_CANCELLED: Problem = problem('problem.file.cancelled');

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DatasetFormatError(IMPORT_CANCELLED);
}

/**
 * Imports a file's content; same results as importText, but CSV is parsed in chunks of
 * `chunkBytes`, and `signal` can stop it between chunks (a JSON file is checked before and
 * after it is read, as it is parsed in one piece).
 */
export async function importBlob(blob: Blob, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { chunkBytes = CHUNK_BYTES, signal, mapping } = options;
  checkImportSize(blob.size, fileName);
  throwIfCancelled(signal);
  const start = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (startsLikeZip(start)) return importWorkbook(blob, fileName, options);
  const head = await blob.slice(0, HEAD_BYTES).text();
  if (sniffText(head, fileName) === 'json' || blob.size <= HEAD_BYTES) {
    const text = await blob.text();
    throwIfCancelled(signal);
    return importText(text, fileName, mapping);
  }
  const file = blob instanceof File ? blob : new File([blob], fileName);
  const session = createCsvSession(fileName, csvFactory(mapping));
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new DatasetFormatError(problem('problem.file.unreadable', { fileName, detail: String(error) })));
    };
    Papa.parse<string[], File>(file, {
      ...papaOptions(detectDelimiter(head)),
      chunkSize: chunkBytes,
      chunk(results, parser) {
        try {
          throwIfCancelled(signal);
          session.push(results.data, results.errors);
        } catch (error) {
          // Fail first: abort() calls complete() at once, which must not report its own
          // "no header row" in place of the real reason (an unknown header, a cancel).
          fail(error);
          parser.abort();
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
        fail(new DatasetFormatError(problem('problem.file.unreadable', { fileName, detail: error.message })));
      },
    });
  });
}

/**
 * An .xlsx file (a ZIP archive): its first sheet's rows go through the CSV session, so a known
 * layout is found by its header and any other asks for its columns. The reader (read-excel-file)
 * is a separate chunk, fetched on the first workbook.
 */
async function importWorkbook(blob: Blob, fileName: string, { signal, mapping }: ImportOptions): Promise<ImportResult> {
  const { readFirstSheetRows } = await import('./xlsx-table');
  throwIfCancelled(signal);
  const rows = await readFirstSheetRows(blob, fileName);
  throwIfCancelled(signal);
  const session = createCsvSession(fileName, csvFactory(mapping));
  session.push(rows);
  return session.finish();
}
