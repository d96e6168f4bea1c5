/**
 * Shared pieces of the chart series: day ranges and talk bands, and bins per day, week (Monday
 * to Sunday) or calendar month with their labels, all in calendar days.
 */
import { dayNumberFromParts, formatDay, formatDayWithPrecision, fromDayNumber, monthName, weekdayMondayFirst, type DayRange } from '../core/calendar-date';

/** Inclusive span of day numbers, e.g. the days of one or more talk rounds. */
export interface DayBand {
  start: number;
  end: number;
}

export type BinUnit = 'day' | 'week' | 'month' | 'year';


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

/** Bands cut to a range; bands wholly outside it are dropped. */
export function clipBands(bands: readonly DayBand[], range: DayRange): DayBand[] {
  const clipped: DayBand[] = [];
  for (const band of bands) {
    if (band.end < range.fromDay || band.start > range.toDay) continue;
    clipped.push({ start: Math.max(band.start, range.fromDay), end: Math.min(band.end, range.toDay) });
  }
  return clipped;
}

/** First day of each bin over `range`; the first bin starts on range.fromDay even when its week or month began earlier. */
export function binStarts(unit: BinUnit, range: DayRange): number[] {
  const starts: number[] = [];
  if (unit === 'day') {
    for (let day = range.fromDay; day <= range.toDay; day++) starts.push(day);
    return starts;
  }
  if (unit === 'week') {
    for (let day = weekStart(range.fromDay); day <= range.toDay; day += 7) starts.push(Math.max(day, range.fromDay));
    return starts;
  }
  let { year, month } = yearMonth(range.fromDay);
  let day = range.fromDay;
  while (day <= range.toDay) {
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

export function binLabel(unit: BinUnit, start: number, locale = 'en'): string {
  const text = fromDayNumber(start);
  const month = Number(text.slice(5, 7)) - 1;
  switch (unit) {
    case 'day':
    case 'week':
      return `${Number(text.slice(8, 10))} ${monthName(month, 'short', locale)}`;
    case 'month':
      return `${monthName(month, 'short', locale)} ${text.slice(0, 4)}`;
    case 'year':
      return text.slice(0, 4);
  }
}

export function binTitle(unit: BinUnit, start: number, end: number, locale = 'en'): string {
  const text = fromDayNumber(start);
  const span = start === end ? formatDay(start, locale) : `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
  // A month or year cut by the range is named by its days, so the label never claims more than it holds.
  const whole = text.endsWith('-01') && fromDayNumber(end + 1).endsWith('-01');
  switch (unit) {
    case 'day':
      return formatDay(start, locale);
    case 'week':
      return span;
    case 'month':
      return whole ? formatDayWithPrecision(start, 'month', locale) : span;
    case 'year':
      return whole && text.endsWith('-01-01') && fromDayNumber(end + 1).endsWith('-01-01') ? text.slice(0, 4) : span;
  }
}
