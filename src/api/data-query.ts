/**
 * Every data source as one kind of query: the default file, `?data=<url>` and an opened file all
 * go through `loadData` and share the react-query cache. Query defaults (never stale, no refetch
 * on focus, retries only for network failures and 5xx) are set once, in `createQueryClient`.
 */
import { QueryClient, queryOptions } from '@tanstack/react-query';
import { isHttpUrl } from '../domain/core/dataset-schema';
import { DatasetFormatError } from '../domain/core/parse-dataset';
import { problem } from '../domain/core/problem';
import type { ColumnMapping } from '../domain/importers/column-mapping';
import { checkImportSize } from '../domain/importers/import-blob';
import { HttpError, NetworkError } from './errors';
import { loadData, type LoadedEvents } from './load-data';
import { nameOf, type DataRequest } from './read-data';

export const DEFAULT_EVENTS_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** Which data to show: the default file, a file named by `?data=`, or a file opened in this tab. */
export type DataSource =
  | { kind: 'default' }
  /** `mapping`: the column choices `?columns=` names for a file in no known layout. */
  | { kind: 'url'; url: string; mapping?: ColumnMapping }
  /** `serial` changes with every opened file, even one with the same name, so views start afresh. */
  | { kind: 'file'; file: Blob; name: string; serial: number; mapping?: ColumnMapping };

/** Retry only what may succeed next time: network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof HttpError && error.status >= 500;
}

/** The app's QueryClient: the data are static files, so the defaults are set here once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}

/**
 * The absolute address of a `?data=` value, resolved against the page; only http(s) is fetched.
 * @example resolveDataUrl('data/x.csv', 'http://127.0.0.1/app/') // 'http://127.0.0.1/app/data/x.csv'
 */
export function resolveDataUrl(value: string, base: string): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new DatasetFormatError(problem('problem.address.invalid', { value }));
  }
  if (!isHttpUrl(url.href)) throw new DatasetFormatError(problem('problem.address.notHttp', { protocol: url.protocol }));
  return url.href;
}

/**
 * The origin of a `?data=` address when it is another site than the page's, else undefined. A
 * link must not make the reader's browser contact another server without asking first.
 * @example foreignOrigin('https://example.org/a.csv', 'http://127.0.0.1/') // 'https://example.org'
 */
export function foreignOrigin(value: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(value, pageUrl);
    // Anything but http(s) is never fetched (the query says why): nothing to ask about.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin === new URL(pageUrl).origin ? undefined : url.origin;
  } catch {
    // Not an address at all: the query reports that; there is no server to ask about.
    return undefined;
  }
}

/** The first two parts of every data query's key: what `keepOnlyCurrentData` sorts by. */
const DATA_KEY = 'data';

/**
 * Forgets every loaded dataset but the default one and `current`: a 50 MB file must not stay in
 * memory after the reader went back to the default data or opened another file.
 */
export function keepOnlyCurrentData(client: QueryClient, current: DataSource, pageUrl: string): void {
  const keep = JSON.stringify(dataQueryOptions(current, pageUrl).queryKey);
  client.removeQueries({
    predicate: (query) => query.queryKey[0] === DATA_KEY && query.queryKey[1] !== 'default' && JSON.stringify(query.queryKey) !== keep,
  });
}

/** The query for a data source; the default file stays cached for the whole session. */
export function dataQueryOptions(source: DataSource, pageUrl: string, defaultUrl: string = DEFAULT_EVENTS_URL) {
  switch (source.kind) {
    case 'default':
      return queryOptions<LoadedEvents>({
        queryKey: [DATA_KEY, 'default', defaultUrl],
        queryFn: ({ signal }) => loadData({ kind: 'dataset-url', url: new URL(defaultUrl, pageUrl).href }, defaultUrl, signal),
        gcTime: Number.POSITIVE_INFINITY,
      });
    case 'url':
      return queryOptions<LoadedEvents>({
        queryKey: [DATA_KEY, 'url', source.url, source.mapping ?? null],
        queryFn: ({ signal }) => {
          const url = resolveDataUrl(source.url, pageUrl);
          const request: DataRequest = { kind: 'import-url', url, fileName: nameOf(url) };
          if (source.mapping) request.mapping = source.mapping;
          return loadData(request, url, signal);
        },
      });
    case 'file':
      return queryOptions<LoadedEvents>({
        queryKey: [DATA_KEY, 'file', source.serial, source.mapping ?? null],
        queryFn: ({ signal }) => {
          checkImportSize(source.file.size, source.name);
          const request: DataRequest = { kind: 'import-blob', blob: source.file, fileName: source.name };
          if (source.mapping) request.mapping = source.mapping;
          return loadData(request, source.name, signal);
        },
        // A file that cannot be read will not read better the second time.
        retry: false,
      });
  }
}
