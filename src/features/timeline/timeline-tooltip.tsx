import type { EventRecord } from '../../domain/core/model';
import { useT } from '../../state/i18n';
import { describeEvent } from './describe-event';

const TOOLTIP_WIDTH = 240;

/** Text-only card for the hovered or focused event, placed above (or below) its mark. */
export function TimelineTooltip({ event, x, y, chartWidth }: { event: EventRecord; x: number; y: number; chartWidth: number }) {
  const d = describeEvent(event, useT());
  const left = Math.max(0, Math.min(chartWidth - TOOLTIP_WIDTH, x - TOOLTIP_WIDTH / 2));
  const below = y < 90;
  return (
    <div className="timeline-tooltip" role="tooltip" style={{ left, top: below ? y + 16 : y - 14, transform: below ? undefined : 'translateY(-100%)', maxWidth: TOOLTIP_WIDTH }}>
      <strong>{d.title}</strong>
      <span>{d.date}</span>
      <span>{d.category}</span>
      <span>{d.casualties}</span>
    </div>
  );
}
