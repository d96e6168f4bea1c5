import { describe, expect, it } from 'vitest';
import { dayTicks } from '../../../src/domain/charts/chart-ticks';
import { coveredDays, dailyFigures, sumDays, talkDaysIn } from '../../../src/domain/charts/daily-figures';
import { MAX_PANEL_BARS, panelBars, panelPlan, panelSeries } from '../../../src/domain/charts/time-panels';
import { fromDayNumber } from '../../../src/domain/core/calendar-date';
import { all, day, indexOf, type EventSpec } from './chart-fixtures';

const index = indexOf([
  { date: '2026-02-01', killed: [1, 2], injured: 3, drones: [40, 50] },
  { date: '2026-02-01', killed: 1 },
  { date: '2026-02-03', category: 'talks', endDate: '2026-02-04' },
  { date: '2026-02-10', missiles: 6, injured: [0, 2] },
]);
const daily = dailyFigures(index, all(index), all(index), { from: index.minDay, to: index.maxDay });

describe('dailyFigures and sumDays', () => {
  it('sums any run of days from the prefix sums, ranges kept', () => {
    expect(sumDays(daily, 'strikes', day('2026-02-01'), day('2026-02-10'))).toBe(3);
    expect(sumDays(daily, 'killedMin', day('2026-02-01'), day('2026-02-01'))).toBe(2);
    expect(sumDays(daily, 'killedMax', day('2026-02-01'), day('2026-02-01'))).toBe(3);
    expect(sumDays(daily, 'injuredMax', day('2026-02-02'), day('2026-02-10'))).toBe(2);
    expect(sumDays(daily, 'events', day('2026-02-02'), day('2026-02-09'))).toBe(1);
  });

  it('clips runs to the days covered and gives 0 outside them', () => {
    expect(sumDays(daily, 'strikes', day('2026-01-01'), day('2026-02-01'))).toBe(2);
    expect(sumDays(daily, 'strikes', day('2026-03-01'), day('2026-03-05'))).toBe(0);
    expect(coveredDays(daily, day('2026-01-30'), day('2026-02-02'))).toBe(2);
  });

  it('keeps talk days as merged bands', () => {
    expect(daily.talkBands).toEqual([{ start: day('2026-02-03'), end: day('2026-02-04') }]);
    expect(talkDaysIn(daily.talkBands, day('2026-02-04'), day('2026-02-20'))).toBe(1);
  });
});

describe('panelSeries', () => {
  it('draws one bar per day over the whole extent when it fits, with whiskers from lowest to highest', () => {
    const series = panelSeries(daily, { start: day('2026-02-01'), end: day('2026-02-05') });
    expect(series.unit).toBe('day');
    expect(series.bars).toHaveLength(10);
    const [first] = series.bars;
    expect(first).toMatchObject({ key: '2026-02-01', strikes: 2, killedMin: 2, killedMax: 3, killedSpread: [0, 1], launchedMin: 40, launchedMax: 50 });
    expect(series.bars[1]?.launchedMin).toBeNull();
    expect(series.bars[2]?.talkDays).toBe(1);
  });

  it('keeps the same plan while the window pans inside the extent, so the charts keep their data', () => {
    const a = panelPlan(daily, { start: day('2026-02-01'), end: day('2026-02-04') });
    const b = panelPlan(daily, { start: day('2026-02-05'), end: day('2026-02-08') });
    expect(a).toEqual(b);
  });

  it('never draws more than MAX_PANEL_BARS bars, even over years of days', () => {
    const specs: EventSpec[] = [];
    for (let d = 0; d < 4000; d += 3) specs.push({ date: fromDayNumber(day('2015-01-01') + d), killed: 1 });
    const big = indexOf(specs);
    const bigDaily = dailyFigures(big, all(big), all(big), { from: big.minDay, to: big.maxDay });
    for (const span of [30, 200, 1500, 4000]) {
      const start = day('2020-06-01');
      const series = panelSeries(bigDaily, { start, end: start + span });
      expect(series.bars.length).toBeLessThanOrEqual(MAX_PANEL_BARS);
      // The window is inside the bars drawn.
      expect(series.from).toBeLessThanOrEqual(Math.max(start, bigDaily.firstDay));
      expect(series.to).toBeGreaterThanOrEqual(Math.min(start + span - 1, bigDaily.firstDay + bigDaily.days - 1));
    }
    const plan = panelPlan(bigDaily, { start: day('2020-06-01'), end: day('2020-06-01') + 60 });
    expect(panelBars(bigDaily, plan).bars.every((bar) => bar.end === bar.start)).toBe(true);
    expect(panelPlan(bigDaily, { start: day('2020-06-01'), end: day('2020-12-01') }).unit).toBe('week');
  });
});

describe('dayTicks', () => {
  it('puts ticks on whole days inside the window', () => {
    const { ticks, monthly } = dayTicks(day('2026-02-01') - 0.5, day('2026-02-07'), 7);
    expect(monthly).toBe(false);
    expect(ticks.map(fromDayNumber)).toEqual(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05', '2026-02-06']);
  });

  it('puts weekly ticks on Mondays and long windows on the first of a month', () => {
    const weekly = dayTicks(day('2026-02-01'), day('2026-03-15'), 6);
    expect(weekly.ticks.map((t) => new Date(t * 86_400_000).getUTCDay())).toEqual(weekly.ticks.map(() => 1));
    const monthly = dayTicks(day('2025-11-14'), day('2026-08-01'), 6);
    expect(monthly.monthly).toBe(true);
    expect(monthly.ticks.map(fromDayNumber).every((text) => text.endsWith('-01'))).toBe(true);
  });
});
