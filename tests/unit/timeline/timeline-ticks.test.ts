import { afterEach, describe, expect, it } from 'vitest';
import { fromDayNumber, weekdayMondayFirst } from '../../../src/domain/core/calendar-date';
import { chooseTickUnit, timelineTicks } from '../../../src/domain/timeline/timeline-ticks';
import { day } from './timeline-fixtures';

describe('chooseTickUnit', () => {
  it('goes from days to weeks to months as the zoom widens', () => {
    expect(chooseTickUnit(60)).toEqual({ unit: 'day', step: 1 });
    expect(chooseTickUnit(10).unit).toBe('week');
    expect(chooseTickUnit(4)).toEqual({ unit: 'week', step: 2 });
    expect(chooseTickUnit(2.5)).toEqual({ unit: 'month', step: 1 });
    expect(chooseTickUnit(0.5).unit).toBe('month');
    expect(chooseTickUnit(0.5).step).toBeGreaterThan(1);
  });
});

describe('timelineTicks', () => {
  it('labels every day at its middle when zoomed in', () => {
    const start = day('2026-02-02');
    const { unit, ticks } = timelineTicks({ start, end: start + 7 }, 700);
    expect(unit).toBe('day');
    expect(ticks.map((t) => t.label)).toEqual(['2 Feb', '3 Feb', '4 Feb', '5 Feb', '6 Feb', '7 Feb', '8 Feb']);
    expect(ticks[0]?.at).toBe(start + 0.5);
  });

  it('puts week ticks on Mondays', () => {
    const { unit, ticks } = timelineTicks({ start: day('2026-01-01'), end: day('2026-03-01') }, 800);
    expect(unit).toBe('week');
    expect(ticks.length).toBeGreaterThan(5);
    for (const tick of ticks) expect(weekdayMondayFirst(tick.day)).toBe(0);
    expect(ticks[0]?.label).toBe('5 Jan');
  });

  it('puts month ticks on the first of each month', () => {
    const { unit, ticks } = timelineTicks({ start: day('2025-11-10'), end: day('2026-03-05') }, 300);
    expect(unit).toBe('month');
    expect(ticks.map((t) => fromDayNumber(t.day))).toEqual(['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01']);
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2025', 'Jan 2026', 'Feb 2026', 'Mar 2026']);
  });

  it('thins month ticks to quarters and years over long ranges', () => {
    const { unit, step, ticks } = timelineTicks({ start: day('2020-01-01'), end: day('2026-01-01') }, 600);
    expect(unit).toBe('month');
    expect(step).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(fromDayNumber(tick.day).endsWith('-01')).toBe(true);
  });

  it('keeps ticks at least a label apart', () => {
    for (const width of [320, 800, 1400]) {
      for (const days of [4, 30, 120, 800]) {
        const view = { start: day('2025-06-01'), end: day('2025-06-01') + days };
        const xs = timelineTicks(view, width).ticks.map((t) => ((t.at - view.start) / days) * width);
        for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(44);
      }
    }
  });
});

describe('time-zone safety', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same ticks in every time zone', () => {
    const views = [
      { start: day('2026-02-02'), end: day('2026-02-09') },
      { start: day('2026-01-01'), end: day('2026-03-01') },
      { start: day('2025-11-10'), end: day('2026-03-05') },
    ];
    const render = () => views.map((view) => timelineTicks(view, 400).ticks.map((t) => `${t.day}:${t.label}`).join(','));
    process.env.TZ = 'UTC';
    const reference = render();
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      expect(render()).toEqual(reference);
    }
  });
});
