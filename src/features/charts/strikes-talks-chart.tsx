import { useId, useMemo, useRef } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { Bar, Brush, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import { strikesCaption, unitPhrase } from '../../domain/charts/chart-captions';
import { binIndexOfDay, type BinnedSeries, type ChartBin } from '../../domain/charts/chart-series';
import { niceTicks } from '../../domain/charts/chart-ticks';
import { SpacedTick } from './axis-ticks';
import { BinTooltip } from './bin-tooltip';
import { INJURED_STROKE, KILLED_FILL, LAUNCHED_STROKE, STRIKE_FILL, TALK_BAND_FILL, injuredFill } from './chart-colors';
import { ChartLegend, type LegendItem } from './chart-legend';
import type { PatternIds } from './chart-patterns';

interface Props {
  series: BinnedSeries;
  patterns: PatternIds;
  /** Bin holding the hovered event, and the one holding the selected event (-1 for none). */
  hoveredBin: number;
  selectedBin: number;
  /** The reader chose bins first..last (a click chooses one): show those days everywhere. */
  onChooseBins(first: ChartBin, last: ChartBin): void;
  /** The pointer is over a bin (undefined when it leaves the chart). */
  onHoverBin(bin: ChartBin | undefined): void;
}

const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };

/** Chart 1: strikes, casualties and launches per bin, with the days of talks shaded behind them. */
export function StrikesTalksChart({ series, patterns, hoveredBin, selectedBin, onChooseBins, onHoverBin }: Props) {
  const id = useId();
  const { bins } = series;
  const binByKey = useMemo(() => new Map(bins.map((bin) => [bin.key, bin])), [bins]);
  const bands = useMemo(() => talkBandKeys(series), [series]);
  const axes = useMemo(() => axisTicks(bins), [bins]);
  // About eight evenly spaced date labels, chosen here: Recharts' own spacing (minTickGap)
  // measures every label in the DOM on each render, a large share of a filter change's cost.
  const xTicks = useMemo(() => {
    const step = Math.max(1, Math.ceil(bins.length / 8));
    return bins.filter((_, i) => i % step === 0).map((bin) => bin.key);
  }, [bins]);
  const labelOf = (key: unknown) => (typeof key === 'string' ? (binByKey.get(key)?.label ?? key) : String(key));
  const binOf = (state: MouseHandlerDataParam) =>
    state.isTooltipActive && typeof state.activeLabel === 'string' ? binByKey.get(state.activeLabel) : undefined;
  // Where the pointer went down: a brush drag that ends over the plot also fires a click there,
  // which must not replace the range just brushed with a single day.
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const chooseColumn = (state: MouseHandlerDataParam, event: ReactMouseEvent) => {
    const start = pressedAt.current;
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return;
    const bin = binOf(state);
    if (bin) onChooseBins(bin, bin);
  };
  const chooseOne = (entry: { payload?: unknown }) => {
    const bin = keyOf(entry.payload, binByKey);
    if (bin) onChooseBins(bin, bin);
  };

  const legend: LegendItem[] = [
    { kind: 'bar', label: 'Strikes (left axis)', fill: STRIKE_FILL },
    { kind: 'bar', label: 'Killed (right axis)', fill: KILLED_FILL },
    { kind: 'bar', label: 'Injured (right axis, hatched)', fill: injuredFill(patterns), stroke: INJURED_STROKE },
    { kind: 'line', label: 'Drones + missiles launched (diamonds, outer axis)', stroke: LAUNCHED_STROKE },
    { kind: 'band', label: 'Talk days (shaded)', fill: TALK_BAND_FILL },
  ];
  const hovered = bins[hoveredBin];
  const selected = bins[selectedBin];

  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`}>
      <h3 id={`${id}-title`}>Strikes versus talks over time</h3>
      <ChartLegend items={legend} label="Key to strikes versus talks" />
      <div className="chart-frame" onPointerDownCapture={(event) => (pressedAt.current = { x: event.clientX, y: event.clientY })}>
        <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 600, height: 300 }}>
          <ComposedChart
            key={`${series.unit}-${series.range.from}-${series.range.to}`}
            data={bins}
            margin={{ top: 8, right: 4, bottom: 4, left: 0 }}
            barGap={0}
            // Many day bars leave no room for gaps; without them each bar keeps a visible width.
            barCategoryGap={bins.length > 60 ? 0 : '12%'}
            // A click anywhere in a day's column chooses it: thin bars are hard to hit.
            onClick={chooseColumn}
            onMouseMove={(state) => onHoverBin(binOf(state))}
            onMouseLeave={() => onHoverBin(undefined)}
            title="Strikes versus talks over time"
          >
            <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="2 3" />
            {bands.map(([x1, x2]) => (
              <ReferenceArea key={`${x1}-${x2}`} x1={x1} x2={x2} yAxisId="strikes" fill={TALK_BAND_FILL} fillOpacity={1} stroke="none" className="talk-band" />
            ))}
            <XAxis dataKey="key" tickFormatter={labelOf} tick={SpacedTick} ticks={xTicks} interval={0} stroke="var(--border)" />
            <YAxis yAxisId="strikes" domain={[0, axes.strikes.top]} ticks={axes.strikes.ticks} interval={0} tick={AXIS_TICK} width={34} stroke="var(--border)" label={axisLabel('Strikes', 'insideLeft')} />
            <YAxis yAxisId="people" orientation="right" domain={[0, axes.people.top]} ticks={axes.people.ticks} interval={0} tick={AXIS_TICK} width={44} stroke="var(--border)" label={axisLabel('Killed + injured', 'insideRight')} />
            <YAxis yAxisId="launched" orientation="right" domain={[0, axes.launched.top]} ticks={axes.launched.ticks} interval={0} tick={AXIS_TICK} width={44} stroke="var(--chart-launched)" tickFormatter={compact} label={axisLabel('Launched', 'insideRight')} />
            <Tooltip
              content={({ label }) => <BinTooltip bin={typeof label === 'string' ? binByKey.get(label) : undefined} />}
              cursor={{ fill: 'var(--hover-bg)', fillOpacity: 0.6 }}
              isAnimationActive={false}
            />
            <Bar yAxisId="strikes" dataKey="strikes" name="Strikes" fill={STRIKE_FILL} onClick={chooseOne} isAnimationActive={false} />
            <Bar yAxisId="people" dataKey="killedMin" name="Killed (at least)" stackId="people" fill={KILLED_FILL} onClick={chooseOne} isAnimationActive={false} />
            <Bar
              yAxisId="people"
              dataKey="injuredMin"
              name="Injured (at least)"
              stackId="people"
              fill={injuredFill(patterns)}
              stroke={INJURED_STROKE}
              strokeWidth={0.5}
              onClick={chooseOne}
              isAnimationActive={false}
            />
            <Line
              yAxisId="launched"
              dataKey="launched"
              name="Drones + missiles launched"
              stroke={LAUNCHED_STROKE}
              strokeWidth={2}
              strokeDasharray="5 3"
              dot={{ symbol: 'diamond', r: 4, fill: LAUNCHED_STROKE }}
              connectNulls={false}
              isAnimationActive={false}
            />
            {hovered && hovered !== selected && (
              <ReferenceArea x1={hovered.key} x2={hovered.key} yAxisId="strikes" fill="var(--accent)" fillOpacity={0.22} stroke="var(--accent)" strokeDasharray="3 2" className="hovered-bin" />
            )}
            {selected && (
              <ReferenceArea x1={selected.key} x2={selected.key} yAxisId="strikes" fill="var(--selected)" fillOpacity={0.32} stroke="var(--selected)" strokeWidth={2} className="selected-bin" />
            )}
            {bins.length > 2 && (
              <Brush
                dataKey="key"
                height={22}
                travellerWidth={10}
                tickFormatter={labelOf}
                stroke="var(--muted)"
                fill="var(--panel)"
                onDragEnd={({ startIndex, endIndex }) => {
                  const first = bins[startIndex ?? 0];
                  const last = bins[endIndex ?? bins.length - 1];
                  // A drag that ends where it began changes nothing; don't add a history entry for it.
                  if (first && last && (first !== bins[0] || last !== bins[bins.length - 1])) onChooseBins(first, last);
                }}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-caption`}>{strikesCaption(series)}</figcaption>
      <p className="chart-hint">
        Click a bar to show that {unitPhrase(series.unit).split(' ')[0]} in every view; drag the handles under the chart to choose a range. Casualty bars show the lowest reported figures; the tooltip gives
        the range.
      </p>
    </figure>
  );
}

/** Round ticks for the three value axes, from the tallest bin of each. */
function axisTicks(bins: readonly ChartBin[]) {
  let strikes = 0;
  let people = 0;
  let launched = 0;
  for (const bin of bins) {
    strikes = Math.max(strikes, bin.strikes);
    people = Math.max(people, bin.killedMin + bin.injuredMin);
    launched = Math.max(launched, bin.launched ?? 0);
  }
  return { strikes: niceTicks(strikes, 5, true), people: niceTicks(people, 5, true), launched: niceTicks(launched, 5, true) };
}

/** Pairs of bin keys (first, last) covering each talk band; bands that share bins are drawn once. */
function talkBandKeys(series: BinnedSeries): [string, string][] {
  // Bands as runs of bins: overlapping or neighbouring bands share one shaded area, which looks
  // the same and saves Recharts one reference area per band (dozens on large files).
  const runs: [number, number][] = [];
  const spans = series.talkBands
    .map((band) => [binIndexOfDay(series, band.start), binIndexOfDay(series, band.end)] as const)
    .filter(([first, last]) => first >= 0 && last >= first)
    .sort((a, b) => a[0] - b[0]);
  for (const [first, last] of spans) {
    const open = runs[runs.length - 1];
    if (open && first <= open[1] + 1) open[1] = Math.max(open[1], last);
    else runs.push([first, last]);
  }
  return runs.flatMap(([first, last]) => {
    const a = series.bins[first];
    const b = series.bins[last];
    return a && b ? [[a.key, b.key] as [string, string]] : [];
  });
}

/** The bin a clicked bar stands for, looked up by key so a narrowed brush window cannot shift it. */
function keyOf(payload: unknown, binByKey: ReadonlyMap<string, ChartBin>): ChartBin | undefined {
  if (typeof payload !== 'object' || payload === null || !('key' in payload)) return undefined;
  return typeof payload.key === 'string' ? binByKey.get(payload.key) : undefined;
}

function axisLabel(value: string, position: 'insideLeft' | 'insideRight') {
  return { value, angle: -90, position, fill: 'var(--muted)', fontSize: 11, style: { textAnchor: 'middle' } } as const;
}

function compact(value: unknown): string {
  return typeof value === 'number' && value >= 1000 ? `${Number((value / 1000).toFixed(1))}k` : String(value);
}
