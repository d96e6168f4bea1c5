/**
 * A small seeded random number generator (mulberry32) and the draws the synthetic data
 * generator needs. Same seed, same sequence, on every machine: no Math.random anywhere.
 */

/** A seeded source of numbers in [0, 1) plus the usual draws built on it. */
export interface Rng {
  /** Next number in [0, 1). */
  next(): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32: 32 bits of state, period 2^32, good enough for test data and fast.
 * @example createRng(1).next() === createRng(1).next()
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * Draws indexes in proportion to fixed weights in O(log n) per draw (cumulative sums + binary search).
 * @example weightedSampler([1, 3]) draws 1 about three times as often as 0.
 */
export function weightedSampler(weights: readonly number[]): (rng: Rng) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += Math.max(0, weight);
    cumulative[i] = total;
  });
  if (total <= 0) throw new Error('weightedSampler needs at least one positive weight');
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A count with a long tail (most draws small, a few large): geometric-like, capped at `max`. */
export function tailCount(rng: Rng, mean: number, max: number): number {
  // Inverse transform of an exponential, floored: cheap and heavy enough in the tail for casualty figures.
  const value = Math.floor(-Math.log(1 - rng.next()) * mean);
  return Math.min(value, max);
}
