/**
 * Runs the events worker for one file and rebuilds the dataset from its chunks. The worker
 * is ended as soon as the answer is complete, or when the query is cancelled.
 */
import { DatasetFormatError } from '../domain/core/parse-dataset';
import type { Dataset, EventRecord } from '../domain/core/model';
import type { Rejection } from '../domain/core/parse-dataset';
import type { WorkerReply, WorkerRequest } from '../workers/events-worker-protocol';
import { HttpError, NetworkError } from './errors';

export function loadInWorker(
  url: string,
  signal?: AbortSignal,
): Promise<{ dataset: Dataset; rejected: Rejection[]; searchTexts: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/events-worker.ts', import.meta.url), { type: 'module' });
    const events: EventRecord[] = [];
    const searchTexts: string[] = [];
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onerror = (e) => {
      stop();
      reject(new Error(`The events could not be read: ${e.message || 'the worker failed to start'}`));
    };
    worker.onmessage = (message: MessageEvent<WorkerReply>) => {
      const reply = message.data;
      switch (reply.type) {
        case 'events':
          for (const event of reply.events) events.push(event);
          for (const text of reply.searchTexts) searchTexts.push(text);
          return;
        case 'done':
          stop();
          resolve({ dataset: { meta: reply.meta, actors: reply.actors, places: reply.places, events }, rejected: reply.rejected, searchTexts });
          return;
        case 'error':
          stop();
          reject(
            reply.kind === 'http'
              ? new HttpError(reply.status, url)
              : reply.kind === 'network'
                ? new NetworkError(`The events file could not be reached (${url}). Check your connection and retry.`)
                : reply.kind === 'format'
                  ? new DatasetFormatError(reply.message)
                  : new Error(reply.message),
          );
          return;
      }
    };
    const request: WorkerRequest = { url: new URL(url, window.location.href).href };
    worker.postMessage(request);
  });
}
