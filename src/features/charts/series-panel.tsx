import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { BarChart, ResponsiveContainer, usePlotArea } from 'recharts';
import type { DayBand } from '../../domain/charts/chart-series';
import { niceTicks, type AxisTicks } from '../../domain/charts/chart-ticks';
import { TALK_BAND_FILL } from './chart-colors';
import { ChartLegend, type LegendItem } from './chart-legend';
import { useInView } from './use-in-view';
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

/** Same y-axis width in every panel, so their plots (and days) line up vertically. */
export const Y_AXIS_WIDTH = 46;
const X_AXIS_HEIGHT = 20;
const MARGIN = { top: 6, right: 8, bottom: 0, left: 0 };
/** Recharts' margins around the plot: the axes are drawn by the panel in the space they leave. */
const PLOT_MARGIN = { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom + X_AXIS_HEIGHT, left: MARGIN.left + Y_AXIS_WIDTH };
/** An axis's tick line, and the gap between it and its label (Recharts' own sizes). */
const TICK_SIZE = 6;
const TICK_GAP = 2;

/**
 * One small multiple: bars (the lowest figure) with a whisker to the highest, one y axis, talk
 * days shaded, on a numeric day axis whose visible range (`domain`) can move without new data.
 *
 * The shading (talk days, the chosen dates, the selected event's bar) is drawn by the panel in its
 * own SVG behind Recharts' plot, so choosing dates or selecting an event never updates Recharts;
 * and Recharts redraws only while the panel is on screen (most panels sit below the fold).
 */
function SeriesPanelInner<Row extends PanelRow>(props: Props<Row>) {
  const { title, caption, rows, series, domain, ticks, tickLabel, bands, chosen, marked, barDays, width, tooltip, onChooseRow, legendLabel, height = 130 } = props;
  const id = useId();
  const tr = useT();
  const figureRef = useRef<HTMLElement>(null);
  const live = useInView(figureRef);
  const legend: LegendItem[] = [
    ...series.map((spec) => ({ kind: 'bar' as const, label: spec.name, fill: spec.fill, ...(spec.stroke ? { stroke: spec.stroke } : {}) })),
    { kind: 'band', label: tr.t('charts.talkDays'), fill: TALK_BAND_FILL },
  ];

  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`} ref={figureRef}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ChartLegend items={legend} label={legendLabel} />
      <div className="chart-frame" style={{ height }}>
        <PlotShading domain={domain} bands={bands} chosen={chosen} marked={marked} height={height} />
        <PanelPlot
          live={live}
          title={title}
          rows={rows}
          series={series}
          domain={domain}
          ticks={ticks}
          tickLabel={tickLabel}
          barDays={barDays}
          width={width}
          height={height}
          tooltip={tooltip}
          onChooseRow={onChooseRow}
        />
      </div>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
    </figure>
  );
}

/** Width of the shading's coordinate space: the plot's x range maps onto 0 … SHADE_WIDTH. */
const SHADE_WIDTH = 1000;

/**
 * Talk days, the chosen dates and the selected event's bar, as rectangles behind the plot. It
 * covers exactly Recharts' plot area (the same margins and axis sizes) and stretches with it, so
 * it needs no measuring; strokes keep their width whatever the stretch.
 */
function PlotShading({ domain, bands, chosen, marked, height }: { domain: [number, number]; bands: readonly DayBand[]; chosen: DayBand | null; marked: DayBand | undefined; height: number }) {
  const span = Math.max(1e-6, domain[1] - domain[0]);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT);
  const shade = (band: DayBand, className: string, key: string) => {
    const x1 = Math.max(0, ((band.start - domain[0]) / span) * SHADE_WIDTH);
    const x2 = Math.min(SHADE_WIDTH, ((band.end + 1 - domain[0]) / span) * SHADE_WIDTH);
    if (x2 <= x1) return null;
    return <rect key={key} className={className} x={x1} y={0} width={x2 - x1} height={plotHeight} vectorEffect="non-scaling-stroke" />;
  };
  return (
    <svg
      className="chart-shading"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${SHADE_WIDTH} ${plotHeight}`}
      preserveAspectRatio="none"
      style={{ top: MARGIN.top, left: MARGIN.left + Y_AXIS_WIDTH, width: `calc(100% - ${MARGIN.left + Y_AXIS_WIDTH + MARGIN.right}px)`, height: plotHeight }}
    >
      {bands.map((band) => shade(band, 'talk-band', `${band.start}-${band.end}`))}
      {chosen && shade(chosen, 'chosen-range', 'chosen')}
      {marked && shade(marked, 'selected-bin', 'marked')}
    </svg>
  );
}

interface PlotProps<Row extends PanelRow> {
  /** False while the panel is off screen: the plot keeps what it last drew. */
  live: boolean;
  title: string;
  rows: Row[];
  series: readonly PanelSeriesSpec<Row>[];
  domain: [number, number];
  ticks: number[];
  tickLabel(value: number): string;
  barDays: number;
  width: number;
  height: number;
  tooltip(row: Row): readonly (readonly [string, string])[];
  onChooseRow?: ((row: Row) => void) | undefined;
}

/**
 * The plot: Recharts' chart (its responsive surface, its plot area and keyboard layer) with the
 * axes, grid, bars and whiskers drawn inside it by the panel, and the panel's own tooltip.
 */
function PanelPlotInner<Row extends PanelRow>({ live, title, rows, series, domain, ticks, tickLabel, barDays, width, height, tooltip, onChooseRow }: PlotProps<Row>) {
  const yTicks = useMemo(() => {
    let top = 0;
    for (const row of rows) for (const spec of series) top = Math.max(top, spec.top(row));
    return niceTicks(top, 3, true);
  }, [rows, series]);
  const plotWidth = Math.max(50, width - Y_AXIS_WIDTH - MARGIN.right);
  const pxPerDay = plotWidth / Math.max(1e-6, domain[1] - domain[0]);
  const barSize = Math.max(1, Math.min(48, (pxPerDay * barDays * 0.8) / series.length));
  const chooseRow = useCallback(
    (row: Row | undefined): void => {
      if (row && onChooseRow) onChooseRow(row);
    },
    [onChooseRow],
  );
  // The hovered column and where its tooltip goes (plot pixels); the plot draws its own tooltip.
  const [hover, setHover] = useState<Hover<Row> | null>(null);
  // Never drawn yet and off screen: hold the place; the plot is drawn when it scrolls into view.
  if (!live) return <div className="chart-plot chart-plot-pending" style={{ height }} />;

  return (
    <div className="chart-plot">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
        {/*
          Every prop Recharts sees stays the same through filter changes, so its store never
          changes on one: Recharts publishes a change of axis settings (a new domain or ticks) to
          its components only at the next animation frame, which drew each filter change twice,
          the second time a frame later. The panel's drawing takes the new figures at once.
        */}
        <BarChart data={CHART_DATA} margin={PLOT_MARGIN} barGap={0} title={title}>
          <PlotDrawing<Row>
            domain={domain}
            xTicks={ticks}
            xLabel={tickLabel}
            yTicks={yTicks}
            rows={rows}
            series={series}
            barSize={barSize}
            columnWidth={pxPerDay * barDays}
            hovered={hover?.row}
            onChoose={chooseRow}
            onHover={setHover}
          />
        </BarChart>
      </ResponsiveContainer>
      {hover && (
        <div className="chart-tooltip-anchor" style={{ left: hover.x, top: hover.y }} data-flip={hover.x > width * 0.6 ? 'left' : 'right'}>
          <PanelTooltip title={hover.row.title} lines={tooltip(hover.row)} />
        </div>
      )}
    </div>
  );
}

/** The chart's data: one row, the same every time (the panel draws the rows itself). */
const CHART_DATA = [{ mid: 0, value: 0 }];

/**
 * Off screen, a plot ignores new props and keeps its last drawing (an export asks every panel to
 * draw first: state/picture-sources.ts); on screen it redraws when any prop changes.
 */
const PanelPlot = memo(PanelPlotInner, (before, after) => {
  if (!after.live) return true;
  return shallowEqual(before, after);
}) as typeof PanelPlotInner;

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}

interface Hover<Row> {
  row: Row;
  /** Where the tooltip points, in the plot's pixels. */
  x: number;
  y: number;
}

interface PlotDrawingProps<Row> {
  /** The x range shown, end exclusive, and the values to label on it. */
  domain: [number, number];
  xTicks: readonly number[];
  xLabel(value: number): string;
  /** The y axis: from 0 to `top`, labelled and gridded at `ticks`. */
  yTicks: AxisTicks;
  rows: readonly Row[];
  series: readonly PanelSeriesSpec<Row>[];
  barSize: number;
  /** Width of one row's column in pixels: hovering or clicking anywhere in it picks the row. */
  columnWidth: number;
  hovered: Row | undefined;
  onChoose(row: Row): void;
  onHover(hover: Hover<Row> | null): void;
}

/**
 * The axes, grid, bars (the lowest figure) and whiskers (up to the highest), drawn as plain SVG
 * inside Recharts' plot area with scales taken from the props, so a new range or new figures show
 * in the same commit. Recharts' <Bar> made a dozen components per bar, each tied to the chart's
 * store; here a bar is one <path>. Rows with nothing to draw draw nothing; bars outside the x
 * range are left out (the range can be narrower than the rows: see TimePanels).
 */
function PlotDrawing<Row extends PanelRow>({ domain, xTicks, xLabel, yTicks, rows, series, barSize, columnWidth, hovered, onChoose, onHover }: PlotDrawingProps<Row>) {
  // The plot area changes only with the chart's size (never on a filter change).
  const plot = usePlotArea();
  if (!plot || plot.width <= 0 || plot.height <= 0) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  const base = plot.y + plot.height;
  const span = Math.max(1e-6, domain[1] - domain[0]);
  const x = (value: number) => left + ((value - domain[0]) / span) * plot.width;
  const yTop = yTicks.top > 0 ? yTicks.top : 1;
  const y = (value: number) => base - (value / yTop) * plot.height;
  const cap = Math.min(6, barSize);
  const half = Math.max(2, columnWidth / 2);
  return (
    <g className="chart-bars">
      <g className="chart-grid" aria-hidden="true">
        {yTicks.ticks.map((value) => (
          <line key={value} x1={left} x2={right} y1={y(value)} y2={y(value)} stroke="var(--border)" strokeDasharray="2 3" />
        ))}
      </g>
      {/* One column per row with figures, the full height of the plot: an easy target even where bars are a pixel wide. */}
      <g className="chart-columns">
        {rows.map((row) => {
          const centre = x(row.mid);
          if (!series.some((spec) => spec.top(row) > 0)) return null;
          const x0 = Math.max(left, centre - half);
          const x1 = Math.min(right, centre + half);
          if (x1 <= x0) return null;
          return (
            <rect
              key={row.key}
              className={row === hovered ? 'chart-column is-hovered' : 'chart-column'}
              x={x0}
              y={plot.y}
              width={x1 - x0}
              height={plot.height}
              onClick={() => onChoose(row)}
              onMouseEnter={() => onHover({ row, x: centre, y: plot.y })}
              onMouseLeave={() => onHover(null)}
            />
          );
        })}
      </g>
      {series.map((spec, i) => {
        const offset = (i - series.length / 2) * barSize;
        return (
          <g key={spec.value} className="chart-series" data-series={spec.name}>
            {rows.map((row) => {
              const highest = spec.top(row);
              const centre = x(row.mid);
              if (!(highest > 0)) return null;
              const x0 = Math.max(left, centre + offset);
              const x1 = Math.min(right, centre + offset + barSize);
              if (x1 <= x0) return null;
              const lowest = Number(row[spec.value as keyof Row]) || 0;
              const top = y(lowest);
              const whiskerTop = y(highest);
              const middle = (x0 + x1) / 2;
              return (
                <g key={row.key} className="chart-bar-group" onClick={() => onChoose(row)} onMouseEnter={() => onHover({ row, x: centre, y: plot.y })} onMouseLeave={() => onHover(null)}>
                  {lowest > 0 && (
                    <path
                      className="chart-bar"
                      name={spec.name}
                      d={`M${x0},${top}H${x1}V${base}H${x0}Z`}
                      fill={spec.fill}
                      stroke={spec.stroke ?? 'none'}
                      strokeWidth={spec.stroke ? 0.5 : 0}
                    />
                  )}
                  {spec.spread && whiskerTop < top - 0.5 && (
                    <path className="bar-whisker" d={`M${middle},${top}V${whiskerTop}M${middle - cap / 2},${whiskerTop}h${cap}`} stroke="var(--text)" strokeWidth={1} fill="none" />
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <g className="chart-axis chart-x-axis">
        <line className="chart-axis-line" x1={left} x2={right} y1={base} y2={base} />
        {xTicks.map((value) => {
          if (value < domain[0] || value > domain[1]) return null;
          const at = x(value);
          return (
            <g key={value} className="chart-tick">
              <line x1={at} x2={at} y1={base} y2={base + TICK_SIZE} />
              <text x={at} y={base + TICK_SIZE + TICK_GAP} dy="0.71em" textAnchor="middle">
                {xLabel(value)}
              </text>
            </g>
          );
        })}
      </g>
      <g className="chart-axis chart-y-axis">
        <line className="chart-axis-line" x1={left} x2={left} y1={plot.y} y2={base} />
        {yTicks.ticks.map((value) => (
          <g key={value} className="chart-tick">
            <line x1={left - TICK_SIZE} x2={left} y1={y(value)} y2={y(value)} />
            <text x={left - TICK_SIZE - TICK_GAP} y={y(value)} dy="0.355em" textAnchor="end">
              {compact(value)}
            </text>
          </g>
        ))}
      </g>
    </g>
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
