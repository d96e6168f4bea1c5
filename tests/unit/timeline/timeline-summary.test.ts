import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/domain/timeline/timeline-layout';
import { dayRangeOf, timelineSummary } from '../../../src/domain/timeline/timeline-summary';
import { allPositions, day, indexOf } from './timeline-fixtures';

describe('timelineSummary', () => {
  const index = indexOf([
    { id: 's1', date: '2025-11-14', category: 'strike' },
    { id: 's2', date: '2026-01-24', category: 'strike' },
    { id: 't1', date: '2026-02-04', endDate: '2026-02-05', category: 'talks' },
    { id: 'x1', date: '2026-02-26', category: 'treaty' },
  ]);
  const layout = layoutTimeline(index, allPositions(index));

  it('counts events per category in lane order over the date range', () => {
    expect(timelineSummary(layout, day('2025-11-14'), day('2026-02-26'))).toBe('1 talks event, 2 strikes, 1 treaty from 14 Nov 2025 to 26 Feb 2026');
  });

  it('counts only the events that overlap the dates (the layout keeps those outside them)', () => {
    expect(timelineSummary(layout, day('2026-01-01'), day('2026-02-04'))).toBe('1 talks event, 1 strike from 1 Jan 2026 to 4 Feb 2026');
    expect(timelineSummary(layout, day('2025-12-01'), day('2025-12-31'))).toBe('No events match the filters.');
  });

  it('says "on" for a single day and explains an empty timeline', () => {
    expect(timelineSummary(layout, day('2026-02-04'), day('2026-02-04'))).toMatch(/ on 4 Feb 2026$/);
    expect(timelineSummary(layoutTimeline(index, new Uint32Array(0)), 0, 0)).toBe('No events match the filters.');
  });

  it('covers the last day of a span in the date range', () => {
    expect(dayRangeOf(index, Uint32Array.of(2))).toEqual({ firstDay: day('2026-02-04'), lastDay: day('2026-02-05') });
    expect(dayRangeOf(index, Uint32Array.of(0, 3))).toEqual({ firstDay: day('2025-11-14'), lastDay: day('2026-02-26') });
    expect(dayRangeOf(index, new Uint32Array(0))).toBeNull();
  });

});
