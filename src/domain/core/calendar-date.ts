/**
 * Calendar dates as the app understands them: `YYYY-MM-DD` strings and whole day numbers
 * (days since 1970-01-01). Everything goes through UTC arithmetic so that the reader's
 * time zone can never move an event to another day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-31). */
export function isCalendarDate(text: string): boolean {
  return toDayNumber(text) !== null;
}

/**
 * Day number of a `YYYY-MM-DD` date, or null when it is not a real date.
 * @example toDayNumber('1970-01-02') === 1
 */
export function toDayNumber(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return dayNumberFromParts(year, month, day);
}

/** Day number from year, month (1-12) and day, or null when the parts do not form a real date. */
export function dayNumberFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 31 February over into March; a roll-over means the date does not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. @example fromDayNumber(0) === '1970-01-01' */
export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(text: string, days: number): string {
  const dayNumber = toDayNumber(text);
  if (dayNumber === null) throw new Error(`Not a calendar date: ${text}`);
  return fromDayNumber(dayNumber + days);
}

/** An inclusive range of day numbers. */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/** Month names from one formatter in UTC, so no time zone can shift a month (built once). */
function monthNames(style: 'short' | 'long'): readonly string[] {
  const format = new Intl.DateTimeFormat('en-US', { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2001, month, 15)));
}
const MONTHS = monthNames('short');
const MONTHS_LONG = monthNames('long');

/**
 * The name of a month (0 = January), short ("Sep") or long ("September").
 * @example monthName(8, 'short') // 'Sep'
 */
export function monthName(month: number, style: 'short' | 'long' = 'short'): string {
  return (style === 'short' ? MONTHS : MONTHS_LONG)[month] ?? '';
}

/** Short human label for a day number, e.g. "4 Feb 2026". Never uses the local time zone. */
export function formatDay(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth())} ${date.getUTCFullYear()}`;
}

/** Label for a day number at a given precision: "4 Feb 2026", "about 4 Feb 2026", "February 2026", "2026". */
export function formatDayWithPrecision(dayNumber: number, precision: DatePrecision): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  switch (precision) {
    case 'day':
      return formatDay(dayNumber);
    case 'approximate':
      return `about ${formatDay(dayNumber)}`;
    case 'month':
      return `${monthName(date.getUTCMonth(), 'long')} ${date.getUTCFullYear()}`;
    case 'year':
      return String(date.getUTCFullYear());
    default:
      return assertNever(precision);
  }
}

/** Label for a span of days: "23–24 Jan 2026" style is not attempted; both ends are written in full. */
export function formatDateRange(startDay: number, endDay: number, precision: DatePrecision): string {
  if (endDay === startDay) return formatDayWithPrecision(startDay, precision);
  return `${formatDayWithPrecision(startDay, precision)} – ${formatDayWithPrecision(endDay, precision)}`;
}

/** Day of week (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayMondayFirst(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export const DATE_PRECISIONS = ['day', 'approximate', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Compile-time exhaustiveness check for `switch` statements. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
