import { memo, useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayBand } from '../../domain/charts/chart-series';
import { niceTicks } from '../../domain/charts/chart-ticks';
import { TALK_BAND_FILL } from './chart-colors';
import { ChartLegend, type LegendItem } from './chart-legend';
import { useT } from '../../state/i18n';

/** A row the panel draws: its position on the x axis (`mid`, in days or day offsets) and its figures. */
export interface PanelRow {
  key: string;
  mid: number;
  title: string;
}

/** One bar series: a value (the lowest figure) and optionally its spread up to the highest. */
export interface PanelSeriesSpec<Row> {
  name: string;
  value: string;
  spread?: string;
  fill: string;
  stroke?: string;
  /** The highest figure of a row, for the y axis's top. */
  top(row: Row): number;
}

interface Props<Row extends PanelRow> {
  title: string;
  caption: string;
  rows: Row[];
  series: readonly PanelSeriesSpec<Row>[];
  /** The x range shown: fractional day numbers (or day offsets), end exclusive. */
  domain: [number, number];
  ticks: number[];
  tickLabel(value: number): string;
  /** Days (or offsets) shaded as talk days, inclusive. */
  bands: readonly DayBand[];
  /** Days the reader chose (From/To), outlined; null for none. */
  chosen: DayBand | null;
  /** Row holding the selected event, outlined; undefined for none. */
  marked?: DayBand | undefined;
  /** Width of one bar in days (1 for a day, 7 for a week…), to size the bars from the plot width. */
  barDays: number;
  /** Plot width in pixels (measured once by the parent with a ResizeObserver). */
  width: number;
  tooltip(row: Row): readonly (readonly [string, string])[];
  onChooseRow?(row: Row): void;
  legendLabel: string;
  height?: number;
}

const AXIS_TICK = { fill: 'var(--muted)', fontSize: 11 };
/** Same y-axis width in every panel, so their plots (and days) line up vertically. */
export const Y_AXIS_WIDTH = 46;
const MARGIN = { top: 6, right: 8, bottom: 0, left: 0 };

/**
 * One small multiple: bars (the lowest figure) with a whisker to the highest, one y axis, talk
 * days shaded, on a numeric day axis whose visible range (`domain`) can move without new data.
 */
function SeriesPanelInner<Row extends PanelRow>(props: Props<Row>) {
  const { title, caption, rows, series, domain, ticks, tickLabel, bands, chosen, marked, barDays, width, tooltip, onChooseRow, legendLabel, height = 130 } = props;
  const id = useId();
  const tr = useT();
  const yTicks = useMemo(() => {
    let top = 0;
    for (const row of rows) for (const spec of series) top = Math.max(top, spec.top(row));
    return niceTicks(top, 3, true);
  }, [rows, series]);
  const plotWidth = Math.max(50, width - Y_AXIS_WIDTH - MARGIN.right);
  const pxPerDay = plotWidth / Math.max(1e-6, domain[1] - domain[0]);
  const barSize = Math.max(1, Math.min(48, (pxPerDay * barDays * 0.8) / series.length));
  const rowByIndex = (index: unknown) => (typeof index === 'number' || typeof index === 'string' ? rows[Number(index)] : undefined);
  const legend: LegendItem[] = [
    ...series.map((spec) => ({ kind: 'bar' as const, label: spec.name, fill: spec.fill, ...(spec.stroke ? { stroke: spec.stroke } : {}) })),
    { kind: 'band', label: tr.t('charts.talkDays'), fill: TALK_BAND_FILL },
  ];

  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ChartLegend items={legend} label={legendLabel} />
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
          <BarChart
            data={rows}
            margin={MARGIN}
            barGap={0}
            onClick={(state) => {
              const row = rowByIndex(state.activeTooltipIndex);
              if (row && onChooseRow) onChooseRow(row);
            }}
            title={title}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="2 3" />
            {bands.map((band) => (
              <ReferenceArea key={`${band.start}-${band.end}`} x1={band.start} x2={band.end + 1} fill={TALK_BAND_FILL} fillOpacity={1} stroke="none" ifOverflow="hidden" className="talk-band" />
            ))}
            {chosen && (
              <ReferenceArea x1={chosen.start} x2={chosen.end + 1} fill="var(--accent)" fillOpacity={0.08} stroke="var(--accent)" strokeDasharray="4 3" ifOverflow="hidden" className="chosen-range" />
            )}
            {marked && (
              <ReferenceArea x1={marked.start} x2={marked.end + 1} fill="var(--selected)" fillOpacity={0.25} stroke="var(--selected)" strokeWidth={2} ifOverflow="hidden" className="selected-bin" />
            )}
            <XAxis
              type="number"
              dataKey="mid"
              domain={domain}
              allowDataOverflow
              ticks={ticks}
              interval={0}
              tickFormatter={(value: number) => tickLabel(value)}
              tick={AXIS_TICK}
              height={20}
              stroke="var(--border)"
            />
            <YAxis domain={[0, yTicks.top]} ticks={yTicks.ticks} interval={0} tick={AXIS_TICK} width={Y_AXIS_WIDTH} stroke="var(--border)" tickFormatter={compact} allowDecimals />
            <Tooltip
              content={({ active, payload }) => {
                const hovered: unknown = payload?.[0]?.payload;
                const row = active ? rows.find((candidate) => candidate === hovered) : undefined;
                return row ? <PanelTooltip title={row.title} lines={tooltip(row)} /> : null;
              }}
              cursor={{ fill: 'var(--hover-bg)', fillOpacity: 0.6 }}
              isAnimationActive={false}
            />
            {series.map((spec) => (
              <Bar
                key={spec.value}
                dataKey={spec.value}
                name={spec.name}
                fill={spec.fill}
                stroke={spec.stroke ?? 'none'}
                strokeWidth={spec.stroke ? 0.5 : 0}
                barSize={barSize}
                isAnimationActive={false}
                onClick={(entry: { payload?: unknown }) => {
                  const row = rows.find((candidate) => candidate === entry.payload);
                  if (row && onChooseRow) onChooseRow(row);
                }}
              >
                {spec.spread && <ErrorBar dataKey={spec.spread} direction="y" width={Math.min(6, barSize)} stroke="var(--text)" strokeWidth={1} />}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
    </figure>
  );
}

function PanelTooltip({ title, lines }: { title: string; lines: readonly (readonly [string, string])[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <dl>
        {lines.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function compact(value: unknown): string {
  if (typeof value !== 'number') return String(value);
  if (value >= 1000) return `${Number((value / 1000).toFixed(1))}k`;
  return String(Number(value.toFixed(2)));
}

/** Memoised: a panel redraws when its rows, domain or marks change, never for a parent's other state. */
export const SeriesPanel = memo(SeriesPanelInner) as typeof SeriesPanelInner;
