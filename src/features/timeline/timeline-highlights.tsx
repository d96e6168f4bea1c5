import { markShape, px, type MarkContext } from '../../domain/timeline/mark-geometry';
import { ShapeDrawing } from './timeline-marks';

interface HighlightsProps {
  context: MarkContext;
  /** Bottom of the lanes and figure strips: the selected event's guide line runs down to it. */
  plotBottom: number;
  /** Layout slots (or -1) of the selected, hovered and keyboard-focused events. */
  selectedSlot: number;
  hoveredSlot: number;
  focusedSlot: number;
}

/**
 * Decorations drawn over the marks: the selected event gets a thick outline, a halo and a
 * dashed guide line down the lanes and figure strips (so it stands out by shape, not only colour); the hovered
 * one a bold outline; the keyboard-focused one a dashed focus ring.
 */
export function TimelineHighlights({ context, plotBottom, selectedSlot, hoveredSlot, focusedSlot }: HighlightsProps) {
  const selected = selectedSlot >= 0 ? markShape(selectedSlot, context) : null;
  const hovered = hoveredSlot >= 0 && hoveredSlot !== selectedSlot ? markShape(hoveredSlot, context) : null;
  const focused = focusedSlot >= 0 ? markShape(focusedSlot, context) : null;
  return (
    <g className="timeline-highlights" aria-hidden="true">
      {selected && (
        <g className="timeline-selected">
          <line className="timeline-guide" x1={px(selected.centerX)} x2={px(selected.centerX)} y1={0} y2={plotBottom} />
          <ShapeDrawing shape={selected} inflate={5} className="timeline-halo" />
          <ShapeDrawing shape={selected} className="timeline-selected-shape" />
        </g>
      )}
      {hovered && <ShapeDrawing shape={hovered} inflate={1} className="timeline-hovered-shape" />}
      {focused && <ShapeDrawing shape={focused} inflate={8} className="timeline-focus-ring" />}
    </g>
  );
}
