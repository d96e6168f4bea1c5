/**
 * The timeline's text alternative: one line saying how many events of each kind it shows
 * and over which dates.
 */
import { formatDay } from '../core/calendar-date';
import { countCategory } from '../core/categories';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import type { EventIndex } from '../core/event-index';
import type { TimelineLayout } from './timeline-layout';

/**
 * Events per lane of a layout, in lane order; with `firstDay`/`lastDay` only those that overlap
 * those days (inclusive).
 */
export function laneCounts(layout: TimelineLayout, firstDay = Number.NEGATIVE_INFINITY, lastDay = Number.POSITIVE_INFINITY): number[] {
  const counts = layout.lanes.map(() => 0);
  for (let k = 0; k < layout.count; k++) {
    if ((layout.start[k] as number) > lastDay || (layout.end[k] as number) <= firstDay) continue;
    const lane = layout.lane[k] as number;
    counts[lane] = (counts[lane] ?? 0) + 1;
  }
  return counts;
}

/**
 * One-line summary of the laid-out events that overlap the days `firstDay`..`lastDay` (inclusive).
 * @example "24 strikes, 17 talks events from 14 Nov 2025 to 26 Feb 2026"
 */
export function timelineSummary(layout: TimelineLayout, firstDay: number, lastDay: number, tr: Translator = ENGLISH): string {
  const counts = laneCounts(layout, firstDay, lastDay);
  if (counts.every((count) => count === 0)) return tr.t('timeline.noEvents');
  const parts = counts
    .map((count, lane) => ({ count, category: layout.lanes[lane] ?? '' }))
    .filter((part) => part.count > 0)
    .map((part) => countCategory(part.category, part.count, tr))
    .join(', ');
  if (firstDay === lastDay) return tr.t('timeline.onDay', { parts, date: formatDay(firstDay, tr.locale) });
  return tr.t('timeline.fromTo', { parts, from: formatDay(firstDay, tr.locale), to: formatDay(lastDay, tr.locale) });
}

/**
 * First and last day (inclusive) covered by the events at `positions`, or null when there are
 * none. The timeline's full window and the charts' x range are both made from it, so they agree.
 */
export function dayRangeOf(index: EventIndex, positions: ArrayLike<number>): { firstDay: number; lastDay: number } | null {
  if (positions.length === 0) return null;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < positions.length; k++) {
    const position = positions[k] as number;
    firstDay = Math.min(firstDay, index.startDay[position] as number);
    lastDay = Math.max(lastDay, index.endDay[position] as number);
  }
  return { firstDay, lastDay };
}
