import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumberFromParts,
  formatDay,
  formatDayWithPrecision,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  weekdayMondayFirst,
  monthName,
} from '../../../src/domain/core/calendar-date';

describe('calendar dates', () => {
  it('round-trips a date through its day number without moving it', () => {
    for (const date of ['1970-01-01', '2025-11-14', '2026-02-04', '2026-02-28', '2024-02-29', '2026-12-31']) {
      const day = toDayNumber(date);
      expect(day).not.toBeNull();
      expect(fromDayNumber(day as number)).toBe(date);
    }
  });

  it('rejects impossible and malformed dates', () => {
    expect(isCalendarDate('2026-02-31')).toBe(false);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-2-4')).toBe(false);
    expect(isCalendarDate('04/02/2026')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
    expect(dayNumberFromParts(2026, 2, 29)).toBeNull();
  });

  it('formats the day the data says, whatever the time zone of the machine', () => {
    // The suite runs under TZ=America/Los_Angeles and TZ=Asia/Tokyo in CI as well.
    expect(formatDay(toDayNumber('2026-02-04') as number)).toBe('4 Feb 2026');
    expect(formatDay(toDayNumber('2025-12-31') as number)).toBe('31 Dec 2025');
  });

  it('writes precision honestly', () => {
    const day = toDayNumber('2026-01-30') as number;
    expect(formatDayWithPrecision(day, 'approximate')).toBe('about 30 Jan 2026');
    expect(formatDayWithPrecision(day, 'month')).toBe('January 2026');
    expect(formatDayWithPrecision(day, 'year')).toBe('2026');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('knows Monday from Sunday', () => {
    expect(weekdayMondayFirst(toDayNumber('2026-02-02') as number)).toBe(0); // a Monday
    expect(weekdayMondayFirst(toDayNumber('2026-02-08') as number)).toBe(6); // a Sunday
  });
});

describe('monthName', () => {
  it('names months from one formatter, short and long, whatever the time zone', () => {
    expect(monthName(0)).toBe('Jan');
    expect(monthName(8)).toBe('Sep');
    expect(monthName(11, 'long')).toBe('December');
    expect(monthName(12)).toBe('');
  });
});
