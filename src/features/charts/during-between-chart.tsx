import { memo, useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRange, formatRate, periodLabel, periodsCaption } from '../../domain/charts/chart-captions';
import { perDay, type PeriodStats } from '../../domain/charts/chart-periods';
import { niceTicks } from '../../domain/charts/chart-ticks';
import { INJURED_STROKE, KILLED_FILL, STRIKE_FILL, injuredFill } from './chart-colors';
import { ChartLegend, type LegendItem } from './chart-legend';
import type { PatternIds } from './chart-patterns';
import { WRAPPED_AXIS_HEIGHT, WrappedTick } from './axis-ticks';

interface PeriodRow {
  kind: string;
  label: string;
  strikes: number | null;
  killed: number | null;
  injured: number | null;
}

const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };

/** Chart 2: strikes and casualties per day on talk days, around them, and on other days. */
/** Memoised: selecting an event does not change the periods, so the chart is not redrawn. */
export const DuringBetweenChart = memo(function DuringBetweenChart({ periods, patterns }: { periods: readonly PeriodStats[]; patterns: PatternIds }) {
  const id = useId();
  const rows: PeriodRow[] = periods.map((period) => ({
    kind: period.kind,
    label: `${periodLabel(period.kind)} (${period.days} d)`,
    strikes: perDay(period.strikes, period.days),
    killed: perDay(period.killedMin, period.days),
    injured: perDay(period.injuredMin, period.days),
  }));
  const strikeAxis = niceTicks(Math.max(0, ...rows.map((row) => row.strikes ?? 0)));
  const peopleAxis = niceTicks(Math.max(0, ...rows.map((row) => Math.max(row.killed ?? 0, row.injured ?? 0))));
  const byLabel = new Map(rows.map((row, i) => [row.label, periods[i]]));
  const hasTalks = (periods.find((period) => period.kind === 'talks')?.days ?? 0) > 0;
  const legend: LegendItem[] = [
    { kind: 'bar', label: 'Strikes per day (left axis)', fill: STRIKE_FILL },
    { kind: 'bar', label: 'Killed per day (right axis)', fill: KILLED_FILL },
    { kind: 'bar', label: 'Injured per day (right axis, hatched)', fill: injuredFill(patterns), stroke: INJURED_STROKE },
  ];

  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`}>
      <h3 id={`${id}-title`}>During talks versus between them</h3>
      {hasTalks && (
        <>
          <ChartLegend items={legend} label="Key to during talks versus between them" />
          <div className="chart-frame">
            <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 600, height: 220 }}>
              <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 4, left: 0 }} barGap={2} barCategoryGap="22%" title="During talks versus between them">
                <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="2 3" />
                <XAxis dataKey="label" tick={WrappedTick} height={WRAPPED_AXIS_HEIGHT} interval={0} stroke="var(--border)" />
                <YAxis yAxisId="strikes" domain={[0, strikeAxis.top]} ticks={strikeAxis.ticks} interval={0} tick={AXIS_TICK} width={40} stroke="var(--border)" tickFormatter={rateTick} />
                <YAxis yAxisId="people" orientation="right" domain={[0, peopleAxis.top]} ticks={peopleAxis.ticks} interval={0} tick={AXIS_TICK} width={40} stroke="var(--border)" tickFormatter={rateTick} />
                <Tooltip
                  content={({ label }) => <PeriodTooltip period={typeof label === 'string' ? byLabel.get(label) : undefined} />}
                  cursor={{ fill: 'var(--hover-bg)', fillOpacity: 0.6 }}
                  isAnimationActive={false}
                />
                <Bar yAxisId="strikes" dataKey="strikes" name="Strikes per day" fill={STRIKE_FILL} isAnimationActive={false} />
                <Bar yAxisId="people" dataKey="killed" name="Killed per day" fill={KILLED_FILL} isAnimationActive={false} />
                <Bar
                  yAxisId="people"
                  dataKey="injured"
                  name="Injured per day"
                  fill={injuredFill(patterns)}
                  stroke={INJURED_STROKE}
                  strokeWidth={0.5}
                  isAnimationActive={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
      <figcaption id={`${id}-caption`}>{periodsCaption(periods)}</figcaption>
    </figure>
  );
});

function PeriodTooltip({ period }: { period: PeriodStats | undefined }) {
  if (!period) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {periodLabel(period.kind)}: {period.days} {period.days === 1 ? 'day' : 'days'}
      </p>
      <dl>
        <dt>Strikes</dt>
        <dd>
          {period.strikes} ({formatRate(perDay(period.strikes, period.days))} a day)
        </dd>
        <dt>Killed</dt>
        <dd>
          {formatRange(period.killedMin, period.killedMax)} ({formatRate(perDay(period.killedMin, period.days))} a day)
        </dd>
        <dt>Injured</dt>
        <dd>
          {formatRange(period.injuredMin, period.injuredMax)} ({formatRate(perDay(period.injuredMin, period.days))} a day)
        </dd>
      </dl>
    </div>
  );
}

function rateTick(value: unknown): string {
  return typeof value === 'number' ? String(Number(value.toFixed(2))) : String(value);
}
