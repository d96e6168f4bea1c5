/**
 * The one path from a data source to a parsed dataset, shared by the data worker and by the
 * main-thread fallback (a browser or policy that refuses the worker): get the bytes (download
 * with a size limit and a stall timeout, or read the opened file), then parse them, strictly for
 * the app's own default file and through the format-detecting importers for anything else.
 * No React here: the worker imports it.
 */
import type { Dataset } from '../domain/core/model';
import { parseDatasetText, type Rejection } from '../domain/core/parse-dataset';
import { problem } from '../domain/core/problem';
import type { ColumnMapping } from '../domain/importers/column-mapping';
import { checkImportSize, importBlob, type ImportOptions } from '../domain/importers/import-blob';
import { MAX_IMPORT_BYTES, type ImportFormat } from '../domain/importers/import-types';
import { HttpError, NetworkError } from './errors';

/** What to load: the app's own file (strict contract), a file at an address, or an opened file. */
export type DataRequest =
  | { kind: 'dataset-url'; url: string }
  /** `mapping` (both kinds): the reader's column choices for a CSV or sheet in no known layout. */
  | { kind: 'import-url'; url: string; fileName: string; mapping?: ColumnMapping }
  | { kind: 'import-blob'; blob: Blob; fileName: string; mapping?: ColumnMapping };

/** What an import found besides the events: shown in the data panel's summary. */
export interface ImportReport {
  format: ImportFormat;
  fileName: string;
  /** Rows that were loaded with a change (coordinates swapped, a link dropped, a row replaced). */
  warnings: Rejection[];
  /** Data rows (or items) read from the file. */
  rowCount: number;
}

export interface ReadData {
  dataset: Dataset;
  rejected: Rejection[];
  /** Present for imports (anything but the strict default file). */
  report?: ImportReport;
}

/** A download that sends nothing for this long is given up, with a message (not "Loading…" forever). */
export const STALL_TIMEOUT_MS = 30_000;

/** Loads and parses one data source. Throws HttpError, NetworkError or DatasetFormatError. */
export async function readData(request: DataRequest, signal?: AbortSignal): Promise<ReadData> {
  switch (request.kind) {
    case 'dataset-url': {
      const blob = await download(request.url, 'events', signal);
      return parseDatasetText(await blob.text());
    }
    case 'import-url':
      return fromImport(await importBlob(await download(request.url, 'data', signal), request.fileName, importOptions(request.mapping, signal)));
    case 'import-blob':
      return fromImport(await importBlob(request.blob, request.fileName, importOptions(request.mapping, signal)));
  }
}

function importOptions(mapping: ColumnMapping | undefined, signal: AbortSignal | undefined): ImportOptions {
  return { ...(signal ? { signal } : {}), ...(mapping ? { mapping } : {}) };
}

function fromImport(result: Awaited<ReturnType<typeof importBlob>>): ReadData {
  const { dataset, rejected, format, fileName, warnings, rowCount } = result;
  return { dataset, rejected, report: { format, fileName, warnings, rowCount } };
}

/**
 * Downloads `url`, counting bytes as they arrive (a missing or false Content-Length cannot get a
 * huge file past the limit) and giving up when the server stalls. No referrer is sent: the data
 * server need not learn which page or view the reader is on.
 */
async function download(url: string, what: 'events' | 'data', signal?: AbortSignal): Promise<Blob> {
  const seconds = STALL_TIMEOUT_MS / 1000;
  const stall = new AbortController();
  const abort = () => stall.abort();
  signal?.addEventListener('abort', abort);
  let timer = setTimeout(abort, STALL_TIMEOUT_MS);
  const keepAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(abort, STALL_TIMEOUT_MS);
  };
  const stalled = () => !signal?.aborted && stall.signal.aborted;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: stall.signal, referrerPolicy: 'no-referrer', credentials: 'same-origin' });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (stalled()) throw new NetworkError(problem('problem.network.noAnswer', { what, seconds, url }));
      throw new NetworkError(problem('problem.network.unreachable', { what, url }));
    }
    if (!response.ok) throw new HttpError(response.status, url);
    const fileName = nameOf(url);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared)) checkImportSize(declared, fileName);
    if (!response.body) return await response.blob();
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (error) {
        if (signal?.aborted) throw error;
        if (stalled()) throw new NetworkError(problem('problem.network.stalled', { what, seconds, url }));
        throw new NetworkError(problem('problem.network.cutOff', { what, url }));
      }
      if (step.done) break;
      keepAlive();
      received += step.value.byteLength;
      if (received > MAX_IMPORT_BYTES) {
        void reader.cancel();
        checkImportSize(received, fileName);
      }
      chunks.push(step.value);
    }
    return new Blob(chunks as BlobPart[]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The file name of an address, for messages and the import summary. */
export function nameOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.pathname.split('/').pop() || parsed.host);
  } catch {
    return url;
  }
}
