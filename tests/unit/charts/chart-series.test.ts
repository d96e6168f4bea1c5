import { afterEach, describe, expect, it } from 'vitest';
import {
  binEvents,
  binIndexOfDay,
  binIndexOfEvent,
  chartRange,
  chooseBinUnit,
  clipBands,
  mergeBands,
  talkBands,
  type DayRange,
} from '../../../src/domain/charts/chart-series';
import { weekdayMondayFirst } from '../../../src/domain/core/calendar-date';
import { all, day, indexOf, record } from './chart-fixtures';
import { buildEventIndex } from '../../../src/domain/core/event-index';

const range = (from: string, to: string): DayRange => ({ from: day(from), to: day(to) });

describe('chartRange', () => {
  const index = indexOf([
    { date: '2026-01-10' },
    { date: '2026-01-20', endDate: '2026-01-25', category: 'talks' },
    { date: '2026-02-10' },
  ]);

  it('spans the first start day to the last end day of the events when no dates are set', () => {
    const positions = Uint32Array.from([0, 1]);
    expect(chartRange(index, [positions], undefined, undefined)).toEqual(range('2026-01-10', '2026-01-25'));
  });

  it('takes the date filter bounds when they are set', () => {
    expect(chartRange(index, [all(index)], '2026-01-15', '2026-01-31')).toEqual(range('2026-01-15', '2026-01-31'));
  });

  it('never reaches past the days the dataset covers', () => {
    expect(chartRange(index, [all(index)], '2025-01-01', '2027-01-01')).toEqual(range('2026-01-10', '2026-02-10'));
  });

  it('fills an open end from the events', () => {
    expect(chartRange(index, [all(index)], '2026-01-15', undefined)).toEqual(range('2026-01-15', '2026-02-10'));
  });

  it('is null when there is nothing to chart', () => {
    expect(chartRange(index, [new Uint32Array(0)], undefined, undefined)).toBeNull();
    expect(chartRange(indexOf([]), [new Uint32Array(0)], '2026-01-01', undefined)).toBeNull();
  });
});

describe('chooseBinUnit', () => {
  it('draws one bar a day up to 120 days, then one a week', () => {
    expect(chooseBinUnit({ from: 0, to: 119 })).toBe('day');
    expect(chooseBinUnit({ from: 0, to: 120 })).toBe('week');
  });

  it('switches to months for ranges of years, and to years past 400 months', () => {
    expect(chooseBinUnit(range('2020-01-01', '2022-05-31'))).toBe('week');
    expect(chooseBinUnit(range('2020-01-01', '2023-06-30'))).toBe('month');
    expect(chooseBinUnit(range('1990-01-01', '2023-04-30'))).toBe('month');
    expect(chooseBinUnit(range('1990-01-01', '2023-05-01'))).toBe('year');
  });

  it('never gives more than about 400 bins', () => {
    for (const days of [1, 50, 120, 121, 400, 910, 1000, 3000, 12_000, 40_000]) {
      const index = indexOf([{ date: '1950-01-01' }]);
      const series = binEvents(index, all(index), { from: day('1950-01-01'), to: day('1950-01-01') + days - 1 }, []);
      expect(series.bins.length).toBeLessThanOrEqual(400);
      expect(series.bins.at(-1)?.end).toBe(day('1950-01-01') + days - 1);
    }
  });
});

describe('binEvents by day', () => {
  const index = indexOf([
    { date: '2026-01-23', endDate: '2026-01-24', category: 'talks' },
    { date: '2026-01-24', killed: 1, injured: [4, 6], drones: 375, missiles: 21 },
    { date: '2026-02-04', killed: 7, injured: 15 },
    { date: '2026-02-04', category: 'statement', killed: 99 },
    { date: '2026-02-17', killed: 3, drones: 400 },
    { date: '2026-02-17' },
  ]);
  const series = binEvents(index, all(index), range('2026-01-23', '2026-02-17'), talkBands(index, all(index)));

  it('makes one bin per calendar day, labelled as calendar dates', () => {
    expect(series.unit).toBe('day');
    expect(series.bins).toHaveLength(26);
    expect(series.bins[0]).toMatchObject({ key: '2026-01-23', label: '23 Jan', title: '23 Jan 2026' });
    expect(series.bins.at(-1)).toMatchObject({ key: '2026-02-17', label: '17 Feb' });
  });

  it('counts strikes only, and keeps the lower and upper bounds of casualties', () => {
    const jan24 = series.bins[1];
    expect(jan24).toMatchObject({ strikes: 1, killedMin: 1, killedMax: 1, injuredMin: 4, injuredMax: 6, launched: 396 });
    const feb4 = series.bins.find((bin) => bin.key === '2026-02-04');
    expect(feb4).toMatchObject({ strikes: 1, killedMin: 7, killedMax: 7, launched: null });
    expect(series.totals).toMatchObject({ strikes: 4, killedMin: 11, killedMax: 11, injuredMin: 19, injuredMax: 21, launched: 796 });
  });

  it('leaves launches empty (not zero) where no strike gives a count', () => {
    expect(series.bins.find((bin) => bin.key === '2026-02-05')?.launched).toBeNull();
  });

  it('counts talk days inclusively of the end date', () => {
    expect(series.bins[0]?.talkDays).toBe(1);
    expect(series.bins[1]?.talkDays).toBe(1);
    expect(series.bins[2]?.talkDays).toBe(0);
    expect(series.totals.talkDays).toBe(2);
    expect(series.talkBands).toEqual([range('2026-01-23', '2026-01-24')].map(({ from, to }) => ({ start: from, end: to })));
  });

  it('names the busiest day (the earliest on a tie)', () => {
    expect(series.totals.busiestDay).toEqual({ day: day('2026-02-17'), strikes: 2 });
    const tie = indexOf([{ date: '2026-01-02' }, { date: '2026-01-01' }]);
    expect(binEvents(tie, all(tie), range('2026-01-01', '2026-01-02'), []).totals.busiestDay?.day).toBe(day('2026-01-01'));
  });

  it('remembers the first event of each bin, for hover sync', () => {
    const feb4 = series.bins.find((bin) => bin.key === '2026-02-04');
    expect(index.events[feb4?.firstEvent ?? -1]?.date).toBe('2026-02-04');
    expect(series.bins[2]?.firstEvent).toBe(-1);
  });

  it('finds the bin of a day', () => {
    expect(binIndexOfDay(series, day('2026-02-04'))).toBe(12);
    expect(binIndexOfDay(series, day('2026-03-01'))).toBe(-1);
  });

  it('skips events outside the range and counts a span that began earlier on the first day', () => {
    const cut = binEvents(index, all(index), range('2026-01-24', '2026-02-04'), talkBands(index, all(index)));
    expect(cut.totals.strikes).toBe(2);
    expect(cut.totals.talkDays).toBe(1);
    expect(index.events[cut.bins[0]?.firstEvent ?? -1]?.category).toBe('talks');
  });

  it('counts only the given positions', () => {
    const onlyFirstStrike = Uint32Array.from([1]);
    expect(binEvents(index, onlyFirstStrike, series.range, []).totals.strikes).toBe(1);
  });
});

describe('binEvents by week and month', () => {
  it('starts weeks on Monday, cutting the first week at the range start', () => {
    // 14 Nov 2025 is a Friday; 23 Nov a Sunday; 24 Nov a Monday.
    const index = indexOf([{ date: '2025-11-14' }, { date: '2025-11-23' }, { date: '2025-11-24' }, { date: '2026-03-31' }]);
    const series = binEvents(index, all(index), range('2025-11-14', '2026-03-31'), []);
    expect(series.unit).toBe('week');
    expect(series.bins[0]).toMatchObject({ key: '2025-11-14', start: day('2025-11-14'), end: day('2025-11-16'), strikes: 1 });
    expect(series.bins[1]).toMatchObject({ key: '2025-11-17', title: '17 Nov 2025 – 23 Nov 2025', strikes: 1 });
    expect(series.bins[2]).toMatchObject({ key: '2025-11-24', strikes: 1 });
    for (const bin of series.bins.slice(1)) expect(weekdayMondayFirst(bin.start)).toBe(0);
    expect(series.bins.at(-1)?.end).toBe(day('2026-03-31'));
  });

  it('bins per calendar month for long ranges, naming cut months by their days', () => {
    const index = indexOf([{ date: '2020-01-15' }, { date: '2020-02-29' }, { date: '2023-06-10' }]);
    const series = binEvents(index, all(index), range('2020-01-15', '2023-06-10'), []);
    expect(series.unit).toBe('month');
    expect(series.bins).toHaveLength(42);
    expect(series.bins[0]).toMatchObject({ key: '2020-01-15', title: '15 Jan 2020 – 31 Jan 2020', strikes: 1 });
    expect(series.bins[1]).toMatchObject({ key: '2020-02-01', label: 'Feb 2020', title: 'February 2020', end: day('2020-02-29'), strikes: 1 });
    expect(series.bins.at(-1)).toMatchObject({ key: '2023-06-01', strikes: 1 });
  });

  it('gives a week bin the talk days that fall in it', () => {
    const index = indexOf([
      { date: '2025-11-14' },
      { date: '2025-11-20', endDate: '2025-11-25', category: 'talks' },
      { date: '2026-03-31' },
    ]);
    const series = binEvents(index, all(index), range('2025-11-14', '2026-03-31'), talkBands(index, all(index)));
    expect(series.bins[1]?.talkDays).toBe(4); // Thu 20 to Sun 23 Nov
    expect(series.bins[2]?.talkDays).toBe(2); // Mon 24 and Tue 25 Nov
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
    const index = indexOf([
      { date: '2026-02-04', endDate: '2026-02-05', category: 'talks' },
      { date: '2026-02-04', endDate: '2026-02-09', category: 'humanitarian' },
      { date: '2026-02-06', category: 'talks' },
    ]);
    expect(talkBands(index, all(index))).toEqual([{ start: day('2026-02-04'), end: day('2026-02-06') }]);
  });

  it('clips bands to the range and drops those outside it', () => {
    expect(clipBands([{ start: 1, end: 5 }, { start: 8, end: 9 }, { start: 20, end: 22 }], { from: 3, to: 10 })).toEqual([
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
    const index = indexOf([{ date: '2026-01-01' }, { date: '2026-03-29' }]);
    const labels = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'].map((zone) => {
      process.env.TZ = zone;
      const series = binEvents(index, all(index), range('2026-01-01', '2026-03-29'), []);
      return series.bins.map((bin) => `${bin.key} ${bin.label} ${bin.strikes}`).join('|');
    });
    expect(labels[0]).toContain('2026-01-01 1 Jan 1');
    for (const label of labels) expect(label).toBe(labels[0]);
  });
});

describe('scale', () => {
  it('bins 150,000 events in one linear pass (a guard against quadratic work, not a benchmark)', () => {
    const events = [];
    for (let n = 0; n < 150_000; n++) {
      const d = new Date(Date.UTC(2025, 10, 14) + (n % 105) * 86_400_000).toISOString().slice(0, 10);
      events.push(record({ date: d, category: n % 5 === 0 ? 'talks' : 'strike', killed: [n % 3, n % 7], drones: 10 }, n));
    }
    events.sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id));
    const index = buildEventIndex({ meta: { schemaVersion: 1, title: 't', description: '', updated: '2026-01-01', attribution: '' }, actors: [], places: [], events });
    const positions = all(index);
    const r = range('2025-11-14', '2026-02-26');
    binEvents(index, positions, r, talkBands(index, positions)); // warm up, and build the figure columns once
    // CPU time, not wall time: the machine is shared. About 7 ms here; the real figures come
    // from `npm run bench` in the browser. The bound only catches work that grows with n².
    const started = process.cpuUsage();
    const series = binEvents(index, positions, r, talkBands(index, positions));
    const used = process.cpuUsage(started);
    expect(series.totals.strikes).toBe(120_000);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});

describe('binIndexOfEvent', () => {
  it('finds the bin an event is counted in, clipping a span that began before the range', () => {
    const index = indexOf([
      { date: '2026-01-01', endDate: '2026-01-05', category: 'talks' },
      { date: '2026-01-04' },
      { date: '2025-12-01' },
    ]);
    const series = binEvents(index, all(index), range('2026-01-03', '2026-01-10'), []);
    const position = (date: string) => index.events.findIndex((event) => event.date === date);
    expect(binIndexOfEvent(series, index, position('2026-01-01'))).toBe(0);
    expect(binIndexOfEvent(series, index, position('2026-01-04'))).toBe(1);
    expect(binIndexOfEvent(series, index, position('2025-12-01'))).toBe(-1);
    expect(binIndexOfEvent(series, index, 99)).toBe(-1);
  });
});
