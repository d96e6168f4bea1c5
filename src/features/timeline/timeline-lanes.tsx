import { categoryColor, categoryLabel, categoryStyle, symbolPath } from '../../domain/core/categories';
import type { TimelineGeometry } from '../../domain/timeline/timeline-geometry';
import { useT } from '../../state/i18n';

/**
 * Lane backgrounds and labels (symbol + name). Wide screens put labels in a gutter left of
 * the plot; phones write them small in a band above each lane.
 */
export function TimelineLanes({ geometry }: { geometry: TimelineGeometry }) {
  const tr = useT();
  return (
    <g className="timeline-lanes">
      {geometry.lanes.map((box, i) => {
        const style = categoryStyle(box.category);
        const labelX = geometry.compact ? 4 : -geometry.plotLeft + 8;
        const labelY = geometry.compact ? box.top + 11 : box.top + box.height / 2;
        return (
          <g key={box.category}>
            <rect className={i % 2 === 0 ? 'timeline-lane' : 'timeline-lane is-alt'} x={geometry.compact ? 0 : -geometry.plotLeft} y={box.top} width={geometry.plotWidth + (geometry.compact ? 0 : geometry.plotLeft)} height={box.height} />
            <g className="timeline-lane-label" transform={`translate(${labelX} ${labelY})`}>
              <path transform={`translate(6 ${geometry.compact ? -4 : 0})`} d={symbolPath(style.shape, geometry.compact ? 4.5 : 6)} fill={categoryColor(box.category)} />
              <text x={geometry.compact ? 14 : 18} y={geometry.compact ? 0 : 4}>
                {categoryLabel(box.category, tr)}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
}
