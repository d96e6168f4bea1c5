import { memo } from 'react';
import { symbolPath } from '../../domain/core/categories';
import type { EventIndex } from '../../domain/core/event-index';
import type { Translator } from '../../domain/core/i18n/translator';
import type { EventRecord } from '../../domain/core/model';
import { useT } from '../../state/i18n';
import { eventLabel } from './describe-event';
import { markShape, px, type MarkContext, type MarkShape } from '../../domain/timeline/mark-geometry';

/** DOM id of an event's mark: what `aria-activedescendant` points at. */
export function markDomId(prefix: string, position: number): string {
  return `${prefix}-e${position}`;
}

/** The drawing of one mark or span, without interaction (also used by the highlights). */
export function ShapeDrawing({ shape, inflate = 0, className }: { shape: MarkShape; inflate?: number; className?: string }) {
  if (shape.kind === 'span') {
    return (
      <rect
        className={className}
        x={px(shape.x0 + 1 - inflate)}
        y={px(shape.y - shape.height / 2 - inflate)}
        width={px(Math.max(3, shape.x1 - shape.x0 - 2) + 2 * inflate)}
        height={px(shape.height + 2 * inflate)}
        rx={2}
        fill={shape.color}
      />
    );
  }
  return <path className={className} transform={`translate(${px(shape.x)} ${px(shape.y)})`} d={symbolPath(shape.shape, shape.r + inflate)} fill={shape.color} />;
}

interface MarksProps {
  index: EventIndex;
  slots: Uint32Array;
  context: MarkContext;
  selectedId: string | undefined;
  idPrefix: string;
}

/**
 * Every mark in view as a button-like element with a name; the drawing is one tab stop and
 * these are reached with arrow keys (aria-activedescendant), so none of them is tabbable.
 * Memoised: hover and keyboard focus are drawn by the highlight layer, not here; and each mark
 * on its own, so a selection redraws the two marks it changes, not every name in view.
 */
export const TimelineMarks = memo(function TimelineMarks({ index, slots, context, selectedId, idPrefix }: MarksProps) {
  const tr = useT();
  const items = [];
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i] as number;
    const position = context.layout.positions[k] as number;
    const event = index.events[position];
    if (event === undefined) continue;
    items.push(<TimelineMark key={position} event={event} slot={k} context={context} selected={event.id === selectedId} domId={markDomId(idPrefix, position)} tr={tr} />);
  }
  return <g className="timeline-marks">{items}</g>;
});

interface MarkProps {
  event: EventRecord;
  slot: number;
  context: MarkContext;
  selected: boolean;
  domId: string;
  tr: Translator;
}

const TimelineMark = memo(function TimelineMark({ event, slot, context, selected, domId, tr }: MarkProps) {
  return (
    <g id={domId} role="button" aria-label={eventLabel(event, tr)} aria-pressed={selected} data-event-id={event.id} className={selected ? 'timeline-mark is-selected' : 'timeline-mark'}>
      <ShapeDrawing shape={markShape(slot, context)} />
    </g>
  );
});
