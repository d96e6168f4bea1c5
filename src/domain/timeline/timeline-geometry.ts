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

export interface TimelineGeometry {
  width: number;
  compact: boolean;
  /** Left edge of the plot (the label gutter's width). */
  plotLeft: number;
  plotWidth: number;
  lanes: LaneBox[];
  lanesHeight: number;
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
export function timelineGeometry(layout: TimelineLayout, width: number, fitHeight?: number): TimelineGeometry {
  const compact = width < COMPACT_BELOW_PX;
  const plotLeft = compact ? 0 : 128;
  const natural = laneBoxes(layout, {
    rowHeight: compact ? 14 : 18,
    minHeight: compact ? 26 : 40,
    maxHeight: compact ? 72 : 108,
    padding: LANE_PADDING,
    labelBand: compact ? 15 : 0,
  });
  const lanes = fitHeight === undefined ? natural : fitLanes(natural, fitHeight - AXIS_HEIGHT);
  const last = lanes[lanes.length - 1];
  const lanesHeight = last === undefined ? 0 : last.top + last.height;
  return { width, compact, plotLeft, plotWidth: Math.max(50, width - plotLeft - 8), lanes, lanesHeight, axisHeight: AXIS_HEIGHT, height: lanesHeight + AXIS_HEIGHT };
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

/** The least height a fitted drawing takes: every lane at MIN_FITTED_LANE, plus the axis. */
export function minFittedHeight(geometry: TimelineGeometry): number {
  return geometry.lanes.reduce((sum, box) => sum + MIN_FITTED_LANE + (box.bodyTop - box.top), 0) + geometry.axisHeight;
}
