import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import {
  atBound,
  clampDay,
  PLAYBACK_SPEEDS,
  speedToIntervalMs,
  startPlayhead,
  windowLabel,
  windowRange,
} from '../../../src/domain/playback/playback';

const day = (text: string) => {
  const n = toDayNumber(text);
  if (n === null) throw new Error(text);
  return n;
};
/** The default dataset's span: 14 Nov 2025 to 26 Feb 2026. */
const bounds = { minDay: day('2025-11-14'), maxDay: day('2026-02-26') };

describe('clampDay', () => {
  it('keeps days inside the data unchanged', () => {
    expect(clampDay(day('2026-02-04'), bounds)).toBe(day('2026-02-04'));
  });
  it('moves days before the data to its first day and after it to its last', () => {
    expect(clampDay(day('2025-01-01'), bounds)).toBe(bounds.minDay);
    expect(clampDay(day('2027-01-01'), bounds)).toBe(bounds.maxDay);
  });
  it('rounds a slider value that is not a whole day', () => {
    expect(clampDay(bounds.minDay + 2.6, bounds)).toBe(bounds.minDay + 3);
  });
});

describe('atBound', () => {
  it('is true on the last day going forward and on the first day going back, and only there', () => {
    expect(atBound(bounds.maxDay, 1, bounds)).toBe(true);
    expect(atBound(bounds.minDay, -1, bounds)).toBe(true);
    expect(atBound(bounds.maxDay, -1, bounds)).toBe(false);
    expect(atBound(day('2026-02-04'), 1, bounds)).toBe(false);
  });
});

describe('windowRange', () => {
  it('a 7-day window ends on the playhead and spans seven days', () => {
    expect(windowRange(day('2026-02-04'), 7, bounds)).toEqual({ fromDay: day('2026-01-29'), toDay: day('2026-02-04') });
  });
  it('a 1-day window is the playhead only', () => {
    expect(windowRange(day('2026-02-04'), 1, bounds)).toEqual({ fromDay: day('2026-02-04'), toDay: day('2026-02-04') });
  });
  it('a 30-day window reaches back 29 days', () => {
    expect(windowRange(day('2026-02-04'), 30, bounds)).toEqual({ fromDay: day('2026-01-06'), toDay: day('2026-02-04') });
  });
  it('is cut short at the start of the data instead of reaching before it', () => {
    expect(windowRange(day('2025-11-16'), 7, bounds)).toEqual({ fromDay: bounds.minDay, toDay: day('2025-11-16') });
  });
  it('cumulative runs from the first day of the data to the playhead', () => {
    expect(windowRange(day('2026-02-04'), 'cumulative', bounds)).toEqual({ fromDay: bounds.minDay, toDay: day('2026-02-04') });
  });
  it('clamps a playhead outside the data', () => {
    expect(windowRange(day('2026-06-01'), 7, bounds)).toEqual({ fromDay: day('2026-02-20'), toDay: bounds.maxDay });
  });
});

describe('speedToIntervalMs', () => {
  it('1× is one day a second', () => {
    expect(speedToIntervalMs(1)).toBe(1000);
  });
  it('slower speeds wait longer, faster ones less', () => {
    expect(speedToIntervalMs(0.5)).toBe(2000);
    expect(speedToIntervalMs(16)).toBe(62.5);
    const intervals = PLAYBACK_SPEEDS.map(speedToIntervalMs);
    expect([...intervals].sort((a, b) => b - a)).toEqual(intervals);
  });
});

describe('startPlayhead', () => {
  it('resumes from a paused playhead', () => {
    expect(startPlayhead(day('2026-02-04'), bounds)).toBe(day('2026-02-04'));
  });
  it('starts from the first day when there is no playhead', () => {
    expect(startPlayhead(undefined, bounds)).toBe(bounds.minDay);
  });
  it("starts from the reader's From date when it is inside the data", () => {
    expect(startPlayhead(undefined, bounds, day('2026-01-20'))).toBe(day('2026-01-20'));
    expect(startPlayhead(undefined, bounds, day('2020-01-01'))).toBe(bounds.minDay);
  });
  it('starts over from the beginning when the playhead sits on the last day', () => {
    expect(startPlayhead(bounds.maxDay, bounds)).toBe(bounds.minDay);
  });
});

describe('labels', () => {
  it('names windows as a reader would', () => {
    expect(windowLabel(1)).toBe('1 day');
    expect(windowLabel(30)).toBe('30 days');
    expect(windowLabel('cumulative')).toMatch(/^Cumulative/);
  });
});
