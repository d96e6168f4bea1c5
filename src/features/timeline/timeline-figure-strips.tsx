import { memo, useMemo } from 'react';
import type { DailyFigures } from '../../domain/charts/daily-figures';
import { FIGURE_STRIPS, figureStrip, type FigureStripKind } from '../../domain/charts/figure-strips';
import { panelBars, panelPlan } from '../../domain/charts/time-panels';
import type { MessageId } from '../../domain/core/i18n/translator';
import { px } from '../../domain/timeline/mark-geometry';
import type { TimelineGeometry } from '../../domain/timeline/timeline-geometry';
import { dayToX, type TimeWindow } from '../../domain/timeline/timeline-scale';
import { useT } from '../../state/i18n';

/** How many strips the timeline draws under its lanes (its geometry makes room for them). */
export const FIGURE_STRIP_COUNT = FIGURE_STRIPS.length;

const STRIP_NAMES: Readonly<Record<FigureStripKind, MessageId>> = {
  launches: 'timeline.figureLaunches',
  casualties: 'timeline.figureCasualties',
  strikes: 'timeline.figureStrikes',
};

interface Props {
  daily: DailyFigures;
  view: TimeWindow;
  geometry: TimelineGeometry;
  /** The plot's clip path: bars past the plot's edges are cut, the labels in the gutter are not. */
  clipPath: string;
}

/**
 * Launches, killed and injured, and strikes per day under the lanes, on the timeline's own x
 * scale, with talk days shaded through all three: reading down from a round's bar lands on the
 * same days. A compact echo of the Charts view (which has the tables and the details), hidden
 * from screen readers for that reason.
 */
export const TimelineFigureStrips = memo(function TimelineFigureStrips({ daily, view, geometry, clipPath }: Props) {
  const tr = useT();
  // Bars per day, week or month as the Charts panels draw them; the bars change only when the
  // bar size or the block of days around the window does, not on every pan.
  const plan = panelPlan(daily, view);
  const series = useMemo(() => panelBars(daily, { unit: plan.unit, from: plan.from, to: plan.to }, tr.locale), [daily, plan.unit, plan.from, plan.to, tr.locale]);
  const { figures, plotWidth, plotLeft, compact } = geometry;
  const strips = useMemo(
    () =>
      FIGURE_STRIPS.map((kind, i) => {
        const box = figures[i];
        return box ? figureStrip(series, kind, { top: box.bodyTop, height: box.top + box.height - box.bodyTop - 1, dayToX: (day) => dayToX(day, view, plotWidth), width: plotWidth }) : null;
      }),
    [series, figures, view, plotWidth],
  );
  const first = figures[0];
  const lastBox = figures[figures.length - 1];
  if (first === undefined || lastBox === undefined) return null;
  const top = first.top;
  const bottom = lastBox.top + lastBox.height;

  return (
    <g className="timeline-figures" aria-hidden="true">
      <g className="timeline-figure-talks" clipPath={clipPath}>
        {series.talkBands.map((band) => {
          const x0 = Math.max(-1, dayToX(band.start, view, plotWidth));
          const x1 = Math.min(plotWidth + 1, dayToX(band.end + 1, view, plotWidth));
          return x1 > x0 ? <rect key={band.start} x={px(x0)} y={top} width={px(x1 - x0)} height={bottom - top} /> : null;
        })}
      </g>
      {strips.map((strip, i) => {
        const box = figures[i];
        if (!strip || !box) return null;
        const name = tr.t(STRIP_NAMES[strip.kind]);
        const most = tr.t('timeline.figureMax', { max: tr.number(strip.max), unit: series.unit });
        return (
          <g key={strip.kind} className={`timeline-figure is-${strip.kind}`}>
            <line className="timeline-figure-base" x1={compact ? 0 : -plotLeft + 8} x2={plotWidth} y1={box.top + box.height - 0.5} y2={box.top + box.height - 0.5} />
            <g clipPath={clipPath}>
              {strip.bars.map((bars) => (
                <path key={bars.series} className={`figure-bars is-${bars.series}`} d={bars.d} />
              ))}
              <path className="figure-whiskers" d={strip.whiskers} />
            </g>
            {compact ? (
              <text className="timeline-figure-label" x={4} y={box.top + 11}>
                {name} · {most}
              </text>
            ) : (
              <text className="timeline-figure-label" x={-plotLeft + 8} y={box.bodyTop + 10}>
                <tspan>{name}</tspan>
                {box.height >= 24 && (
                  <tspan className="timeline-figure-max" x={-plotLeft + 8} dy={11}>
                    {most}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
