import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchEvents, shouldRetry } from './fetch-events';

/** The events file as a query: a static file, so never stale and never refetched on focus. */
export function eventsQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['events', url] as const,
    queryFn: ({ signal }) => fetchEvents(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    refetchOnWindowFocus: false,
  });
}

export function useEvents(url: string) {
  return useQuery(eventsQueryOptions(url));
}
