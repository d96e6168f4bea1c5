import { memo } from 'react';
import { categoryColor } from '../../domain/core/categories';
import { formatDateRange } from '../../domain/core/calendar-date';
import { bucketDays, type DensityStrips } from '../../domain/timeline/timeline-density';
import type { TimeWindow } from '../../domain/timeline/timeline-scale';
import { px } from '../../domain/timeline/mark-geometry';
import { LANE_PADDING, type ChartGeometry } from '../../domain/timeline/timeline-geometry';

interface DensityProps {
  strips: DensityStrips;
  geometry: ChartGeometry;
  view: TimeWindow;
}

/**
 * Each lane as a strip of bars, one per pixel bucket, as tall as the square root of its count
 * (one scale for every lane). Used when too many events are in view to draw one by one.
 */
export const TimelineDensityLayer = memo(function TimelineDensityLayer({ strips, geometry, view }: DensityProps) {
  const bars = [];
  for (const [lane, counts] of strips.counts.entries()) {
    const box = geometry.lanes[lane];
    if (box === undefined) continue;
    const bottom = box.top + box.height - LANE_PADDING;
    const room = bottom - box.bodyTop - LANE_PADDING;
    for (let b = 0; b < counts.length; b++) {
      const count = counts[b] as number;
      if (count === 0) continue;
      const height = Math.max(2, room * Math.sqrt(count / strips.max));
      const { firstDay, lastDay } = bucketDays(b, strips, view, geometry.plotWidth);
      bars.push(
        <rect key={`${lane}-${b}`} x={b * strips.bucketPx} y={px(bottom - height)} width={strips.bucketPx} height={px(height)} fill={categoryColor(box.category)}>
          <title>{`${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}, ${formatDateRange(firstDay, lastDay, 'day')}`}</title>
        </rect>,
      );
    }
  }
  return <g className="timeline-density">{bars}</g>;
});
