/**
 * Keeps the file a reader opened in this browser's IndexedDB, so that a reload shows the same
 * data until the reader closes the file. The file never leaves the browser. Where IndexedDB is
 * missing or refused (private windows, tests), the file simply lasts as long as the tab.
 */
import { parseColumnMapping, type ColumnMapping } from '../domain/importers/column-mapping';

const DB_NAME = 'talks-and-strikes';
const STORE = 'opened-file';
const KEY = 'current';

export interface StoredFile {
  blob: Blob;
  name: string;
  /** The column choices it was opened with (a CSV in no known layout). */
  mapping?: ColumnMapping;
}

function openDb(): Promise<IDBDatabase | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

async function withStore<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    } finally {
      db.close();
    }
  });
}

function isStoredFile(value: unknown): value is StoredFile {
  return typeof value === 'object' && value !== null && 'blob' in value && value.blob instanceof Blob && 'name' in value && typeof value.name === 'string';
}

/** Remembers the opened file (replacing any earlier one). Never throws. */
export async function saveOpenedFile(file: StoredFile): Promise<void> {
  await withStore('readwrite', (store) => store.put(file.mapping ? { blob: file.blob, name: file.name, mapping: file.mapping } : { blob: file.blob, name: file.name }, KEY));
}

/** The file remembered from an earlier visit, if any. Never throws. */
export async function loadOpenedFile(): Promise<StoredFile | undefined> {
  const value = await withStore('readonly', (store) => store.get(KEY));
  if (!isStoredFile(value)) return undefined;
  const mapping = 'mapping' in value ? parseColumnMapping(value.mapping) : undefined;
  return mapping ? { blob: value.blob, name: value.name, mapping } : { blob: value.blob, name: value.name };
}

/** Forgets the opened file. Never throws. */
export async function forgetOpenedFile(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}
