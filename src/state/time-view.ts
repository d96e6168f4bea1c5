/**
 * The days the timeline shows right now (its zoom and pan), shared so that other views that
 * draw on the same time axis (the charts' small multiples) line up with it. Kept out of the URL
 * and out of React context: a wheel zoom re-renders only the views that read it.
 *
 * The timeline owns it (writes it); other views only read it. `undefined` until the timeline
 * has drawn, so readers fall back to their own full extent.
 *
 * The timeline's full window (its bounds) comes from the filters alone (`useTimelineBounds`), so
 * a reader computes it in the same render as the timeline: when a filter moves the bounds, the
 * reader follows in that same render, not after the timeline has drawn and published.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { toDayNumber } from '../domain/core/calendar-date';
import type { EventIndex } from '../domain/core/event-index';
import { dayRangeOf } from '../domain/timeline/timeline-summary';
import { sameWindow, timelineDomain, type TimeWindow } from '../domain/timeline/timeline-scale';
import { useUndatedSelection } from './chart-data';
import type { DashboardModel } from './dashboard-model';

/** The window the timeline shows, and the full window (bounds) it was zoomed or panned within. */
export interface PublishedWindow {
  bounds: TimeWindow;
  view: TimeWindow;
}

let published: PublishedWindow | undefined;
const listeners = new Set<() => void>();

/** Publishes the timeline's visible window; a window equal to the current one changes nothing. */
export function setVisibleTimeWindow(next: PublishedWindow | undefined): void {
  const same = next !== undefined && published !== undefined && sameWindow(next.view, published.view) && sameWindow(next.bounds, published.bounds);
  if (next === published || same) return;
  published = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getPublished = () => published;

/** The timeline's window as last published, or undefined before (or without) a timeline. */
export function usePublishedTimeWindow(): PublishedWindow | undefined {
  return useSyncExternalStore(subscribe, getPublished, getPublished);
}

/**
 * What the timeline shows for `bounds` (the full window of the current filters): the published
 * zoom and pan while they belong to these bounds; the bounds themselves once a filter has moved
 * them (the timeline starts from its full window again, see use-timeline-window).
 */
export function timeWindowFor(bounds: TimeWindow, current: PublishedWindow | undefined): TimeWindow | undefined {
  if (current === undefined) return undefined;
  return sameWindow(current.bounds, bounds) ? current.view : bounds;
}

const optionalDay = (text: string | undefined) => (text === undefined ? undefined : (toDayNumber(text) ?? undefined));

type DayRange = { firstDay: number; lastDay: number } | null;

/** Day ranges by the positions they were read from: the timeline and the charts ask for the same one. */
const dayRanges = new WeakMap<Uint32Array, DayRange>();

function dayRangeFor(index: EventIndex, positions: Uint32Array): DayRange {
  let range = dayRanges.get(positions);
  if (range === undefined) {
    range = dayRangeOf(index, positions);
    dayRanges.set(positions, range);
  }
  return range;
}

/**
 * The timeline's full window for the model's filters: the date filter where set, otherwise the
 * days of the events that pass every other filter, with a little padding. Also the date filter as
 * day numbers and the events' own first and last day.
 */
export function useTimelineBounds(model: DashboardModel): { bounds: TimeWindow; range: DayRange; fromDay: number | undefined; toDay: number | undefined } {
  const undated = useUndatedSelection(model).shown;
  const { index } = model;
  const range = useMemo(() => dayRangeFor(index, undated), [index, undated]);
  const fromDay = optionalDay(model.filters.from);
  const toDay = optionalDay(model.filters.to);
  const bounds = useMemo(() => timelineDomain({ fromDay, toDay, firstDay: range?.firstDay, lastDay: range?.lastDay }), [fromDay, toDay, range]);
  return { bounds, range, fromDay, toDay };
}
