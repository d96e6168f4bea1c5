/**
 * Axis ticks at round steps (1, 2, 2.5 or 5 times a power of ten), so that axes read 0, 50, 100
 * rather than 0, 35, 70.
 */

export interface AxisTicks {
  /** Top of the axis: the first tick at or above the data's maximum. */
  top: number;
  ticks: number[];
}

/**
 * Ticks from 0 up to at least `max`, at most `maxTicks` of them; whole steps only when `integer`.
 * @example niceTicks(137, 5) // { top: 150, ticks: [0, 50, 100, 150] }
 */
export function niceTicks(max: number, maxTicks = 5, integer = false): AxisTicks {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0, 1] };
  const raw = max / Math.max(1, maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  // 2.5 is a round step for measures but not for counts (a tick at 2.5 strikes reads oddly).
  const multiples = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = multiples.map((m) => m * power).find((candidate) => candidate >= raw * (1 - 1e-9)) ?? 10 * power;
  if (integer) step = Math.max(1, Math.round(step));
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1] ?? step, ticks };
}
