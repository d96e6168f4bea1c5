import { afterEach, describe, expect, it } from 'vitest';
import { clipBands, mergeBands } from '../../../src/domain/charts/chart-series';
import { dailyFigures, sumDays } from '../../../src/domain/charts/daily-figures';
import { panelBars } from '../../../src/domain/charts/time-panels';
import { weekdayMondayFirst } from '../../../src/domain/core/calendar-date';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { all, day, indexOf, record, type EventSpec } from './chart-fixtures';

/** Daily figures of some events over their own extent. */
function dailyOf(specs: readonly EventSpec[]) {
  const index = indexOf(specs);
  return dailyFigures(index, all(index), all(index), { from: index.minDay, to: index.maxDay });
}

describe('bars by week and month', () => {
  it('starts weeks on Monday, cutting the first week at the range start', () => {
    // 14 Nov 2025 is a Friday; 23 Nov a Sunday; 24 Nov a Monday.
    const daily = dailyOf([{ date: '2025-11-14' }, { date: '2025-11-23' }, { date: '2025-11-24' }, { date: '2026-03-31' }]);
    const { bars } = panelBars(daily, { unit: 'week', from: day('2025-11-14'), to: day('2026-03-31') });
    expect(bars[0]).toMatchObject({ key: '2025-11-14', start: day('2025-11-14'), end: day('2025-11-16'), strikes: 1 });
    expect(bars[1]).toMatchObject({ key: '2025-11-17', title: '17 Nov 2025 – 23 Nov 2025', strikes: 1 });
    expect(bars[2]).toMatchObject({ key: '2025-11-24', strikes: 1 });
    for (const bar of bars.slice(1)) expect(weekdayMondayFirst(bar.start)).toBe(0);
    expect(bars.at(-1)?.end).toBe(day('2026-03-31'));
  });

  it('bins per calendar month, naming cut months by their days', () => {
    const daily = dailyOf([{ date: '2020-01-15' }, { date: '2020-02-29' }, { date: '2023-06-10' }]);
    const { bars } = panelBars(daily, { unit: 'month', from: day('2020-01-15'), to: day('2023-06-10') });
    expect(bars).toHaveLength(42);
    expect(bars[0]).toMatchObject({ key: '2020-01-15', title: '15 Jan 2020 – 31 Jan 2020', strikes: 1 });
    expect(bars[1]).toMatchObject({ key: '2020-02-01', label: 'Feb 2020', title: 'February 2020', end: day('2020-02-29'), strikes: 1 });
    expect(bars.at(-1)).toMatchObject({ key: '2023-06-01', strikes: 1 });
  });

  it('gives a week bar the talk days that fall in it', () => {
    const daily = dailyOf([{ date: '2025-11-14' }, { date: '2025-11-20', endDate: '2025-11-25', category: 'talks' }, { date: '2026-03-31' }]);
    const { bars } = panelBars(daily, { unit: 'week', from: day('2025-11-14'), to: day('2026-03-31') });
    expect(bars[1]?.talkDays).toBe(4); // Thu 20 to Sun 23 Nov
    expect(bars[2]?.talkDays).toBe(2); // Mon 24 and Tue 25 Nov
  });

  it('leaves launches empty (not zero) where no strike gives a count', () => {
    const daily = dailyOf([{ date: '2026-01-01', drones: 10 }, { date: '2026-01-02', killed: 1 }]);
    const { bars } = panelBars(daily, { unit: 'day', from: day('2026-01-01'), to: day('2026-01-02') });
    expect(bars.map((bar) => bar.launchedMin)).toEqual([10, null]);
  });
});

describe('talk bands', () => {
  it('merges rounds that overlap or touch, and keeps gaps', () => {
    const bands = mergeBands([
      { start: 10, end: 11 },
      { start: 1, end: 2 },
      { start: 3, end: 3 },
      { start: 11, end: 12 },
      { start: 14, end: 14 },
    ]);
    expect(bands).toEqual([
      { start: 1, end: 3 },
      { start: 10, end: 12 },
      { start: 14, end: 14 },
    ]);
  });

  it('takes only talks events, date to end date inclusive', () => {
    const daily = dailyOf([
      { date: '2026-02-04', endDate: '2026-02-05', category: 'talks' },
      { date: '2026-02-04', endDate: '2026-02-09', category: 'humanitarian' },
      { date: '2026-02-06', category: 'talks' },
    ]);
    expect(daily.talkBands).toEqual([{ start: day('2026-02-04'), end: day('2026-02-06') }]);
  });

  it('clips bands to the range and drops those outside it', () => {
    expect(clipBands([{ start: 1, end: 5 }, { start: 8, end: 9 }, { start: 20, end: 22 }], { fromDay: 3, toDay: 10 })).toEqual([
      { start: 3, end: 5 },
      { start: 8, end: 9 },
    ]);
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('labels the same calendar days whatever the reader’s time zone', () => {
    const labels = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'].map((zone) => {
      process.env.TZ = zone;
      const daily = dailyOf([{ date: '2026-01-01' }, { date: '2026-03-29' }]);
      return panelBars(daily, { unit: 'day', from: day('2026-01-01'), to: day('2026-03-29') })
        .bars.map((bar) => `${bar.key} ${bar.label} ${bar.strikes}`)
        .join('|');
    });
    expect(labels[0]).toContain('2026-01-01 1 Jan 1');
    for (const label of labels) expect(label).toBe(labels[0]);
  });
});

describe('scale', () => {
  it('aggregates 150,000 events in one linear pass, then reads any range in constant time', { timeout: 30_000 }, () => {
    const events = [];
    for (let n = 0; n < 150_000; n++) {
      const d = new Date(Date.UTC(2025, 10, 14) + (n % 105) * 86_400_000).toISOString().slice(0, 10);
      events.push(record({ date: d, category: n % 5 === 0 ? 'talks' : 'strike', killed: [n % 3, n % 7], drones: 10 }, n));
    }
    events.sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id));
    const index = buildEventIndex({ meta: { schemaVersion: 1, title: 't', description: '', updated: '2026-01-01', attribution: '' }, actors: [], places: [], events });
    const positions = all(index);
    const extent = { from: index.minDay, to: index.maxDay };
    dailyFigures(index, positions, positions, extent); // warm up, and build the figure columns once
    // CPU time, not wall time: the machine is shared. The bound only catches work that grows with n².
    const started = process.cpuUsage();
    const daily = dailyFigures(index, positions, positions, extent);
    const bars = panelBars(daily, { unit: 'day', ...extent });
    const used = process.cpuUsage(started);
    expect(sumDays(daily, 'strikes', extent.from, extent.to)).toBe(120_000);
    expect(bars.bars.reduce((total, bar) => total + bar.strikes, 0)).toBe(120_000);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});
