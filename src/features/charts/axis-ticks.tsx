import type { XAxisTickContentProps } from 'recharts';
import { wrapWords } from '../../domain/core/text-wrap';

/** Rough width of one character at the axis font size (12 px), to fit labels to their column. */
const CHAR_PX = 6.6;
const LINE_PX = 14;
/** Room one short date label ("26 Dec") needs, gap included. */
const DATE_LABEL_PX = 50;
/** Height an x axis needs for WrappedTick labels of up to three lines. */
export const WRAPPED_AXIS_HEIGHT = 12 + 3 * LINE_PX;

/** Width of one tick's column: the axis width shared by the ticks shown. */
function columnWidth({ width, visibleTicksCount }: Pick<XAxisTickContentProps, 'width' | 'visibleTicksCount'>): number {
  return (typeof width === 'number' ? width : 300) / Math.max(1, visibleTicksCount);
}

/**
 * An x-axis label that wraps onto more lines when its column is narrow (phones), so that
 * neighbouring category labels never run into each other.
 */
export function WrappedTick(props: XAxisTickContentProps) {
  const { x, y, payload } = props;
  const lines = wrapWords(String(payload.value), (columnWidth(props) - 6) / CHAR_PX);
  return (
    <text x={x} y={y} textAnchor="middle" fill="var(--muted)" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? LINE_PX - 2 : LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A date label that leaves out every second (third…) tick when the chart is too narrow for all
 * of them, without measuring any text: on a phone the labels would otherwise run together.
 */
export function SpacedTick(props: XAxisTickContentProps) {
  const { x, y, payload, index, tickFormatter } = props;
  const every = Math.max(1, Math.ceil(DATE_LABEL_PX / columnWidth(props)));
  if (index % every !== 0) return null;
  return (
    <text x={x} y={y} dy={LINE_PX - 2} textAnchor="middle" fill="var(--muted)" fontSize={12}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
