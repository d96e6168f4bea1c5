/**
 * The figure strips drawn under the timeline's lanes, on its time axis: drones and missiles
 * launched, people killed and injured, and strikes, per day (or week, month when zoomed out).
 * Reading down from a talk round's bar lands on the same days' figures, pixel for pixel.
 *
 * Pure geometry: each strip is a few SVG path strings (one per series, one for the whiskers), so
 * hundreds of bars cost a handful of DOM nodes. Ranges stay ranges: a bar rises to the lowest
 * reported figure and a whisker goes on to the highest.
 */
import type { PanelBar, PanelSeries } from './time-panels';

export const FIGURE_STRIPS = ['launches', 'casualties', 'strikes'] as const;
export type FigureStripKind = (typeof FIGURE_STRIPS)[number];

/** A series of a strip: its lowest and highest figure for a bar (null: no figure reported). */
export type FigureSeriesKind = 'launched' | 'killed' | 'injured' | 'strikes';
const STRIP_SERIES: Readonly<Record<FigureStripKind, readonly FigureSeriesKind[]>> = {
  launches: ['launched'],
  casualties: ['killed', 'injured'],
  strikes: ['strikes'],
};

function seriesRange(bar: PanelBar, series: FigureSeriesKind): [number, number] | null {
  switch (series) {
    case 'launched':
      return bar.launchedMin === null ? null : [bar.launchedMin, bar.launchedMax ?? bar.launchedMin];
    case 'killed':
      return [bar.killedMin, bar.killedMax];
    case 'injured':
      return [bar.injuredMin, bar.injuredMax];
    case 'strikes':
      return [bar.strikes, bar.strikes];
  }
}

export interface FigureStripDrawing {
  kind: FigureStripKind;
  /** The highest figure of any bar in the strip (whiskers included): the top of its scale. */
  max: number;
  /** One path per series (bars to the lowest figure), in STRIP_SERIES order. */
  bars: { series: FigureSeriesKind; d: string }[];
  /** Whiskers from each bar's lowest to its highest figure, for every series. */
  whiskers: string;
}

/** Pixels: the strip's bar area (top and height) and the x of a day number on the plot. */
export interface StripFrame {
  top: number;
  height: number;
  dayToX(day: number): number;
  /** Plot width: bars wholly outside 0 … width are skipped. */
  width: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The paths of one strip for the bars of `series`, scaled so the highest figure fills the strip.
 * @example figureStrip(series, 'strikes', { top: 0, height: 30, dayToX: (d) => d - 20400, width: 400 }).bars[0].d // 'M…'
 */
export function figureStrip(series: PanelSeries, kind: FigureStripKind, frame: StripFrame): FigureStripDrawing {
  const kinds = STRIP_SERIES[kind];
  let max = 0;
  for (const bar of series.bars) {
    for (const one of kinds) {
      const range = seriesRange(bar, one);
      if (range !== null && range[1] > max) max = range[1];
    }
  }
  const bottom = frame.top + frame.height;
  const y = (value: number) => round(bottom - (max === 0 ? 0 : (value / max) * frame.height));
  const paths = kinds.map(() => [] as string[]);
  const whiskers: string[] = [];
  for (const bar of series.bars) {
    const x0 = frame.dayToX(bar.start);
    const x1 = frame.dayToX(bar.end + 1);
    if (x1 < 0 || x0 > frame.width) continue;
    // A little air between neighbouring bars when there is room for it; side by side series share the rest.
    const gap = Math.min(1, (x1 - x0) * 0.15);
    const slot = (x1 - x0 - 2 * gap) / kinds.length;
    kinds.forEach((one, j) => {
      const range = seriesRange(bar, one);
      if (range === null || range[1] <= 0) return;
      const left = round(x0 + gap + j * slot);
      const width = round(Math.max(0.6, slot));
      if (range[0] > 0) paths[j]?.push(`M${left} ${round(bottom)}V${y(range[0])}h${width}V${round(bottom)}Z`);
      if (range[1] > range[0]) {
        const middle = round(left + width / 2);
        whiskers.push(`M${middle} ${y(range[0])}V${y(range[1])}`);
      }
    });
  }
  return { kind, max, bars: kinds.map((one, j) => ({ series: one, d: (paths[j] ?? []).join('') })), whiskers: whiskers.join('') };
}
