/**
 * "During talks versus between them": every day of the range falls in exactly one period (a talk
 * day, a day within a week of a round, any other day), and strikes are summed per period with
 * the number of days as the denominator, so that "per day" compares like with like.
 */

import type { DayBand, DayRange, StrikeTally } from './chart-series';
import type { EventIndex } from '../core/event-index';

export const PERIOD_KINDS = ['talks', 'around', 'other'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodStats extends StrikeTally {
  kind: PeriodKind;
  /** Days of the range in this period: the denominator of every "per day" figure. */
  days: number;
}

/** Days either side of a round that count as "around" it. */
export const AROUND_DAYS = 7;

const TALK = 2;
const AROUND = 1;

/**
 * Splits the days of `range` into talk days (inside a band), days within `aroundDays` of a band
 * (talk days excluded) and other days, and sums the strikes among `positions` (by start day,
 * clipped into the range) per period. Always returns the three periods in PERIOD_KINDS order.
 * @example duringVersusBetween(index, shown, { from, to }, talkBands(index, filtered))
 */
export function duringVersusBetween(
  index: EventIndex,
  positions: ArrayLike<number>,
  range: DayRange,
  bands: readonly DayBand[],
  aroundDays: number = AROUND_DAYS,
): PeriodStats[] {
  const span = range.to - range.from + 1;
  const kindOfDay = new Uint8Array(span);
  // Windows first, talk days second: a talk day inside another round's window stays a talk day.
  for (const band of bands) markDays(kindOfDay, range, band.start - aroundDays, band.end + aroundDays, AROUND);
  for (const band of bands) markDays(kindOfDay, range, band.start, band.end, TALK);

  const stats = PERIOD_KINDS.map((kind) => ({ kind, days: 0, strikes: 0, killedMin: 0, killedMax: 0, injuredMin: 0, injuredMax: 0 }));
  const slot = (code: number) => stats[code === TALK ? 0 : code === AROUND ? 1 : 2] as PeriodStats;
  for (let offset = 0; offset < span; offset++) slot(kindOfDay[offset] as number).days += 1;

  const columns = index.figures;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    if (index.categoryCode[i] !== columns.strikeCode) continue;
    const startDay = index.startDay[i] as number;
    if (startDay > range.to || (index.endDay[i] as number) < range.from) continue;
    const period = slot(kindOfDay[Math.max(startDay, range.from) - range.from] as number);
    period.strikes += 1;
    period.killedMin += columns.killedMin[i] as number;
    period.killedMax += columns.killedMax[i] as number;
    period.injuredMin += columns.injuredMin[i] as number;
    period.injuredMax += columns.injuredMax[i] as number;
  }
  return stats;
}

/** `value / days`, or null when the period has no days (a rate of nothing is not zero). */
export function perDay(value: number, days: number): number | null {
  return days === 0 ? null : value / days;
}

function markDays(kindOfDay: Uint8Array, range: DayRange, start: number, end: number, code: number): void {
  const lo = Math.max(start, range.from);
  const hi = Math.min(end, range.to);
  for (let day = lo; day <= hi; day++) kindOfDay[day - range.from] = code;
}
