import { memo, useState, type PointerEvent } from 'react';
import { categoryColor } from '../../domain/core/categories';
import { formatDateRange } from '../../domain/core/calendar-date';
import { bucketDays, densityBarPaths, type DensityStrips } from '../../domain/timeline/timeline-density';
import type { TimeWindow } from '../../domain/timeline/timeline-scale';
import { LANE_PADDING, type TimelineGeometry } from '../../domain/timeline/timeline-geometry';
import { useT } from '../../state/i18n';

interface DensityProps {
  strips: DensityStrips;
  geometry: TimelineGeometry;
  view: TimeWindow;
}

/**
 * Each lane as a strip of bars, one per pixel bucket, as tall as the square root of its count
 * (one scale for every lane). Used when too many events are in view to draw one by one.
 *
 * One <path> per lane, not one element per bar: thousands of bars cost the browser as much
 * style and layout work as thousands of nodes, on every filter change. The bar under the
 * pointer is named in a tooltip, as each bar's own <title> used to do.
 */
export const TimelineDensityLayer = memo(function TimelineDensityLayer({ strips, geometry, view }: DensityProps) {
  const [tip, setTip] = useState<string | undefined>(undefined);
  const tr = useT();
  const paths = densityBarPaths(strips, geometry.lanes, LANE_PADDING);

  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const point = svg?.createSVGPoint();
    const matrix = event.currentTarget.getScreenCTM();
    if (!point || !matrix) return;
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(matrix.inverse());
    const bucket = Math.floor(local.x / strips.bucketPx);
    const lane = geometry.lanes.findIndex((box) => local.y >= box.top && local.y < box.top + box.height);
    const count = strips.counts[lane]?.[bucket] ?? 0;
    if (count === 0) {
      setTip(undefined);
      return;
    }
    const { firstDay, lastDay } = bucketDays(bucket, strips, view, geometry.plotWidth);
    setTip(tr.t('timeline.densityTip', { count, dates: formatDateRange(firstDay, lastDay, 'day', tr.locale) }));
  };

  return (
    <g className="timeline-density" onPointerMove={onPointerMove} onPointerLeave={() => setTip(undefined)}>
      {tip !== undefined && <title>{tip}</title>}
      {paths.map(({ lane, d }) => (
        <path key={lane} d={d} fill={categoryColor(geometry.lanes[lane]?.category ?? '')} />
      ))}
    </g>
  );
});
