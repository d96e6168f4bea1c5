import { describe, expect, it } from 'vitest';
import { createRng, tailCount, weightedSampler } from '../../../scripts/lib/synth/prng';

const draws = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(7, 20)).toEqual(draws(7, 20));
  });

  it('gives a different sequence for another seed', () => {
    expect(draws(7, 20)).not.toEqual(draws(8, 20));
  });

  it('stays in [0, 1) and spreads over the whole interval', () => {
    const values = draws(3, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('draws integers with both ends included', () => {
    const rng = createRng(5);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('refuses to pick from an empty array', () => {
    expect(() => createRng(1).pick([])).toThrow(/non-empty/);
  });
});

describe('weightedSampler', () => {
  it('draws in proportion to the weights and never draws a zero weight', () => {
    const rng = createRng(11);
    const sample = weightedSampler([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i++) {
      const drawn = sample(rng);
      counts[drawn] = (counts[drawn] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.6);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.4);
  });

  it('refuses weights that are all zero', () => {
    expect(() => weightedSampler([0, 0])).toThrow(/positive weight/);
  });
});

describe('tailCount', () => {
  it('is mostly small, sometimes large, never above the cap', () => {
    const rng = createRng(2);
    const values = Array.from({ length: 5000 }, () => tailCount(rng, 3, 50));
    expect(Math.max(...values)).toBeLessThanOrEqual(50);
    expect(values.filter((v) => v <= 5).length / values.length).toBeGreaterThan(0.75);
    expect(values.some((v) => v >= 15)).toBe(true);
  });
});
