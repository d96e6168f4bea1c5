/**
 * The one model every view is fed from: the filters (from the URL), the selected events
 * (computed once by `selectEvents`) and the actions that change them. Views never talk to each
 * other; they read this model and call its actions.
 */
import { useCallback, useMemo } from 'react';
import type { EventIndex } from '../domain/event-index';
import { EMPTY_FILTERS, selectEvents, type Filters, type Selection } from '../domain/filters';
import type { EventRecord } from '../domain/model';
import { reconcileFilters } from '../domain/url-state';
import { useUrlFilters, type HistoryMode } from './url-filters';

export interface DashboardActions {
  /** Changes some filters. 'push' for discrete choices (Back undoes them), 'replace' for typing. */
  setFilters(patch: Partial<Filters>, mode?: HistoryMode): void;
  /** Sets or clears the date range (inclusive `YYYY-MM-DD` bounds). */
  setDateRange(from: string | undefined, to: string | undefined, mode?: HistoryMode): void;
  /** Selects an event (or clears the selection with undefined). */
  selectEvent(id: string | undefined): void;
  /** Selects a place; selecting the selected place again clears it. */
  togglePlace(id: string | undefined): void;
  /** Back to the unfiltered view. */
  reset(): void;
}

export interface DashboardModel {
  index: EventIndex;
  filters: Filters;
  /** Notes about URL values that were ignored (bad dates, unknown ids). */
  notices: string[];
  selection: Selection;
  /** Events that pass the filters, ignoring the selected place (what the map shows). */
  filteredEvents: EventRecord[];
  /** Events that pass the filters and the place selection, in date order (list, timeline, charts). */
  shownEvents: EventRecord[];
  selectedEvent: EventRecord | undefined;
  actions: DashboardActions;
}

/** Builds the dashboard model for a loaded index. Call once, in the dashboard. */
export function useDashboardModel(index: EventIndex): DashboardModel {
  const [decoded, writeFilters] = useUrlFilters();
  const reconciled = useMemo(() => reconcileFilters(decoded.filters, index), [decoded.filters, index]);
  const filters = reconciled.filters;
  const notices = useMemo(() => [...decoded.notices, ...reconciled.notices], [decoded.notices, reconciled.notices]);

  const selection = useMemo(() => selectEvents(index, filters), [index, filters]);
  const filteredEvents = useMemo(() => pick(index, selection.filtered), [index, selection.filtered]);
  const shownEvents = useMemo(
    () => (selection.shown === selection.filtered || selection.shown.length === selection.filtered.length ? filteredEvents : pick(index, selection.shown)),
    [index, selection, filteredEvents],
  );
  const selectedPosition = filters.event === undefined ? undefined : index.byId.get(filters.event);
  const selectedEvent = selectedPosition === undefined ? undefined : index.events[selectedPosition];

  const setFilters = useCallback(
    (patch: Partial<Filters>, mode: HistoryMode = 'push') => writeFilters({ ...filters, ...patch }, mode),
    [filters, writeFilters],
  );
  const actions = useMemo<DashboardActions>(
    () => ({
      setFilters,
      setDateRange: (from, to, mode = 'push') => {
        const next: Filters = { ...filters };
        if (from === undefined) delete next.from;
        else next.from = from;
        if (to === undefined) delete next.to;
        else next.to = to;
        writeFilters(next, mode);
      },
      selectEvent: (id) => {
        const next: Filters = { ...filters };
        if (id === undefined) delete next.event;
        else next.event = id;
        writeFilters(next, 'push');
      },
      togglePlace: (id) => {
        const next: Filters = { ...filters };
        if (id === undefined || id === filters.place) delete next.place;
        else next.place = id;
        writeFilters(next, 'push');
      },
      reset: () => writeFilters(EMPTY_FILTERS, 'push'),
    }),
    [filters, setFilters, writeFilters],
  );

  return { index, filters, notices, selection, filteredEvents, shownEvents, selectedEvent, actions };
}

function pick(index: EventIndex, positions: Uint32Array): EventRecord[] {
  const out = new Array<EventRecord>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = index.events[positions[i] as number] as EventRecord;
  return out;
}
