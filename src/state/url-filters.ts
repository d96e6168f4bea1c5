/**
 * The URL is the source of truth for filters and selection. This hook reads it with
 * useSyncExternalStore and writes it with pushState (discrete choices, so Back steps through
 * them) or replaceState (typing, dragging).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { decodeFilters, encodeFilters, type DecodedUrl } from '../domain/url/filters-codec';
import type { Filters } from '../domain/selection/filters';

const URL_CHANGED = 'talks-strikes:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

const getSearch = () => window.location.search;

export type HistoryMode = 'push' | 'replace';

/** Writes a query string (keeping the path and hash) and tells every subscriber. */
export function writeSearch(search: string, mode: HistoryMode): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(URL_CHANGED));
}

/** The current query string, live. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getSearch);
}

/** Filters decoded from the URL, plus a setter that writes them back. */
export function useUrlFilters(): [DecodedUrl, (next: Filters, mode: HistoryMode) => void] {
  const search = useSearch();
  const decoded = useMemo(() => decodeFilters(search), [search]);
  const setFilters = useCallback((next: Filters, mode: HistoryMode) => {
    writeSearch(encodeFilters(next, window.location.search), mode);
  }, []);
  return [decoded, setFilters];
}
