/**
 * The timeline's time axis as pure arithmetic on day numbers. A window is a half-open range
 * [start, end) of fractional days in which day `d` covers [d, d + 1): a single-day event sits at
 * `d + 0.5` and a span drawn to `endDay + 1` shows its last day as included.
 */

export interface TimeWindow {
  /** First visible instant, in (fractional) day numbers. */
  start: number;
  /** End of the visible range (exclusive), in (fractional) day numbers. */
  end: number;
}

/** The narrowest window zooming in can reach, in days. */
export const MIN_SPAN_DAYS = 3;

export interface DomainInput {
  /** Date filter bounds as day numbers (inclusive), when set. */
  fromDay?: number;
  toDay?: number;
  /** First and last day (inclusive) covered by the events on show, when there are any. */
  firstDay?: number;
  lastDay?: number;
}

/**
 * The full window of the timeline: the date filter where it is set, otherwise the events'
 * first and last day with a little padding so marks at the ends are not cut in half.
 * @example timelineDomain({ fromDay: 10, toDay: 19 }) // { start: 10, end: 20 }
 */
export function timelineDomain(input: DomainInput): TimeWindow {
  const first = input.firstDay ?? input.fromDay ?? input.toDay ?? 0;
  const last = Math.max(first, input.lastDay ?? input.toDay ?? first);
  const pad = Math.max(1, Math.ceil((last - first + 1) * 0.03));
  const start = input.fromDay ?? first - pad;
  let end = (input.toDay ?? last + pad) + 1;
  // A window shorter than the zoom limit (or upside down, when the filter excludes everything) is widened.
  if (end - start < MIN_SPAN_DAYS) end = start + MIN_SPAN_DAYS;
  return { start, end };
}

/** Pixels per day of a window drawn `width` pixels wide. */
export function pixelsPerDay(view: TimeWindow, width: number): number {
  return width / (view.end - view.start);
}

/** X position (pixels from the plot's left edge) of a (fractional) day number. */
export function dayToX(day: number, view: TimeWindow, width: number): number {
  return ((day - view.start) / (view.end - view.start)) * width;
}

/** Fractional day number at x pixels from the plot's left edge (inverse of `dayToX`). */
export function xToDay(x: number, view: TimeWindow, width: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

/** Moves (and if needed shrinks) a window so that it lies inside `bounds`. */
export function clampWindow(view: TimeWindow, bounds: TimeWindow): TimeWindow {
  const span = view.end - view.start;
  if (span >= bounds.end - bounds.start) return { ...bounds };
  if (view.start < bounds.start) return { start: bounds.start, end: bounds.start + span };
  if (view.end > bounds.end) return { start: bounds.end - span, end: bounds.end };
  return view;
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping `anchorDay` at the same place on screen, limited to
 * spans between MIN_SPAN_DAYS (or the bounds, if narrower) and the bounds.
 */
export function zoomWindow(view: TimeWindow, factor: number, anchorDay: number, bounds: TimeWindow): TimeWindow {
  const span = view.end - view.start;
  const boundsSpan = bounds.end - bounds.start;
  const nextSpan = Math.min(boundsSpan, Math.max(Math.min(MIN_SPAN_DAYS, boundsSpan), span * factor));
  const anchor = Math.min(view.end, Math.max(view.start, anchorDay));
  const ratio = (anchor - view.start) / span;
  const start = anchor - ratio * nextSpan;
  return clampWindow({ start, end: start + nextSpan }, bounds);
}

/** Shifts a window by `days` (positive = later), stopping at the bounds. */
export function panWindow(view: TimeWindow, days: number, bounds: TimeWindow): TimeWindow {
  return clampWindow({ start: view.start + days, end: view.end + days }, bounds);
}

/** The window of the same span centred on `day`, kept inside the bounds. */
export function centerWindowOn(view: TimeWindow, day: number, bounds: TimeWindow): TimeWindow {
  const half = (view.end - view.start) / 2;
  return clampWindow({ start: day - half, end: day + half }, bounds);
}

/** True when two windows are the same to well under a pixel. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return Math.abs(a.start - b.start) < 1e-6 && Math.abs(a.end - b.end) < 1e-6;
}

/**
 * The whole days a window shows: those whose middle (where marks are drawn) is inside it.
 * @example visibleDays({ start: 10.2, end: 20.7 }) // { firstDay: 10, lastDay: 20 }
 */
export function visibleDays(view: TimeWindow): { firstDay: number; lastDay: number } {
  const firstDay = Math.ceil(view.start - 0.5);
  const lastDay = Math.max(firstDay, Math.ceil(view.end - 0.5) - 1);
  return { firstDay, lastDay };
}

/**
 * The whole days under a dragged pixel range (either direction), inclusive at both ends.
 * @example brushDays(0, 100, { start: 0, end: 10 }, 100) // { firstDay: 0, lastDay: 9 }
 */
export function brushDays(x0: number, x1: number, view: TimeWindow, width: number): { firstDay: number; lastDay: number } {
  const left = Math.max(0, Math.min(x0, x1));
  const right = Math.min(width, Math.max(x0, x1));
  const firstDay = Math.floor(xToDay(left, view, width));
  // The right edge of a day is the next day's start: nudge left so a drag that ends there excludes it.
  const lastDay = Math.max(firstDay, Math.floor(xToDay(right, view, width) - 1e-9));
  return { firstDay, lastDay };
}
