/**
 * The series the charts draw, prepared here so that charts never see raw events: strikes,
 * casualties (lower and upper bounds kept) and launches per day, week or month, and the days on
 * which talks were held, merged into bands.
 */
import { dayNumberFromParts, formatDay, fromDayNumber, toDayNumber, weekdayMondayFirst } from '../core/calendar-date';
import { figureColumns } from './chart-figures';
import type { EventIndex } from '../core/event-index';

/** Inclusive range of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** Inclusive span of day numbers, e.g. the days of one or more talk rounds. */
export interface DayBand {
  start: number;
  end: number;
}

export type BinUnit = 'day' | 'week' | 'month' | 'year';

/** Strikes and their casualties, counted with both the lowest and highest reported figures. */
export interface StrikeTally {
  strikes: number;
  killedMin: number;
  killedMax: number;
  injuredMin: number;
  injuredMax: number;
}

export interface ChartBin extends StrikeTally {
  /** `YYYY-MM-DD` of the bin's first day: a stable category for the X axis. */
  key: string;
  /** Short axis label: "4 Feb", "Feb 2026", "2026". */
  label: string;
  /** Full label for tooltips and tables: "4 Feb 2026", "2 Feb 2026 – 8 Feb 2026", "February 2026". */
  title: string;
  /** First and last day (inclusive), clipped to the chart range. */
  start: number;
  end: number;
  /** Drones plus missiles launched (sum of lower bounds), or null when no strike in the bin gives a figure. */
  launched: number | null;
  /** Days in the bin on which talks were held. */
  talkDays: number;
  /** Position (into index.events) of the bin's first event of any category, or -1 when it has none. */
  firstEvent: number;
}

export interface SeriesTotals extends StrikeTally {
  days: number;
  launched: number | null;
  talkDays: number;
  /** The day with the most strikes (the earliest on a tie), or null when there are no strikes. */
  busiestDay: { day: number; strikes: number } | null;
}

export interface BinnedSeries {
  unit: BinUnit;
  range: DayRange;
  bins: ChartBin[];
  /** Talk bands clipped to the range. */
  talkBands: DayBand[];
  totals: SeriesTotals;
}

/** Longest range drawn one bar per day, and per week; longer ones go per month (then per year). */
export const MAX_DAY_BINS = 120;
export const MAX_WEEK_BINS = 130;
export const MAX_MONTH_BINS = 400;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * The range the charts cover: the date filter's bounds when set, else the first and last day of the
 * given events. Bounds are clipped to the days the dataset covers, so days outside it are never
 * counted as quiet days. Null when there is nothing to chart.
 * @example chartRange(index, [selection.shown], '2026-02-01', undefined)
 */
export function chartRange(
  index: EventIndex,
  positionLists: readonly ArrayLike<number>[],
  from: string | undefined,
  to: string | undefined,
): DayRange | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const positions of positionLists) {
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k] as number;
      first = Math.min(first, index.startDay[i] as number);
      last = Math.max(last, index.endDay[i] as number);
    }
  }
  const fromDay = from === undefined ? null : toDayNumber(from);
  const toDay = to === undefined ? null : toDayNumber(to);
  if (fromDay === null && toDay === null && first > last) return null;
  if (index.events.length === 0) return null;
  const lo = fromDay !== null ? Math.max(fromDay, index.minDay) : first <= last ? first : index.minDay;
  const hi = toDay !== null ? Math.min(toDay, index.maxDay) : first <= last ? last : index.maxDay;
  return lo <= hi ? { from: lo, to: hi } : null;
}

/**
 * The bin size for a range: per day up to MAX_DAY_BINS days, per Monday-start week up to
 * MAX_WEEK_BINS weeks, per month up to MAX_MONTH_BINS months, else per year.
 */
export function chooseBinUnit(range: DayRange): BinUnit {
  if (range.to - range.from + 1 <= MAX_DAY_BINS) return 'day';
  const weeks = Math.floor((range.to - weekStart(range.from)) / 7) + 1;
  if (weeks <= MAX_WEEK_BINS) return 'week';
  const a = yearMonth(range.from);
  const b = yearMonth(range.to);
  if ((b.year - a.year) * 12 + (b.month - a.month) + 1 <= MAX_MONTH_BINS) return 'month';
  return 'year';
}

/** Merges spans that overlap or touch (a round ending on the 24th and one starting on the 25th make one band). */
export function mergeBands(spans: readonly DayBand[]): DayBand[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: DayBand[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** The days of the talks events among `positions` (date..endDate inclusive), merged into bands. */
export function talkBands(index: EventIndex, positions: ArrayLike<number>): DayBand[] {
  const { talksCode } = figureColumns(index);
  const spans: DayBand[] = [];
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    if (index.categoryCode[i] === talksCode) spans.push({ start: index.startDay[i] as number, end: index.endDay[i] as number });
  }
  return mergeBands(spans);
}

/** Bands cut to a range; bands wholly outside it are dropped. */
export function clipBands(bands: readonly DayBand[], range: DayRange): DayBand[] {
  const clipped: DayBand[] = [];
  for (const band of bands) {
    if (band.end < range.from || band.start > range.to) continue;
    clipped.push({ start: Math.max(band.start, range.from), end: Math.min(band.end, range.to) });
  }
  return clipped;
}

/**
 * Bins the strikes among `positions` over `range` in one pass over the index's typed arrays.
 * An event is counted on its start day (clipped into the range); events outside the range are
 * skipped. Casualties keep both bounds so that a "4–6 injured" stays a range in the totals.
 */
export function binEvents(
  index: EventIndex,
  positions: ArrayLike<number>,
  range: DayRange,
  bands: readonly DayBand[],
  unit: BinUnit = chooseBinUnit(range),
): BinnedSeries {
  const columns = figureColumns(index);
  const span = range.to - range.from + 1;
  const starts = binStarts(unit, range);
  const binCount = starts.length;
  const binOfDay = new Int32Array(span);
  for (let b = 0; b < binCount; b++) {
    const end = b + 1 < binCount ? (starts[b + 1] as number) - 1 : range.to;
    binOfDay.fill(b, (starts[b] as number) - range.from, end - range.from + 1);
  }

  const strikes = new Float64Array(binCount);
  const killedMin = new Float64Array(binCount);
  const killedMax = new Float64Array(binCount);
  const injuredMin = new Float64Array(binCount);
  const injuredMax = new Float64Array(binCount);
  const launched = new Float64Array(binCount);
  const hasLaunched = new Uint8Array(binCount);
  const firstEvent = new Int32Array(binCount).fill(-1);
  const strikesOnDay = new Int32Array(span);

  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    const startDay = index.startDay[i] as number;
    if (startDay > range.to || (index.endDay[i] as number) < range.from) continue;
    const offset = Math.max(startDay, range.from) - range.from;
    const b = binOfDay[offset] as number;
    if ((firstEvent[b] as number) < 0) firstEvent[b] = i;
    if (index.categoryCode[i] !== columns.strikeCode) continue;
    strikes[b] = (strikes[b] as number) + 1;
    strikesOnDay[offset] = (strikesOnDay[offset] as number) + 1;
    killedMin[b] = (killedMin[b] as number) + (columns.killedMin[i] as number);
    killedMax[b] = (killedMax[b] as number) + (columns.killedMax[i] as number);
    injuredMin[b] = (injuredMin[b] as number) + (columns.injuredMin[i] as number);
    injuredMax[b] = (injuredMax[b] as number) + (columns.injuredMax[i] as number);
    if (columns.hasLaunched[i] === 1) {
      launched[b] = (launched[b] as number) + (columns.launchedMin[i] as number);
      hasLaunched[b] = 1;
    }
  }

  const clipped = clipBands(bands, range);
  const talkDays = new Int32Array(binCount);
  for (const band of clipped) {
    for (let day = band.start; day <= band.end; day++) {
      const b = binOfDay[day - range.from] as number;
      talkDays[b] = (talkDays[b] as number) + 1;
    }
  }

  const bins: ChartBin[] = [];
  for (let b = 0; b < binCount; b++) {
    const start = starts[b] as number;
    const end = b + 1 < binCount ? (starts[b + 1] as number) - 1 : range.to;
    bins.push({
      key: fromDayNumber(start),
      label: binLabel(unit, start),
      title: binTitle(unit, start, end),
      start,
      end,
      strikes: strikes[b] as number,
      killedMin: killedMin[b] as number,
      killedMax: killedMax[b] as number,
      injuredMin: injuredMin[b] as number,
      injuredMax: injuredMax[b] as number,
      launched: hasLaunched[b] === 1 ? (launched[b] as number) : null,
      talkDays: talkDays[b] as number,
      firstEvent: firstEvent[b] as number,
    });
  }

  return { unit, range, bins, talkBands: clipped, totals: totalsOf(bins, strikesOnDay, range) };
}

/** Index of the bin containing `day`, or -1 when the day is outside the series. */
export function binIndexOfDay(series: BinnedSeries, day: number): number {
  const { bins } = series;
  let lo = 0;
  let hi = bins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bin = bins[mid] as ChartBin;
    if (day < bin.start) hi = mid - 1;
    else if (day > bin.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the bin an event is counted in (its start day, clipped into the range), or -1 when it lies outside. */
export function binIndexOfEvent(series: BinnedSeries, index: EventIndex, position: number): number {
  const startDay = index.startDay[position];
  const endDay = index.endDay[position];
  if (startDay === undefined || endDay === undefined || endDay < series.range.from) return -1;
  return binIndexOfDay(series, Math.max(startDay, series.range.from));
}

function totalsOf(bins: readonly ChartBin[], strikesOnDay: Int32Array, range: DayRange): SeriesTotals {
  const totals: SeriesTotals = {
    days: range.to - range.from + 1,
    strikes: 0,
    killedMin: 0,
    killedMax: 0,
    injuredMin: 0,
    injuredMax: 0,
    launched: null,
    talkDays: 0,
    busiestDay: null,
  };
  for (const bin of bins) {
    totals.strikes += bin.strikes;
    totals.killedMin += bin.killedMin;
    totals.killedMax += bin.killedMax;
    totals.injuredMin += bin.injuredMin;
    totals.injuredMax += bin.injuredMax;
    totals.talkDays += bin.talkDays;
    if (bin.launched !== null) totals.launched = (totals.launched ?? 0) + bin.launched;
  }
  let best = 0;
  for (let offset = 0; offset < strikesOnDay.length; offset++) {
    const count = strikesOnDay[offset] as number;
    if (count > best) {
      best = count;
      totals.busiestDay = { day: range.from + offset, strikes: count };
    }
  }
  return totals;
}

/** First day of each bin over `range`; the first bin starts on range.from even when its week or month began earlier. */
export function binStarts(unit: BinUnit, range: DayRange): number[] {
  const starts: number[] = [];
  if (unit === 'day') {
    for (let day = range.from; day <= range.to; day++) starts.push(day);
    return starts;
  }
  if (unit === 'week') {
    for (let day = weekStart(range.from); day <= range.to; day += 7) starts.push(Math.max(day, range.from));
    return starts;
  }
  let { year, month } = yearMonth(range.from);
  let day = range.from;
  while (day <= range.to) {
    starts.push(day);
    if (unit === 'month') {
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    } else {
      year += 1;
      month = 1;
    }
    day = dayNumberFromParts(year, month, 1) ?? Number.POSITIVE_INFINITY;
  }
  return starts;
}

/** The Monday on or before a day. */
export function weekStart(day: number): number {
  return day - weekdayMondayFirst(day);
}

function yearMonth(day: number): { year: number; month: number } {
  const text = fromDayNumber(day);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) };
}

export function binLabel(unit: BinUnit, start: number): string {
  const text = fromDayNumber(start);
  const month = Number(text.slice(5, 7)) - 1;
  switch (unit) {
    case 'day':
    case 'week':
      return `${Number(text.slice(8, 10))} ${MONTHS[month]}`;
    case 'month':
      return `${MONTHS[month]} ${text.slice(0, 4)}`;
    case 'year':
      return text.slice(0, 4);
  }
}

export function binTitle(unit: BinUnit, start: number, end: number): string {
  const text = fromDayNumber(start);
  const span = start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
  // A month or year cut by the range is named by its days, so the label never claims more than it holds.
  const whole = text.endsWith('-01') && fromDayNumber(end + 1).endsWith('-01');
  switch (unit) {
    case 'day':
      return formatDay(start);
    case 'week':
      return span;
    case 'month':
      return whole ? `${MONTHS_LONG[Number(text.slice(5, 7)) - 1]} ${text.slice(0, 4)}` : span;
    case 'year':
      return whole && text.endsWith('-01-01') && fromDayNumber(end + 1).endsWith('-01-01') ? text.slice(0, 4) : span;
  }
}
