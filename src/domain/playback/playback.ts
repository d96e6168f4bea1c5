/**
 * Playback: a playhead (a day number) moving through the data one day at a time, and the date
 * window it shows. Pure functions only; the controls in features/playback drive them.
 */
import type { DayRange } from '../core/calendar-date';

/** Speeds offered to the reader, in days per second. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];
export const DEFAULT_SPEED: PlaybackSpeed = 1;

/** Sliding window lengths in days, plus "cumulative" (from the first day of the data to the playhead). */
export const PLAYBACK_WINDOWS = [1, 7, 30, 'cumulative'] as const;
export type PlaybackWindow = (typeof PLAYBACK_WINDOWS)[number];
export const DEFAULT_WINDOW: PlaybackWindow = 7;

/** First and last day of the data, inclusive (EventIndex.minDay / maxDay). */
export interface DayBounds {
  minDay: number;
  maxDay: number;
}

/**
 * Keeps a day inside the data's bounds.
 * @example clampDay(5, { minDay: 10, maxDay: 20 }) === 10
 */
export function clampDay(day: number, bounds: DayBounds): number {
  return Math.min(bounds.maxDay, Math.max(bounds.minDay, Math.round(day)));
}

/**
 * The days a window shows at a playhead: the `n` days ending on the playhead for a sliding
 * window, or everything from the data's first day for "cumulative". Clamped to the data, so the
 * first days of a sliding window are shorter than `n` rather than reaching before the data.
 * @example windowRange(16, 7, { minDay: 0, maxDay: 99 }) // { fromDay: 10, toDay: 16 }
 */
export function windowRange(playhead: number, window: PlaybackWindow, bounds: DayBounds): DayRange {
  const toDay = clampDay(playhead, bounds);
  if (window === 'cumulative') return { fromDay: bounds.minDay, toDay };
  return { fromDay: Math.max(bounds.minDay, toDay - window + 1), toDay };
}

/**
 * Milliseconds between two ticks: 1× is one day a second, 16× a day every 62.5 ms.
 * @example speedToIntervalMs(0.5) === 2000
 */
export function speedToIntervalMs(speed: PlaybackSpeed): number {
  return 1000 / speed;
}

/** True when the playhead cannot move further in that direction. */
export function atBound(playhead: number, direction: 1 | -1, bounds: DayBounds): boolean {
  return direction === 1 ? playhead >= bounds.maxDay : playhead <= bounds.minDay;
}

/**
 * Where Play starts: the current playhead, unless there is none or it already sits on the last
 * day (then, as a media player does, from the beginning: the start of the reader's date filter
 * when it is inside the data, else the first day).
 */
export function startPlayhead(playhead: number | undefined, bounds: DayBounds, filterFromDay?: number): number {
  if (playhead !== undefined && playhead < bounds.maxDay) return clampDay(playhead, bounds);
  if (filterFromDay !== undefined && filterFromDay >= bounds.minDay && filterFromDay < bounds.maxDay) return filterFromDay;
  return bounds.minDay;
}

/** Reader-facing name of a window, e.g. "7 days" or "Cumulative". */
export function windowLabel(window: PlaybackWindow): string {
  if (window === 'cumulative') return 'Cumulative';
  return window === 1 ? '1 day' : `${window} days`;
}

/** "0.5×", "16×". */
export function speedLabel(speed: PlaybackSpeed): string {
  return `${speed}×`;
}
