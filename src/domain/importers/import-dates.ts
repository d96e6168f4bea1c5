/**
 * Dates as other tools write them, read into calendar dates (`YYYY-MM-DD`) without ever going
 * through `new Date(string)`, so no time zone can move a day.
 */
import { DATE_PRECISIONS, dayNumberFromParts, fromDayNumber, type DatePrecision } from '../core/calendar-date';
import { problem, type Problem } from '../core/problem';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month number (1-12) of an English month name or its first three letters, or null. */
export function monthFromName(name: string): number | null {
  const lower = name.trim().toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month === lower || (lower.length === 3 && month.startsWith(lower)));
  return index < 0 ? null : index + 1;
}

export type DateReading = { ok: true; date: string } | { ok: false; problem: Problem };

/** A failed reading. */
export function notRead(why: Problem): { ok: false; problem: Problem } {
  return { ok: false, problem: why };
}

/**
 * Reads `2026-02-04`, `2026/02/04`, `04 February 2026`, `4 Feb 2026` or `04-Feb-2026`
 * (an optional time after an ISO date is ignored). Impossible dates (31 February) are refused.
 * @example readDayDate('04 February 2026') // { ok: true, date: '2026-02-04' }
 */
export function readDayDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return notRead(problem('problem.date.empty'));
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(trimmed);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), trimmed);
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(trimmed);
  if (named) {
    const month = monthFromName(named[2] ?? '');
    if (month === null) return notRead(problem('problem.date.unknownMonth', { text: trimmed }));
    return fromParts(Number(named[3]), month, Number(named[1]), trimmed);
  }
  return notRead(problem('problem.date.unreadable', { text: trimmed }));
}

function fromParts(year: number, month: number, day: number, original: string): DateReading {
  if (year < 1 || year > 9999) return notRead(problem('problem.date.yearOutOfRange', { text: original }));
  const dayNumber = dayNumberFromParts(year, month, day);
  if (dayNumber === null) return notRead(problem('problem.date.notReal', { text: original }));
  return { ok: true, date: fromDayNumber(dayNumber) };
}

/** A date precision the contract does not know; the allowed ones are codes, listed as they are. */
export function badPrecision(value: string): Problem {
  return problem('problem.date.badPrecision', { value, allowed: DATE_PRECISIONS.join(', ') });
}

export interface PartialDate {
  /** First day of the period, `YYYY-MM-DD`. */
  first: string;
  /** Last day of the period (equal to `first` for a day). */
  last: string;
  precision: Extract<DatePrecision, 'day' | 'month' | 'year'>;
}

export type PartialDateReading = { ok: true; value: PartialDate } | { ok: false; problem: Problem };

/**
 * A date given as year, month and day parts where month and day may be missing (TimelineJS).
 * A year alone keeps 'year' precision and a year and month keep 'month' precision.
 * @example readPartialDate('2026', '2', '') // first 2026-02-01, last 2026-02-28, 'month'
 */
export function readPartialDate(
  yearText: string | number | undefined,
  monthText: string | number | undefined,
  dayText: string | number | undefined,
): PartialDateReading {
  const year = partNumber(yearText);
  const month = partNumber(monthText);
  const day = partNumber(dayText);
  if (year === undefined) return notRead(problem('problem.date.noYear'));
  if (year === null || month === null || day === null) return notRead(problem('problem.date.partNotWhole'));
  // A year is a label, not a quantity: written as is, never with a thousands separator.
  if (year < 1 || year > 9999) return notRead(problem('problem.date.yearOutside', { year: String(year) }));
  if (month === undefined) {
    if (day !== undefined) return notRead(problem('problem.date.dayWithoutMonth'));
    return period(year, 1, 1, year, 12, 31, 'year');
  }
  if (day === undefined) {
    const nextMonthStart = month === 12 ? dayNumberFromParts(year + 1, 1, 1) : dayNumberFromParts(year, month + 1, 1);
    const start = dayNumberFromParts(year, month, 1);
    if (start === null || nextMonthStart === null) return notRead(problem('problem.date.noSuchMonth', { month: String(month) }));
    return { ok: true, value: { first: fromDayNumber(start), last: fromDayNumber(nextMonthStart - 1), precision: 'month' } };
  }
  return period(year, month, day, year, month, day, 'day');
}

function period(
  y1: number, m1: number, d1: number,
  y2: number, m2: number, d2: number,
  precision: PartialDate['precision'],
): PartialDateReading {
  const first = dayNumberFromParts(y1, m1, d1);
  const last = dayNumberFromParts(y2, m2, d2);
  if (first === null || last === null) {
    const written = `${y1}-${String(m1).padStart(2, '0')}-${String(d1).padStart(2, '0')}`;
    return notRead(problem('problem.date.notReal', { text: written }));
  }
  return { ok: true, value: { first: fromDayNumber(first), last: fromDayNumber(last), precision } };
}

/** undefined = part absent; null = present but not a whole number. */
function partNumber(value: string | number | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (!/^-?\d+$/.test(text)) return null;
  return Number(text);
}
