/**
 * Fetching the static events file: the network part, kept apart from parsing so that both
 * errors ("could not reach the file" vs "the file is broken") read differently to the user.
 */
import { buildEventIndex, type EventIndex } from '../domain/core/event-index';
import { parseDatasetText, type Rejection } from '../domain/core/parse-dataset';
import { HttpError, NetworkError } from './errors';
import { loadInWorker } from './load-in-worker';

export const DEFAULT_EVENTS_URL = `${import.meta.env.BASE_URL}data/events.json`;

export { HttpError, NetworkError };

export interface LoadedEvents {
  index: EventIndex;
  rejected: Rejection[];
  /** Where the data came from, for the header and citations. */
  sourceLabel: string;
}

/**
 * Downloads, parses and indexes an events file. Throws HttpError, NetworkError or DatasetFormatError.
 * Where the browser has workers, the download and parsing run off the main thread.
 */
export async function fetchEvents(url: string, signal?: AbortSignal): Promise<LoadedEvents> {
  if (typeof Worker !== 'undefined') {
    const { dataset, rejected, searchTexts } = await loadInWorker(url, signal);
    const index = buildEventIndex(dataset, { searchTexts });
    return { index, rejected, sourceLabel: url };
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(`The events file could not be reached (${url}). Check your connection and retry.`);
  }
  if (!response.ok) throw new HttpError(response.status, url);
  const text = await response.text();
  const { dataset, rejected } = parseDatasetText(text);
  return { index: buildEventIndex(dataset), rejected, sourceLabel: url };
}

/** Retry only what may succeed next time: network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof HttpError && error.status >= 500;
}
