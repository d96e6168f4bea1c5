/**
 * Sizes of the timeline drawing for a given width. Narrow screens (phones) drop the label
 * gutter and write each lane's label in a band above it, so the plot keeps the full width.
 */
import { laneBoxes, type LaneBox, type TimelineLayout } from './timeline-layout';

export const COMPACT_BELOW_PX = 560;
export const LANE_PADDING = 4;
const AXIS_HEIGHT = 26;

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

/** Geometry of the chart for a layout drawn `width` pixels wide. */
export function timelineGeometry(layout: TimelineLayout, width: number): TimelineGeometry {
  const compact = width < COMPACT_BELOW_PX;
  const plotLeft = compact ? 0 : 128;
  const lanes = laneBoxes(layout, {
    rowHeight: compact ? 14 : 18,
    minHeight: compact ? 26 : 40,
    maxHeight: compact ? 72 : 108,
    padding: LANE_PADDING,
    labelBand: compact ? 15 : 0,
  });
  const last = lanes[lanes.length - 1];
  const lanesHeight = last === undefined ? 0 : last.top + last.height;
  return { width, compact, plotLeft, plotWidth: Math.max(50, width - plotLeft - 8), lanes, lanesHeight, axisHeight: AXIS_HEIGHT, height: lanesHeight + AXIS_HEIGHT };
}
