/**
 * Which data the dashboard shows: the default file, a file named by `?data=<url>` in the
 * address (so a link can point at someone else's data), or a file the reader opened (never in
 * the URL: it only exists in this tab). The opened file is a tiny external store, read with
 * useSyncExternalStore; `?data=` comes from the URL layer.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { DataSource } from '../api/data-query';
import type { EventIndex } from '../domain/core/event-index';
import type { ColumnMapping } from '../domain/importers/column-mapping';
import { reconcileFilters } from '../domain/url/filters-codec';
import { forgetOpenedFile, loadOpenedFile, saveOpenedFile } from './opened-file-store';
import { readUrlState, useUrlState, writeUrl } from './url';

export type { DataSource };
export type FileSource = Extract<DataSource, { kind: 'file' }>;

let opened: FileSource | undefined;
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

/** The data shown now, live. */
export function useDataSource(): DataSource {
  const file = useSyncExternalStore(subscribe, getOpened, getOpened);
  const { data: url, columns } = useUrlState().state;
  return useMemo<DataSource>(() => {
    if (file) return file;
    if (url) return columns ? { kind: 'url', url, mapping: columns } : { kind: 'url', url };
    return { kind: 'default' };
  }, [file, url, columns]);
}

/**
 * The name of the opened file being shown, or undefined for the default data and `?data=` links:
 * what every share and export asks before it prints a link that cannot carry the file.
 */
export function useOpenedFileName(): string | undefined {
  const source = useDataSource();
  return source.kind === 'file' ? source.name : undefined;
}

/** A source for a file the reader picked or dropped; not shown until `showOpenedFile`. */
export function fileSource(file: Blob, name: string, mapping?: ColumnMapping): FileSource {
  const source: FileSource = { kind: 'file', file, name, serial: ++serial };
  if (mapping) source.mapping = mapping;
  return source;
}

/**
 * Shows an opened file that has loaded. The address loses its `?data=` (it no longer describes
 * the view) and the ids the new data does not have; other filters stay. One history entry,
 * replacing the current one.
 */
export function showOpenedFile(source: FileSource, index: EventIndex): void {
  opened = source;
  // Kept until the reader closes it, so a reload shows the same data.
  void saveOpenedFile(source.mapping ? { blob: source.file, name: source.name, mapping: source.mapping } : { blob: source.file, name: source.name });
  writeUrl({ data: undefined, columns: undefined, filters: reconcileFilters(readUrlState().state.filters, index).filters }, 'replace');
  notify();
}

/**
 * Back to the default data: forgets the opened file, drops `?data=` (Back in the browser brings
 * it back) and the event or place that were picked in the other data.
 */
export function backToDefaultData(): void {
  const { filters } = readUrlState().state;
  if (opened) void forgetOpenedFile();
  opened = undefined;
  columnsToChange = undefined;
  writeUrl({ data: undefined, columns: undefined, filters: { ...filters, event: undefined, place: undefined } }, 'push');
  notify();
}

/**
 * Loads the `?data=` file with these column choices: they go into the address (`columns=`), so
 * the link opens the file the same way anywhere. Replaces the history entry: the address without
 * them only led to the question.
 */
export function chooseDataColumns(mapping: ColumnMapping): void {
  columnsToChange = undefined;
  writeUrl({ columns: mapping }, 'replace');
}

/** The `?data=` address whose columns the reader asked to change, with the choices it had. */
let columnsToChange: { url: string; mapping: ColumnMapping } | undefined;

/**
 * "Change columns…" for a `?data=` file: drops `columns=` (Back brings it back) so the mapping
 * step shows again, starting from the current choices rather than applying the remembered ones.
 */
export function changeDataColumns(url: string, mapping: ColumnMapping): void {
  columnsToChange = { url, mapping };
  writeUrl({ columns: undefined }, 'push');
}

/** The choices to start the mapping step from when the reader asked to change them for `url`. */
export function columnsBeingChanged(url: string): ColumnMapping | undefined {
  return columnsToChange?.url === url ? columnsToChange.mapping : undefined;
}

/**
 * Shows again the file the reader had opened before a reload (unless a `?data=` link now names
 * other data). Resolves once the store knows; the app waits for it before loading anything.
 */
export async function restoreOpenedFile(): Promise<void> {
  const stored = await loadOpenedFile();
  if (!stored || opened || readUrlState().state.data) return;
  opened = fileSource(stored.blob, stored.name, stored.mapping);
  notify();
}

/** For tests: forget any opened file. */
export function resetDataSource(): void {
  opened = undefined;
  notify();
}
