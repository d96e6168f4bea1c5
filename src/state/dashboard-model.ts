/**
 * The one model every view is fed from: the filters (from the URL), the selected events
 * (computed once by `selectEvents`) and the actions that change them. Views never talk to each
 * other; they read this model and call its actions.
 */
import { useDeferredValue, useMemo } from 'react';
import type { EventIndex } from '../domain/core/event-index';
import { EMPTY_FILTERS, selectEventsReusing, type Filters, type Selection } from '../domain/selection/filters';
import type { EventRecord } from '../domain/core/model';
import { reconcileFilters, type DecodedUrl } from '../domain/url/filters-codec';
import { readUrlState, useUrlState, writeUrl, type HistoryMode } from './url';
import { useT } from './i18n';

export interface DashboardActions {
  /** Changes some filters. 'push' for discrete choices (Back undoes them), 'replace' for typing. */
  setFilters(patch: Partial<Filters>, mode?: HistoryMode): void;
  /** Sets or clears the date range (inclusive `YYYY-MM-DD` bounds). */
  setDateRange(from: string | undefined, to: string | undefined, mode?: HistoryMode): void;
  /** Selects an event (or clears the selection with undefined). */
  selectEvent(id: string | undefined): void;
  /** Selects an event; selecting the selected event again clears it. */
  toggleEvent(id: string): void;
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

/** The filters as the URL layer holds them right now, with unknown ids dropped (what actions build on). */
export function currentFilters(index: EventIndex): Filters {
  return reconcileFilters(readUrlState().state.filters, index).filters;
}

/**
 * The filters as the controls must show them: straight from the URL, without waiting for the
 * views. Typing in the search box stays instant while the views catch up.
 */
export function useLiveFilters(index: EventIndex): DecodedUrl {
  const decoded = useUrlState();
  const tr = useT();
  return useMemo(() => {
    const reconciled = reconcileFilters(decoded.state.filters, index, tr);
    return { filters: reconciled.filters, notices: [...decoded.notices, ...reconciled.notices] };
  }, [decoded, index, tr]);
}

/**
 * Datasets up to this many events are redrawn in the same pass as the control that changed:
 * a background pass would cost a second render, layout and paint for work that takes a few ms.
 */
const RENDER_AT_ONCE_UP_TO = 5_000;

/**
 * Builds the dashboard model for a loaded index. Call once, in the dashboard.
 * The views are fed from a deferred copy of the filters: React renders them in an interruptible
 * background pass, so a filter change at 150,000 events never blocks the page for long, and the
 * model keeps its identity between those passes so memoised views skip the urgent render.
 */
export function useDashboardModel(index: EventIndex): DashboardModel {
  const live = useLiveFilters(index);
  // A small dataset redraws every view in one pass, at once; a large one in the background pass.
  // A small one defers nothing: a deferred copy that changed would cost a second render of the
  // dashboard after the first, for nothing.
  const small = index.events.length <= RENDER_AT_ONCE_UP_TO;
  const deferred = useDeferredValue(small ? null : live);
  const { filters, notices } = deferred ?? live;

  const selection = useMemo(() => selectEventsReusing(index, filters), [index, filters]);
  const filteredEvents = useMemo(() => pick(index, selection.filtered), [index, selection.filtered]);
  const shownEvents = useMemo(
    () => (selection.shown.length === selection.filtered.length ? filteredEvents : pick(index, selection.shown)),
    [index, selection, filteredEvents],
  );
  const selectedPosition = filters.event === undefined ? undefined : index.byId.get(filters.event);
  const selectedEvent = selectedPosition === undefined ? undefined : index.events[selectedPosition];

  // Actions build on the URL state as it is when they run, never on a render's (possibly deferred)
  // copy, so two quick clicks both count. They never change, which keeps memoised views still.
  const actions = useMemo<DashboardActions>(() => {
    const write = (next: Filters, mode: HistoryMode) => writeUrl({ filters: next }, mode);
    return {
      setFilters: (patch, mode = 'push') => write({ ...currentFilters(index), ...patch }, mode),
      setDateRange: (from, to, mode = 'push') => {
        const next: Filters = { ...currentFilters(index) };
        if (from === undefined) delete next.from;
        else next.from = from;
        if (to === undefined) delete next.to;
        else next.to = to;
        write(next, mode);
      },
      selectEvent: (id) => {
        const next: Filters = { ...currentFilters(index) };
        if (id === undefined) delete next.event;
        else next.event = id;
        write(next, 'push');
      },
      toggleEvent: (id) => {
        const next: Filters = { ...currentFilters(index) };
        if (next.event === id) delete next.event;
        else next.event = id;
        write(next, 'push');
      },
      togglePlace: (id) => {
        const current = currentFilters(index);
        const next: Filters = { ...current };
        if (id === undefined || id === current.place) delete next.place;
        else next.place = id;
        write(next, 'push');
      },
      reset: () => write(EMPTY_FILTERS, 'push'),
    };
  }, [index]);

  return useMemo(
    () => ({ index, filters, notices, selection, filteredEvents, shownEvents, selectedEvent, actions }),
    [index, filters, notices, selection, filteredEvents, shownEvents, selectedEvent, actions],
  );
}

function pick(index: EventIndex, positions: Uint32Array): EventRecord[] {
  const out = new Array<EventRecord>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = index.events[positions[i] as number] as EventRecord;
  return out;
}
