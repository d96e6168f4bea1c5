/**
 * Loading a data source on the page: in the data worker when the browser has one, else (or when
 * the worker cannot start, e.g. blocked by a policy) on the main thread through the same
 * `readData`; then the index is built once. Cancelling the query ends the worker at once.
 */
import { buildEventIndex, type EventIndex } from '../domain/core/event-index';
import type { EventRecord } from '../domain/core/model';
import { DatasetFormatError, type Rejection } from '../domain/core/parse-dataset';
import { problem, ProblemError } from '../domain/core/problem';
import { NeedsColumnMapping } from '../domain/importers/column-mapping';
import type { DataWorkerReply, DataWorkerRequest } from '../workers/data-worker-protocol';
import { HttpError, NetworkError } from './errors';
import { readData, type DataRequest, type ImportReport, type ReadData } from './read-data';

export interface LoadedEvents {
  index: EventIndex;
  /** Rows, actors or places that were not loaded, and why. */
  rejected: Rejection[];
  /** Where the data came from, as shown to the reader (a file name or an address). */
  sourceLabel: string;
  /** For imports: the format found and the changes made while loading. */
  report?: ImportReport;
}

/**
 * Loads one data source and indexes it. Throws HttpError, NetworkError or DatasetFormatError
 * (NeedsColumnMapping, a DatasetFormatError, for a CSV in no known layout).
 */
export async function loadData(request: DataRequest, sourceLabel: string, signal?: AbortSignal): Promise<LoadedEvents> {
  signal?.throwIfAborted();
  const read: { data: ReadData; searchTexts: Promise<readonly string[] | undefined> | undefined } =
    typeof Worker === 'undefined' ? { data: await readData(request, signal), searchTexts: undefined } : await readInWorker(request, signal);
  mark('data:read');
  const { dataset, rejected, report } = read.data;
  const index = buildEventIndex(dataset, read.searchTexts ? { searchTexts: read.searchTexts } : {});
  mark('data:indexed');
  return report ? { index, rejected, sourceLabel, report } : { index, rejected, sourceLabel };
}

/** A performance mark for profiling the load (`bench/profile-action.ts load`); nothing else reads it. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/**
 * Reads in the data worker. Resolves at 'done' with the data and a promise of the search texts,
 * which the worker sends afterwards (undefined if it stops first); the worker ends after them.
 */
function readInWorker(request: DataRequest, signal?: AbortSignal): Promise<{ data: ReadData; searchTexts: Promise<readonly string[] | undefined> | undefined }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/data-worker.ts', import.meta.url), { type: 'module' });
    const events: EventRecord[] = [];
    const searchTexts: string[] = [];
    let textsArrived: (texts: readonly string[] | undefined) => void = () => undefined;
    const texts = new Promise<readonly string[] | undefined>((done) => (textsArrived = done));
    let started = false;
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      textsArrived(undefined);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort);
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      // A worker that cannot start must not stop the load: read on the main thread instead.
      if (!started) readData(request, signal).then((data) => resolve({ data, searchTexts: undefined }), reject);
      else reject(new ProblemError(event.message ? problem('problem.worker.failed', { detail: event.message }) : problem('problem.worker.stopped')));
    };
    worker.onmessage = (message: MessageEvent<DataWorkerReply>) => {
      started = true;
      const reply = message.data;
      switch (reply.type) {
        case 'events':
          if (events.length === 0) mark('data:first-events');
          for (const event of JSON.parse(reply.json) as EventRecord[]) events.push(event);
          return;
        case 'done': {
          // The load is over (a later abort must not cancel it); the worker stays for the texts.
          signal?.removeEventListener('abort', onAbort);
          const dataset = { meta: reply.meta, actors: reply.actors, places: reply.places, events };
          const data: ReadData = reply.report ? { dataset, rejected: reply.rejected, report: reply.report } : { dataset, rejected: reply.rejected };
          resolve({ data, searchTexts: texts });
          return;
        }
        case 'texts':
          for (const text of reply.searchTexts) searchTexts.push(text);
          return;
        case 'texts-done':
          textsArrived(searchTexts);
          stop();
          return;
        case 'error':
          stop();
          reject(errorFromReply(reply, request));
          return;
      }
    };
    const message: DataWorkerRequest = request;
    worker.postMessage(message);
  });
}

function errorFromReply(reply: Extract<DataWorkerReply, { type: 'error' }>, request: DataRequest): Error {
  switch (reply.kind) {
    case 'http':
      return new HttpError(reply.status, request.kind === 'import-blob' ? request.fileName : request.url);
    case 'network':
      return new NetworkError(reply.problem);
    case 'format':
      return new DatasetFormatError(reply.problem);
    case 'needs-mapping':
      return reply.sample ? new NeedsColumnMapping(reply.sample.fileName, reply.sample.header, reply.sample.rows) : new DatasetFormatError(reply.problem);
    case 'unexpected':
      return new ProblemError(reply.problem);
  }
}
