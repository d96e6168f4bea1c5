/**
 * Sizes of the timeline drawing for a given width. Narrow screens (phones) drop the label
 * gutter and write each lane's label in a band above it, so the plot keeps the full width.
 */
import { laneBoxes, type LaneBox, type TimelineLayout } from './timeline-layout';

export const COMPACT_BELOW_PX = 560;
export const LANE_PADDING = 4;
const AXIS_HEIGHT = 26;
/** A lane fitted into a short panel keeps at least this height, so its marks stay apart and clickable. */
export const MIN_FITTED_LANE = 16;
/** A lane fitted into a tall panel grows to at most this many times its natural height. */
const MAX_FITTED_GROWTH = 2;

/** One strip of per-day figures under the category lanes (launches, casualties, strikes). */
export interface FigureBox {
  top: number;
  height: number;
  /** Where the bars' area begins: below the label band on phones. */
  bodyTop: number;
}

/** Natural height of a figure strip's bar area, and its bounds when fitted into a panel. */
const FIGURE_STRIP = { natural: 30, min: 24, max: 44, compactLabel: 14 };
/** Share of a fitted panel's height the figure strips take before their bounds apply. */
const FIGURE_SHARE = 0.4;
/** Space between the last category lane and the first figure strip. */
const FIGURE_GAP = 6;

export interface TimelineGeometry {
  width: number;
  compact: boolean;
  /** Left edge of the plot (the label gutter's width). */
  plotLeft: number;
  plotWidth: number;
  lanes: LaneBox[];
  lanesHeight: number;
  /** Figure strips under the lanes, on the same time axis (empty when none are drawn). */
  figures: FigureBox[];
  /** Top of the axis: the bottom of the lanes, or of the figure strips when there are any. */
  axisTop: number;
  axisHeight: number;
  height: number;
}

/**
 * Geometry of the chart for a layout drawn `width` pixels wide. Without `fitHeight` each lane
 * takes its natural height (from its rows). With it (a dashboard panel of a fixed height), the
 * lanes share `fitHeight` minus the axis in proportion to their natural heights, each at least
 * MIN_FITTED_LANE and at most twice its natural height, so a panel made shorter or taller by the
 * reader redraws the lanes instead of cutting them off or leaving them small.
 * @example timelineGeometry(layout, 900, 160).height // 160 when the lanes can shrink that far
 */
export function timelineGeometry(layout: TimelineLayout, width: number, fitHeight?: number, figureCount = 0): TimelineGeometry {
  const compact = width < COMPACT_BELOW_PX;
  const plotLeft = compact ? 0 : 128;
  const natural = laneBoxes(layout, {
    rowHeight: compact ? 14 : 18,
    minHeight: compact ? 26 : 40,
    maxHeight: compact ? 72 : 108,
    padding: LANE_PADDING,
    labelBand: compact ? 15 : 0,
  });
  const figureLabel = compact ? FIGURE_STRIP.compactLabel : 0;
  // The figure strips take a share of a fitted panel within their bounds; the lanes share the rest.
  const figureBody =
    fitHeight === undefined
      ? FIGURE_STRIP.natural
      : Math.round(Math.min(FIGURE_STRIP.max, Math.max(FIGURE_STRIP.min, ((fitHeight - AXIS_HEIGHT) * FIGURE_SHARE) / Math.max(1, figureCount) - figureLabel)));
  const figuresHeight = figureCount === 0 ? 0 : FIGURE_GAP + figureCount * (figureBody + figureLabel);
  const lanes = fitHeight === undefined ? natural : fitLanes(natural, fitHeight - AXIS_HEIGHT - figuresHeight);
  const last = lanes[lanes.length - 1];
  const lanesHeight = last === undefined ? 0 : last.top + last.height;
  const figures = Array.from({ length: figureCount }, (_, i): FigureBox => {
    const top = lanesHeight + FIGURE_GAP + i * (figureBody + figureLabel);
    return { top, height: figureBody + figureLabel, bodyTop: top + figureLabel };
  });
  const axisTop = lanesHeight + figuresHeight;
  return { width, compact, plotLeft, plotWidth: Math.max(50, width - plotLeft - 8), lanes, lanesHeight, figures, axisTop, axisHeight: AXIS_HEIGHT, height: axisTop + AXIS_HEIGHT };
}

/**
 * Scales lane boxes (keeping their label bands and rows) so they fill `available` pixels where the
 * bounds allow: lanes that would fall under the floor take the floor, and the others share what is left.
 */
function fitLanes(natural: LaneBox[], available: number): LaneBox[] {
  const bodies = natural.map((box) => box.height - (box.bodyTop - box.top));
  const bands = natural.reduce((sum, box) => sum + (box.bodyTop - box.top), 0);
  const floored = new Set<number>();
  let scale = MAX_FITTED_GROWTH;
  // Each pass floors the lanes the current scale puts under the floor; at most one pass per lane.
  for (let pass = 0; pass <= natural.length; pass++) {
    const free = bodies.reduce((sum, body, i) => (floored.has(i) ? sum : sum + body), 0);
    if (free <= 0) break;
    scale = Math.min(MAX_FITTED_GROWTH, (available - bands - floored.size * MIN_FITTED_LANE) / free);
    const under = bodies.findIndex((body, i) => !floored.has(i) && body * scale < MIN_FITTED_LANE);
    if (under < 0) break;
    bodies.forEach((body, i) => {
      if (body * scale < MIN_FITTED_LANE) floored.add(i);
    });
  }
  let top = 0;
  return natural.map((box, i) => {
    const labelBand = box.bodyTop - box.top;
    const body = floored.has(i) ? MIN_FITTED_LANE : Math.max(MIN_FITTED_LANE, Math.floor((bodies[i] ?? 0) * scale));
    const fitted = { ...box, top, height: body + labelBand, bodyTop: top + labelBand, rowStep: (body - 2 * LANE_PADDING) / box.rows };
    top += body + labelBand;
    return fitted;
  });
}

/** The least height a fitted drawing takes: every lane at MIN_FITTED_LANE, the figure strips, plus the axis. */
export function minFittedHeight(geometry: TimelineGeometry): number {
  const lanes = geometry.lanes.reduce((sum, box) => sum + MIN_FITTED_LANE + (box.bodyTop - box.top), 0);
  return lanes + (geometry.axisTop - geometry.lanesHeight) + geometry.axisHeight;
}
