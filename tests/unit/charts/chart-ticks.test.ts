import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../src/domain/charts/chart-ticks';

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, reaching the maximum', () => {
    expect(niceTicks(137)).toEqual({ top: 150, ticks: [0, 50, 100, 150] });
    expect(niceTicks(0.28)).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceTicks(3.2)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceTicks(800)).toEqual({ top: 800, ticks: [0, 200, 400, 600, 800] });
    expect(niceTicks(9)).toEqual({ top: 10, ticks: [0, 2.5, 5, 7.5, 10] });
  });

  it('keeps counts whole', () => {
    expect(niceTicks(3, 5, true)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceTicks(9, 5, true)).toEqual({ top: 10, ticks: [0, 5, 10] });
    expect(niceTicks(0.4, 5, true)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('gives a unit axis for an empty series', () => {
    expect(niceTicks(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceTicks(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('never gives more than the asked number of ticks', () => {
    for (let max = 0.013; max < 1e7; max *= 1.37) {
      const { ticks, top } = niceTicks(max, 5);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(top).toBeGreaterThanOrEqual(max);
    }
  });
});
