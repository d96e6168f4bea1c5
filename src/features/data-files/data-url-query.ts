/**
 * `?data=<url>`: a data file named in the address, fetched (same origin, or a server that allows
 * other sites to read it) and imported like an opened file.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { HttpError, NetworkError, shouldRetry } from '../../api/fetch-events';
import { isHttpUrl } from '../../domain/core/dataset-schema';
import { checkImportSize } from '../../domain/importers/import-blob';
import { DatasetFormatError } from '../../domain/core/parse-dataset';
import type { OpenedData } from '../../state/data-source';
import { importInBackground } from './import-client';

/** The absolute address of a `?data=` value; only http(s) addresses are fetched. */
export function resolveDataUrl(value: string, base: string): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new DatasetFormatError(`The address in ?data= ("${value}") is not a valid URL.`);
  }
  if (!isHttpUrl(url.href)) throw new DatasetFormatError(`The address in ?data= must be an http(s) address, not "${url.protocol}".`);
  return url.href;
}

/** Downloads and imports the file at `value` (relative to the page). */
export async function fetchDataUrl(value: string, signal?: AbortSignal): Promise<OpenedData> {
  const url = resolveDataUrl(value, window.location.href);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(
      `The data file could not be reached (${url}). It must be on this site or on a server that lets other sites read it (CORS); check your connection and retry.`,
    );
  }
  if (!response.ok) throw new HttpError(response.status, url);
  const fileName = decodeURIComponent(new URL(url).pathname.split('/').pop() || new URL(url).host);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared)) checkImportSize(declared, fileName);
  return importInBackground(await response.blob(), fileName, url);
}

/** The `?data=` file as a query: fetched once per address, retried only for network and 5xx failures. */
export function dataUrlQueryOptions(value: string) {
  return queryOptions({
    queryKey: ['data-url', value] as const,
    queryFn: ({ signal }) => fetchDataUrl(value, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    refetchOnWindowFocus: false,
  });
}

/** The `?data=` file; idle when `value` is undefined. */
export function useDataUrl(value: string | undefined) {
  return useQuery({ ...dataUrlQueryOptions(value ?? ''), enabled: value !== undefined });
}
