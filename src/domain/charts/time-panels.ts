/**
 * The bars of the aligned small multiples (launches, killed and injured, strikes), read from the
 * per-day prefix sums for the days around the timeline's visible window. Bars are per day when the
 * window is short enough, else per week or month, so a panel never draws more than MAX_PANEL_BARS.
 * The bars cover the whole extent when it fits, so zooming and panning inside it changes no data.
 */
import { fromDayNumber } from '../core/calendar-date';
import { binLabel, binStarts, binTitle, clipBands, type BinUnit, type DayBand } from './chart-series';
import { sumDays, talkDaysIn, type DailyFigures, type StrikeTotals } from './daily-figures';

/** Most bars a panel draws; more would be thinner than a pixel and slow Recharts down. */
export const MAX_PANEL_BARS = 400;
/** Most bars in the visible window: per day up to this many days, then per week, then per month. */
export const MAX_VISIBLE_BARS = 180;

export interface PanelBar extends StrikeTotals {
  /** `YYYY-MM-DD` of the bar's first day: stable key. */
  key: string;
  label: string;
  title: string;
  start: number;
  /** Last day, inclusive. */
  end: number;
  /** Middle of the bar on the day axis (day numbers; a day d spans d … d + 1). */
  mid: number;
  /** [0, max − min]: the whisker from the bar's top (the lowest figure) to the highest figure. */
  killedSpread: [number, number];
  injuredSpread: [number, number];
  launchedSpread: [number, number];
  talkDays: number;
}

export interface PanelSeries {
  unit: BinUnit;
  bars: PanelBar[];
  /** Talk bands clipped to the bars' days. */
  talkBands: DayBand[];
  /** First and last day the bars cover. */
  from: number;
  to: number;
}

/** Bar size for a visible window of `spanDays` days. */
export function panelUnit(spanDays: number): BinUnit {
  if (spanDays <= MAX_VISIBLE_BARS) return 'day';
  if (spanDays <= MAX_VISIBLE_BARS * 7) return 'week';
  return 'month';
}

/** Average length of a bar in days. */
export const BAR_DAYS: Readonly<Record<BinUnit, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** Which bars to draw: their size and the first and last day they cover. */
export interface PanelPlan {
  unit: BinUnit;
  from: number;
  to: number;
}

/**
 * The bar size for a visible window (fractional day numbers, end exclusive) and the days the
 * bars cover: the whole extent when it fits in MAX_PANEL_BARS bars, else a block around the
 * window aligned to a grid, so that a small pan keeps the same plan (and Recharts the same data).
 * @example panelPlan(daily, { start: 20400, end: 20500 }) // { unit: 'day', from: daily.firstDay, to: … }
 */
export function panelPlan(daily: DailyFigures, window: { start: number; end: number }): PanelPlan {
  const unit = panelUnit(window.end - window.start);
  const extentFrom = daily.firstDay;
  const extentTo = daily.firstDay + daily.days - 1;
  let from = extentFrom;
  let to = extentTo;
  const perBar = BAR_DAYS[unit];
  if ((to - from + 1) / perBar > MAX_PANEL_BARS - 2) {
    // Three blocks of whole bars, less a few for the partial weeks or months at the ends.
    const block = Math.floor(((MAX_PANEL_BARS - 6) * perBar) / 3);
    const first = Math.floor((window.start - extentFrom) / block) - 1;
    from = Math.max(extentFrom, extentFrom + first * block);
    to = Math.min(extentTo, from + 3 * block - 1);
  }
  return { unit, from, to };
}

/** The bars of a plan, read from the prefix sums. */
export function panelBars(daily: DailyFigures, plan: PanelPlan, locale = 'en'): PanelSeries {
  const { unit, from, to } = plan;
  if (daily.days === 0 || to < from) return { unit, bars: [], talkBands: [], from, to };
  const starts = binStarts(unit, { fromDay: from, toDay: to });
  const bars: PanelBar[] = starts.map((start, b) => {
    const end = b + 1 < starts.length ? (starts[b + 1] as number) - 1 : to;
    const sum = (field: Parameters<typeof sumDays>[1]) => sumDays(daily, field, start, end);
    const killedMin = sum('killedMin');
    const killedMax = sum('killedMax');
    const injuredMin = sum('injuredMin');
    const injuredMax = sum('injuredMax');
    const reports = sum('launchReports');
    const launchedMin = reports > 0 ? sum('launchedMin') : null;
    const launchedMax = reports > 0 ? sum('launchedMax') : null;
    return {
      key: binKey(start),
      label: binLabel(unit, start, locale),
      title: binTitle(unit, start, end, locale),
      start,
      end,
      mid: (start + end + 1) / 2,
      events: sum('events'),
      strikes: sum('strikes'),
      killedMin,
      killedMax,
      injuredMin,
      injuredMax,
      launchedMin,
      launchedMax,
      killedSpread: [0, killedMax - killedMin],
      injuredSpread: [0, injuredMax - injuredMin],
      launchedSpread: [0, (launchedMax ?? 0) - (launchedMin ?? 0)],
      talkDays: talkDaysIn(daily.talkBands, start, end),
    };
  });
  return { unit, bars, talkBands: clipBands(daily.talkBands, { fromDay: from, toDay: to }), from, to };
}


/** The bars for a visible window: `panelBars(daily, panelPlan(daily, window))`. */
export function panelSeries(daily: DailyFigures, window: { start: number; end: number }): PanelSeries {
  return panelBars(daily, panelPlan(daily, window));
}

function binKey(day: number): string {
  return fromDayNumber(day);
}

/** Index of the bar holding `day`, or -1. */
export function barIndexOfDay(series: PanelSeries, day: number): number {
  const { bars } = series;
  let lo = 0;
  let hi = bars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bar = bars[mid] as PanelBar;
    if (day < bar.start) hi = mid - 1;
    else if (day > bar.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
