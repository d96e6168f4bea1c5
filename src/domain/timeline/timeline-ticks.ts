/**
 * Axis ticks for the timeline in calendar terms: days, Mondays or the first of a month,
 * chosen so that labels do not collide. Pure UTC day arithmetic: no local time zone.
 */
import { dayNumberFromParts, fromDayNumber, monthName, weekdayMondayFirst } from '../core/calendar-date';
import { pixelsPerDay, type TimeWindow } from './timeline-scale';

export type TickUnit = 'day' | 'week' | 'month';

export interface Tick {
  /** Position in (fractional) day numbers: a day's middle for day ticks, its start otherwise. */
  at: number;
  /** The calendar day the tick names. */
  day: number;
  label: string;
}

export interface TickSet {
  unit: TickUnit;
  /** Days between day ticks, weeks between week ticks, months between month ticks. */
  step: number;
  ticks: Tick[];
}

/** Room a label needs, in pixels, at the axis font size. */
const DAY_LABEL_PX = 46;
const WEEK_LABEL_PX = 52;
const MONTH_LABEL_PX = 64;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60] as const;
const AVG_MONTH_DAYS = 30.44;

/** Year, month (1-12) and day of a day number, read from its ISO form (no time zone involved). */
export function dayParts(dayNumber: number): { year: number; month: number; day: number } {
  const [year, month, day] = fromDayNumber(dayNumber).split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** Day and month in a language ("4 лют."), in UTC so no time zone moves the day; made once per language. */
const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();
function dayMonthFormat(locale: string): Intl.DateTimeFormat {
  let format = dayMonthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayMonthFormats.set(locale, format);
  }
  return format;
}

/** "4 Feb": a day label without the year. */
export function shortDayLabel(dayNumber: number, locale = 'en'): string {
  const { month, day } = dayParts(dayNumber);
  if (locale !== 'en') return dayMonthFormat(locale).format(dayNumber * 86_400_000);
  return `${day} ${monthName(month - 1)}`;
}

/** "Feb 2026": a month label. */
export function monthLabel(dayNumber: number, locale = 'en'): string {
  const { year, month } = dayParts(dayNumber);
  return `${monthName(month - 1, 'short', locale)} ${year}`;
}

/**
 * Picks the tick unit for a zoom level: every day when a day is wide enough for its label,
 * else Mondays, else months every 1, 2, 3, 6, 12… months.
 */
export function chooseTickUnit(pxPerDay: number): { unit: TickUnit; step: number } {
  if (pxPerDay >= DAY_LABEL_PX) return { unit: 'day', step: 1 };
  if (pxPerDay * 7 >= WEEK_LABEL_PX) return { unit: 'week', step: 1 };
  if (pxPerDay * 14 >= WEEK_LABEL_PX) return { unit: 'week', step: 2 };
  const step = MONTH_STEPS.find((months) => months * AVG_MONTH_DAYS * pxPerDay >= MONTH_LABEL_PX) ?? 120;
  return { unit: 'month', step };
}

/**
 * Ticks for a window drawn `width` pixels wide.
 * @example timelineTicks({ start: 20489, end: 20496 }, 700).unit // 'day'
 */
export function timelineTicks(view: TimeWindow, width: number, locale = 'en'): TickSet {
  const { unit, step } = chooseTickUnit(pixelsPerDay(view, width));
  const ticks: Tick[] = [];
  if (unit === 'day') {
    for (let day = Math.ceil(view.start - 0.5); day + 0.5 < view.end; day += step) {
      ticks.push({ at: day + 0.5, day, label: shortDayLabel(day, locale) });
    }
  } else if (unit === 'week') {
    const firstDay = Math.ceil(view.start);
    let firstMonday = firstDay + ((7 - weekdayMondayFirst(firstDay)) % 7);
    // Every other Monday counted from a fixed Monday (1970-01-05 = day 4), so ticks stay put while panning.
    while (((firstMonday - 4) / 7) % step !== 0) firstMonday += 7;
    for (let day = firstMonday; day <= view.end; day += 7 * step) {
      ticks.push({ at: day, day, label: shortDayLabel(day, locale) });
    }
  } else {
    const { year, month } = dayParts(Math.floor(view.start));
    // Months are counted from year 0 so that steps line up on quarters, halves and years.
    let monthIndex = year * 12 + (month - 1);
    monthIndex = Math.ceil(monthIndex / step) * step;
    for (;;) {
      const day = dayNumberFromParts(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
      if (day === null || day > view.end) break;
      if (day >= view.start) ticks.push({ at: day, day, label: step >= 12 ? String(dayParts(day).year) : monthLabel(day, locale) });
      monthIndex += step;
    }
  }
  return { unit, step, ticks };
}
