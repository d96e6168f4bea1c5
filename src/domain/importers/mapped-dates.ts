/**
 * Dates written with numbers only (`8/23/2011`, `23.08.2011`, `03/04/2025`), read as calendar
 * dates in the order the reader chose, plus the evidence a column gives about that order.
 * Never goes through `new Date(string)`, so no time zone can move a day.
 */
import { dayNumberFromParts, fromDayNumber } from '../core/calendar-date';
import { problem } from '../core/problem';
import { notRead, readDayDate, type DateReading } from './import-dates';

/** Which number comes first in `03/04/2025`: the day (most of the world) or the month (US). */
export type DayOrder = 'day-first' | 'month-first';

/** An optional time after the date (`8/23/2011 14:05`, `23.08.2011, 14:05:00`) is ignored. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[,T ]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/**
 * Reads every form `readDayDate` reads, plus day/month/year written with `/`, `.` or `-`,
 * the first two numbers in `order`.
 * @example readMappedDate('8/23/2011', 'month-first') // { ok: true, date: '2011-08-23' }
 */
export function readMappedDate(text: string, order: DayOrder): DateReading {
  const trimmed = text.trim();
  const numeric = NUMERIC.exec(trimmed);
  if (!numeric) {
    const reading = readDayDate(trimmed);
    // Keep a specific reason ("not a real calendar date"); widen only the list of accepted forms.
    if (reading.ok || reading.problem.id !== 'problem.date.unreadable') return reading;
    return notRead(problem('problem.date.unreadableNumeric', { text: trimmed }));
  }
  const first = Number(numeric[1]);
  const second = Number(numeric[3]);
  const year = Number(numeric[4]);
  const [month, day] = order === 'month-first' ? [first, second] : [second, first];
  const dayNumber = dayNumberFromParts(year, month, day);
  if (dayNumber === null || year < 1) {
    return notRead(problem('problem.date.notRealInOrder', { text: trimmed, order: order === 'month-first' ? 'monthFirst' : 'dayFirst' }));
  }
  return { ok: true, date: fromDayNumber(dayNumber) };
}

/**
 * What a column's values say about the day order: 'day-first' or 'month-first' when some value
 * can only be read one way (`23/08/2011`, `8/23/2011`) or uses dots (`03.04.2025`: a European
 * form, never a US one); 'ambiguous' when every numeric date reads both ways; 'none' when the
 * column has no such dates at all.
 */
export function dayOrderEvidence(values: readonly string[]): DayOrder | 'ambiguous' | 'none' {
  let numeric = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    numeric++;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (match[2] === '.' || (first > 12 && second <= 12)) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (numeric === 0) return 'none';
  if (dayFirst > 0 && monthFirst === 0) return 'day-first';
  if (monthFirst > 0 && dayFirst === 0) return 'month-first';
  return 'ambiguous';
}

/** True when `text` reads as a date in either order (for guessing which column holds dates). */
export function looksLikeDate(text: string): boolean {
  return readMappedDate(text, 'day-first').ok || readMappedDate(text, 'month-first').ok;
}
