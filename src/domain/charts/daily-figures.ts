/**
 * Per-day figures over the whole extent of a selection, stored as prefix sums: the total of any
 * figure over any run of days is one subtraction, so moving the date range or the timeline's
 * window never re-reads the events (crossfilter style: pre-aggregate once, then read the aggregate).
 */
import { mergeBands, type DayBand } from './chart-series';
import type { EventIndex } from '../core/event-index';

export const DAILY_FIELDS = [
  'events',
  'strikes',
  'killedMin',
  'killedMax',
  'injuredMin',
  'injuredMax',
  'launchedMin',
  'launchedMax',
  'launchReports',
] as const;
/** events: every event of any category; launchReports: strikes that give a drones or missiles figure. */
export type DailyField = (typeof DAILY_FIELDS)[number];

export interface DailyFigures {
  /** Day number of the first day; day `firstDay + k` is stored at offset k. */
  firstDay: number;
  /** Number of days covered (0 when the selection is empty). */
  days: number;
  /** prefix[field][k] = total of the field over days firstDay … firstDay + k − 1 (length days + 1). */
  prefix: Readonly<Record<DailyField, Float64Array>>;
  /** Talk days (from the talks events given), merged into bands. */
  talkBands: DayBand[];
}

/**
 * Per-day figures of the events among `positions` (each counted on its start day) over the days
 * from `extent.from` to `extent.to`; talks among `talkPositions` give the talk bands.
 * @example dailyFigures(index, shown, filtered, { from: index.minDay, to: index.maxDay })
 */
export function dailyFigures(
  index: EventIndex,
  positions: ArrayLike<number>,
  talkPositions: ArrayLike<number>,
  extent: { from: number; to: number },
): DailyFigures {
  const columns = index.figures;
  const days = Math.max(0, extent.to - extent.from + 1);
  const column = () => new Float64Array(days + 1);
  const perDay: Record<DailyField, Float64Array> = {
    events: column(),
    strikes: column(),
    killedMin: column(),
    killedMax: column(),
    injuredMin: column(),
    injuredMax: column(),
    launchedMin: column(),
    launchedMax: column(),
    launchReports: column(),
  };
  // Each column held in its own variable: a look-up by field name per event and figure (nine per
  // strike) was most of this loop's cost at 150,000 events.
  const { events, strikes, killedMin, killedMax, injuredMin, injuredMax, launchedMin, launchedMax, launchReports } = perDay;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    const offset = (index.startDay[i] as number) - extent.from;
    if (offset < 0 || offset >= days) continue;
    const cell = offset + 1;
    events[cell] = (events[cell] as number) + 1;
    if (index.categoryCode[i] !== columns.strikeCode) continue;
    strikes[cell] = (strikes[cell] as number) + 1;
    killedMin[cell] = (killedMin[cell] as number) + (columns.killedMin[i] as number);
    killedMax[cell] = (killedMax[cell] as number) + (columns.killedMax[i] as number);
    injuredMin[cell] = (injuredMin[cell] as number) + (columns.injuredMin[i] as number);
    injuredMax[cell] = (injuredMax[cell] as number) + (columns.injuredMax[i] as number);
    if (columns.hasLaunched[i] === 1) {
      launchedMin[cell] = (launchedMin[cell] as number) + (columns.launchedMin[i] as number);
      launchedMax[cell] = (launchedMax[cell] as number) + (columns.launchedMax[i] as number);
      launchReports[cell] = (launchReports[cell] as number) + 1;
    }
  }
  for (const field of DAILY_FIELDS) {
    const column = perDay[field];
    for (let k = 1; k <= days; k++) column[k] = (column[k] as number) + (column[k - 1] as number);
  }

  const spans: DayBand[] = [];
  for (let k = 0; k < talkPositions.length; k++) {
    const i = talkPositions[k] as number;
    if (index.categoryCode[i] === columns.talksCode) spans.push({ start: index.startDay[i] as number, end: index.endDay[i] as number });
  }
  return { firstDay: extent.from, days, prefix: perDay, talkBands: mergeBands(spans) };
}

/**
 * Total of a field over the days from `from` to `to` (inclusive), clipped to the days covered;
 * 0 when the run lies outside them.
 * @example sumDays(daily, 'strikes', day('2026-02-01'), day('2026-02-07'))
 */
export function sumDays(daily: DailyFigures, field: DailyField, from: number, to: number): number {
  const lo = Math.max(0, from - daily.firstDay);
  const hi = Math.min(daily.days, to - daily.firstDay + 1);
  if (hi <= lo) return 0;
  const column = daily.prefix[field];
  return (column[hi] as number) - (column[lo] as number);
}

/** What a run of days adds up to (a bar, a part of a round's window): figures kept as ranges. */
export interface StrikeTotals {
  /** Recorded events of any category starting in the run (talks included). */
  events: number;
  strikes: number;
  killedMin: number;
  killedMax: number;
  injuredMin: number;
  injuredMax: number;
  /** null when no strike in the run gives a drones or missiles figure ("none recorded", not 0). */
  launchedMin: number | null;
  launchedMax: number | null;
}

/** Number of the days from `from` to `to` (inclusive) that the figures cover. */
export function coveredDays(daily: DailyFigures, from: number, to: number): number {
  return Math.max(0, Math.min(to, daily.firstDay + daily.days - 1) - Math.max(from, daily.firstDay) + 1);
}

/** Number of talk days among the days from `from` to `to` (inclusive). */
export function talkDaysIn(bands: readonly DayBand[], from: number, to: number): number {
  let total = 0;
  for (const band of bands) total += Math.max(0, Math.min(band.end, to) - Math.max(band.start, from) + 1);
  return total;
}
