import { dayNumberFromParts, fromDayNumber, weekdayMondayFirst } from '../core/calendar-date';
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

/** Day steps for date ticks; from 28 days on, ticks fall on the first of a month (every 1, 2, 3, 6 or 12 months). */
const DAY_STEPS = [1, 2, 3, 7, 14] as const;
const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

/**
 * Date ticks (day numbers at the start of a day) for a visible window of fractional day numbers,
 * about `target` of them: every n days, every Monday (weeks) or the first of every n months.
 * @example dayTicks(day('2026-02-01'), day('2026-02-08'), 7) // 1 Feb … 7 Feb
 */
export function dayTicks(start: number, end: number, target = 6): { ticks: number[]; monthly: boolean } {
  const span = Math.max(1, end - start);
  const first = Math.ceil(start);
  const dayStep = DAY_STEPS.find((step) => span / step <= target);
  if (dayStep !== undefined) {
    // Weekly steps start on Mondays, so the ticks do not drift as the window pans.
    const origin = dayStep >= 7 ? first + ((7 - weekdayMondayFirst(first)) % 7) : first - (((first % dayStep) + dayStep) % dayStep);
    const ticks: number[] = [];
    for (let day = origin; day < end; day += dayStep) if (day >= start) ticks.push(day);
    return { ticks, monthly: false };
  }
  const monthStep = MONTH_STEPS.find((step) => span / (step * 30.44) <= target) ?? Math.ceil(span / (365.25 * target)) * 12;
  const ticks: number[] = [];
  const text = fromDayNumber(Math.floor(start));
  let year = Number(text.slice(0, 4));
  let month = Math.ceil((Number(text.slice(5, 7)) - 1) / monthStep) * monthStep;
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const day = dayNumberFromParts(year, month + 1, 1) ?? end;
    if (day >= end) break;
    if (day >= start) ticks.push(day);
    month += monthStep;
  }
  return { ticks, monthly: true };
}
