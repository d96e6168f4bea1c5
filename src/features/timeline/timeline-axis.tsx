import { timelineTicks } from '../../domain/timeline/timeline-ticks';
import { dayToX, type TimeWindow } from '../../domain/timeline/timeline-scale';
import { px } from '../../domain/timeline/mark-geometry';
import type { TimelineGeometry } from '../../domain/timeline/timeline-geometry';
import { useLocale } from '../../state/i18n';

/** Calendar ticks under the lanes and figure strips, with faint grid lines through both. */
export function TimelineAxis({ view, geometry }: { view: TimeWindow; geometry: TimelineGeometry }) {
  const { unit, ticks } = timelineTicks(view, geometry.plotWidth, useLocale());
  const labelY = geometry.axisTop + 17;
  return (
    <g className="timeline-axis" aria-hidden="true">
      <line className="timeline-axis-line" x1={0} x2={geometry.plotWidth} y1={geometry.axisTop} y2={geometry.axisTop} />
      {ticks.map((tick) => {
        const x = dayToX(tick.at, view, geometry.plotWidth);
        const centred = unit === 'day';
        // A label that would run off the right edge is dropped rather than clipped mid-word.
        const showLabel = centred ? x > 18 && x < geometry.plotWidth - 18 : x < geometry.plotWidth - 40;
        return (
          <g key={tick.day} transform={`translate(${px(x)} 0)`}>
            <line className="timeline-grid" y1={0} y2={geometry.axisTop + 5} />
            {showLabel && (
              <text y={labelY} x={centred ? 0 : 3} textAnchor={centred ? 'middle' : 'start'}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
