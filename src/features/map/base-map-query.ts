/**
 * The country shapes behind the markers: a static file shipped with the app, fetched once
 * and kept for the session (never stale, never refetched on focus).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { baseMapShapes, isBaseTopology, type BaseMapShapes } from '../../domain/map/map-basemap';

export const BASE_MAP_URL = `${import.meta.env.BASE_URL}data/countries-50m.json`;

/** Downloads and converts the world-atlas file; throws with a reader-facing message. */
export async function fetchBaseMap(url: string, signal?: AbortSignal): Promise<BaseMapShapes> {
  const response = await fetch(url, { signal: signal ?? null });
  if (!response.ok) throw new Error(`The country shapes could not be loaded (the server answered ${response.status}).`);
  const json: unknown = await response.json();
  if (!isBaseTopology(json)) throw new Error('The country shapes file is not a world-atlas topology.');
  return baseMapShapes(json);
}

export function baseMapQueryOptions(url: string = BASE_MAP_URL) {
  return queryOptions({
    queryKey: ['base-map', url] as const,
    queryFn: ({ signal }) => fetchBaseMap(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
    retryDelay: 500,
    refetchOnWindowFocus: false,
  });
}

export function useBaseMap(url?: string) {
  return useQuery(baseMapQueryOptions(url));
}
