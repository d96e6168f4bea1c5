/**
 * Which data the dashboard shows: the default file, a file named by `?data=<url>` in the
 * address (so a link can point at someone else's data), or a file the reader opened (never in
 * the URL: it only exists in this tab). A tiny external store, read with useSyncExternalStore.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { LoadedEvents } from '../api/fetch-events';
import type { EventIndex } from '../domain/core/event-index';
import type { ImportResult } from '../domain/importers/import-types';
import { useSearch, writeSearch } from './url-filters';

/** The URL key that names a data file to load instead of the default one. */
export const DATA_URL_KEY = 'data';

/** An import and the data the dashboard shows for it. */
export interface OpenedData {
  result: ImportResult;
  loaded: LoadedEvents;
  /** File name or address, as shown to the reader. */
  label: string;
}

export type DataSource =
  | { kind: 'default' }
  | { kind: 'url'; url: string }
  /** `serial` changes with every opened file, even one with the same name, so views start afresh. */
  | { kind: 'file'; opened: OpenedData; serial: number };

let opened: { data: OpenedData; serial: number } | undefined;
let serial = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

const getOpened = () => opened;

/** The `?data=` value of a query string, or undefined. */
export function dataUrlOf(search: string): string | undefined {
  const value = new URLSearchParams(search).get(DATA_URL_KEY)?.trim();
  return value ? value : undefined;
}

/** The data shown now, live. */
export function useDataSource(): DataSource {
  const file = useSyncExternalStore(subscribe, getOpened, getOpened);
  const url = dataUrlOf(useSearch());
  return useMemo<DataSource>(() => {
    if (file) return { kind: 'file', opened: file.data, serial: file.serial };
    if (url) return { kind: 'url', url };
    return { kind: 'default' };
  }, [file, url]);
}

/**
 * Shows an opened file. The address loses its `?data=` (it no longer describes the view) and
 * its event and place keys when the new data has no such id; other filters stay.
 */
export function showOpenedData(data: OpenedData): void {
  opened = { data, serial: ++serial };
  writeSearch(withoutKeys(window.location.search, unresolvedKeys(window.location.search, data.loaded.index)), 'replace');
  notify();
}

/**
 * Back to the default data: forgets the opened file, drops `?data=` (Back in the browser brings
 * it back) and the event or place that were picked in the file.
 */
export function backToDefaultData(): void {
  const search = window.location.search;
  const dropped: string[] = [DATA_URL_KEY];
  if (opened) {
    const { byId, placeById } = opened.data.loaded.index;
    const params = new URLSearchParams(search);
    if (byId.has(params.get('event') ?? '')) dropped.push('event');
    if (placeById.has(params.get('place') ?? '')) dropped.push('place');
  }
  opened = undefined;
  writeSearch(withoutKeys(search, dropped), 'push');
  notify();
}

/** For tests: forget any opened file. */
export function resetDataSource(): void {
  opened = undefined;
  notify();
}

function unresolvedKeys(search: string, index: EventIndex): string[] {
  const params = new URLSearchParams(search);
  const keys = [DATA_URL_KEY];
  const event = params.get('event');
  if (event && !index.byId.has(event)) keys.push('event');
  const place = params.get('place');
  if (place && !index.placeById.has(place)) keys.push('place');
  return keys;
}

function withoutKeys(search: string, keys: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const key of keys) params.delete(key);
  // Same spelling as the URL codec: commas in lists stay readable.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
