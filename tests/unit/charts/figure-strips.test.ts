import { describe, expect, it } from 'vitest';
import { dailyFigures } from '../../../src/domain/charts/daily-figures';
import { figureStrip } from '../../../src/domain/charts/figure-strips';
import { panelBars } from '../../../src/domain/charts/time-panels';
import { all, day, indexOf } from './chart-fixtures';

/** Three days: a strike with a launch range and casualties, a day without figures, a strike with no launch figure. */
const index = indexOf([
  { date: '2026-02-01', drones: [300, 400], killed: 2, injured: [4, 6] },
  { date: '2026-02-01', category: 'talks' },
  { date: '2026-02-03', killed: 1 },
]);
const daily = dailyFigures(index, all(index), all(index), { from: day('2026-02-01'), to: day('2026-02-03') });
const series = panelBars(daily, { unit: 'day', from: day('2026-02-01'), to: day('2026-02-03') });
// 100 px a day from 1 February; the bar area is 30 px high from y = 10.
const frame = { top: 10, height: 30, dayToX: (d: number) => (d - day('2026-02-01')) * 100, width: 300 };

/** [x, top y, width] of each bar in a path of `M x bottom V top h width V bottom Z` pieces. */
const barsOf = (d: string) => [...d.matchAll(/M([\d.]+) [\d.]+V([\d.]+)h([\d.]+)/g)].map((m) => m.slice(1).map(Number));

describe('figureStrip', () => {
  it('raises a launch bar to the lowest figure and draws a whisker on to the highest, scaled to the highest', () => {
    const strip = figureStrip(series, 'launches', frame);
    expect(strip.max).toBe(400);
    const bars = barsOf(strip.bars[0]?.d ?? '');
    expect(bars).toHaveLength(1); // 3 Feb has no launch figure: no bar, not a zero presented as a figure
    const [x, top] = bars[0] ?? [];
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(100);
    expect(top).toBeCloseTo(40 - (300 / 400) * 30, 1);
    expect(strip.whiskers).toMatch(new RegExp(`V${40 - 30}$`)); // the whisker reaches the top of the strip: 400
  });

  it('puts killed and injured side by side in one day, each with its own range', () => {
    const strip = figureStrip(series, 'casualties', frame);
    expect(strip.max).toBe(6);
    const killed = barsOf(strip.bars.find((b) => b.series === 'killed')?.d ?? '');
    const injured = barsOf(strip.bars.find((b) => b.series === 'injured')?.d ?? '');
    expect(killed).toHaveLength(2); // 1 and 3 February
    expect(injured).toHaveLength(1);
    expect((injured[0]?.[0] ?? 0) > (killed[0]?.[0] ?? 0)).toBe(true); // injured to the right of killed
    expect(strip.whiskers.split('M')).toHaveLength(2); // one range (injured 4–6); exact figures have no whisker
  });

  it('counts strikes per day and leaves days with none empty', () => {
    const strip = figureStrip(series, 'strikes', frame);
    expect(strip.max).toBe(1);
    expect(barsOf(strip.bars[0]?.d ?? '').map((bar) => bar[1])).toEqual([10, 10]);
    expect(strip.whiskers).toBe('');
  });

  it('skips bars outside the plot', () => {
    const panned = { ...frame, dayToX: (d: number) => (d - day('2026-02-03')) * 100 };
    expect(barsOf(figureStrip(series, 'strikes', panned).bars[0]?.d ?? '')).toHaveLength(1);
  });
});
