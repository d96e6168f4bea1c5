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

/**
 * A formatter that writes a calendar date in `locale`, always in UTC: the date is built from the
 * calendar day at UTC midnight, so no time zone can shift a day or a month (made once per style).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function utcFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** Month names already worked out, by locale, style and month. */
const monthNames = new Map<string, string>();

/**
 * The name of a month (0 = January), short ("Sep") or long ("September"), in `locale` (English
 * by default; "вер." / "сентябрь" in Ukrainian and Russian).
 * @example monthName(8, 'short') // 'Sep'
 */
export function monthName(month: number, style: 'short' | 'long' = 'short', locale = 'en'): string {
  if (month < 0 || month > 11) return '';
  // Kept once worked out: every axis label and date asks for one, and formatToParts is slow.
  const key = `${locale}|${style}|${month}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    // Standalone month names ("лютий", not "лютого"), as an axis or a heading shows them.
    const parts = utcFormat(locale, { month: style }).formatToParts(Date.UTC(2001, month, 15));
    name = parts.find((part) => part.type === 'month')?.value ?? '';
    monthNames.set(key, name);
  }
  return name;
}

/**
 * Short human label for a day number in `locale`: "4 Feb 2026" in English, "4 лют. 2026 р." in
 * Ukrainian, "4 февр. 2026 г." in Russian. Never uses the local time zone.
 */
export function formatDay(dayNumber: number, locale = 'en'): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  // English keeps the day-month-year order a newsroom writes, not the US "Feb 4, 2026".
  if (locale === 'en') return `${date.getUTCDate()} ${monthName(date.getUTCMonth(), 'short', 'en')} ${date.getUTCFullYear()}`;
  return utcFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** "about" before an approximate date, per language (the only word this module writes). */
const ABOUT: Readonly<Record<string, string>> = { en: 'about', uk: 'близько', ru: 'около' };

/** Label for a day number at a given precision: "4 Feb 2026", "about 4 Feb 2026", "February 2026", "2026". */
export function formatDayWithPrecision(dayNumber: number, precision: DatePrecision, locale = 'en'): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  switch (precision) {
    case 'day':
      return formatDay(dayNumber, locale);
    case 'approximate':
      return `${ABOUT[locale] ?? ABOUT.en} ${formatDay(dayNumber, locale)}`;
    case 'month':
      return locale === 'en'
        ? `${monthName(date.getUTCMonth(), 'long')} ${date.getUTCFullYear()}`
        : utcFormat(locale, { month: 'long', year: 'numeric' }).format(date);
    case 'year':
      return String(date.getUTCFullYear());
    default:
      return assertNever(precision);
  }
}

/** Label for a span of days: "23–24 Jan 2026" style is not attempted; both ends are written in full. */
export function formatDateRange(startDay: number, endDay: number, precision: DatePrecision, locale = 'en'): string {
  if (endDay === startDay) return formatDayWithPrecision(startDay, precision, locale);
  return `${formatDayWithPrecision(startDay, precision, locale)} – ${formatDayWithPrecision(endDay, precision, locale)}`;
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
