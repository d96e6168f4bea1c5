/**
 * Where one laid-out event is drawn, in plot coordinates. Shared by the marks, the highlights
 * and the tooltip so that they always agree.
 */
import { categoryColor, categoryStyle, type CategoryShape } from '../core/categories';
import { markRadius, rowY, type TimelineLayout } from './timeline-layout';
import { dayToX, type TimeWindow } from './timeline-scale';
import { LANE_PADDING, type TimelineGeometry } from './timeline-geometry';

export type MarkShape =
  | { kind: 'span'; x0: number; x1: number; y: number; height: number; color: string; centerX: number }
  | { kind: 'mark'; x: number; y: number; r: number; shape: CategoryShape; color: string; centerX: number };

export interface MarkContext {
  layout: TimelineLayout;
  view: TimeWindow;
  geometry: TimelineGeometry;
  maxCasualties: number;
}

/** Shape and position of the event in layout slot `k`. */
export function markShape(k: number, context: MarkContext): MarkShape {
  const { layout, view, geometry } = context;
  const box = geometry.lanes[layout.lane[k] as number];
  const category = box?.category ?? '';
  const y = box === undefined ? 0 : rowY(box, layout.row[k] as number, LANE_PADDING);
  const color = categoryColor(category);
  const start = layout.start[k] as number;
  const end = layout.end[k] as number;
  if (layout.span[k] === 1) {
    // Clip far-off ends so huge coordinates never reach the SVG when zoomed in on a long span.
    const x0 = Math.max(-20, dayToX(start, view, geometry.plotWidth));
    const x1 = Math.min(geometry.plotWidth + 20, dayToX(end, view, geometry.plotWidth));
    const height = Math.max(6, Math.min(14, (box?.rowStep ?? 14) * 0.8));
    return { kind: 'span', x0, x1, y, height, color, centerX: (x0 + x1) / 2 };
  }
  const x = dayToX(start + 0.5, view, geometry.plotWidth);
  // In a lane fitted into a short panel, the largest marks shrink to stay inside their row.
  const r = Math.min(markRadius(layout.casualties[k] as number, context.maxCasualties), Math.max(3, (box?.rowStep ?? 20) * 0.75));
  return { kind: 'mark', x, y, r, shape: categoryStyle(category).shape, color, centerX: x };
}

/** A short number for SVG attributes: keeps the DOM small with thousands of marks. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
