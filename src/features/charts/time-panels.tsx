import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { formatRange, panelCaption, unitPhrase } from '../../domain/charts/chart-captions';
import type { DayBand } from '../../domain/charts/chart-series';
import { dayTicks } from '../../domain/charts/chart-ticks';
import { talkDaysIn, type DailyFigures } from '../../domain/charts/daily-figures';
import { windowPart } from '../../domain/charts/round-windows';
import { BAR_DAYS, panelBars, panelPlan, type PanelBar, type PanelSeries } from '../../domain/charts/time-panels';
import { fromDayNumber, monthName } from '../../domain/core/calendar-date';
import { useVisibleTimeWindow } from '../../state/time-view';
import { INJURED_STROKE, KILLED_FILL, LAUNCHED_STROKE, STRIKE_FILL, injuredFill } from './chart-colors';
import { ChartDataTables } from './chart-data-tables';
import type { PatternIds } from './chart-patterns';
import { SeriesPanel, type PanelSeriesSpec } from './series-panel';
import { useSettled } from './use-settled';
import { useWidth } from './use-width';

/** How long the zoom must rest before the panels redraw. */
const SETTLE_MS = 300;

interface Props {
  daily: DailyFigures;
  patterns: PatternIds;
  /** The chosen From/To days (inclusive), or null when the whole extent is shown. */
  chosen: DayBand | null;
  /** Start day of the selected event, or undefined. */
  selectedDay: number | undefined;
  onChooseBar(bar: PanelBar): void;
}

/**
 * Aligned small multiples on the timeline's time axis: launches, killed and injured, strikes,
 * each with its own y axis and the talk days shaded alike. The x range follows the timeline's
 * zoom and pan; the bars are only recomputed when the bar size or the block of days changes.
 */
export const TimePanels = memo(function TimePanels({ daily, patterns, chosen, selectedDay: selectedNow, onChooseBar }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  // The zoom reaches the panels when it settles: a wheel zoom commits the other views first, and
  // the panels (a new x range redraws Recharts) catch up in a task of their own. The chosen dates
  // are only shading drawn outside Recharts, so they follow at once.
  const visible = useSettled(useVisibleTimeWindow(), SETTLE_MS);
  const selectedDay = useDeferredValue(selectedNow);
  const lastDay = daily.firstDay + daily.days - 1;
  const start = Math.max(daily.firstDay - 1, visible?.start ?? daily.firstDay);
  const end = Math.min(lastDay + 2, visible?.end ?? lastDay + 1);
  const domain = useMemo<[number, number]>(() => [start, Math.max(start + 1, end)], [start, end]);

  // The bars depend on the window only through the bar size and the block of days around it,
  // so a pan inside the block moves the axis and leaves Recharts' data as it is.
  const plan = panelPlan(daily, { start: domain[0], end: domain[1] });
  const series: PanelSeries = useMemo(() => panelBars(daily, { unit: plan.unit, from: plan.from, to: plan.to }), [daily, plan.unit, plan.from, plan.to]);
  const axis = useMemo(() => dayTicks(domain[0], domain[1], Math.max(4, Math.floor(width / 80))), [domain, width]);
  const tickLabel = useCallback((day: number) => shortDay(day, axis.monthly), [axis.monthly]);
  const part = useMemo(() => windowPart(daily, chosen?.start ?? daily.firstDay, chosen?.end ?? lastDay), [daily, chosen, lastDay]);
  const talkDays = talkDaysIn(daily.talkBands, part.from, part.to);
  const barDays = BAR_DAYS[series.unit];
  const per = unitPhrase(series.unit).split(' ')[0] ?? 'day';
  const markedIndex = selectedDay === undefined ? -1 : series.bars.findIndex((bar) => bar.start <= selectedDay && selectedDay <= bar.end);
  const markedBar = series.bars[markedIndex];
  // Kept as the same object while the same bar is marked, so the memoised panels stay still.
  const marked = useMemo(() => (markedBar ? { start: markedBar.start, end: markedBar.end } : undefined), [markedBar]);
  const specs = useMemo(() => panelSpecs(patterns), [patterns]);
  const common = {
    rows: series.bars,
    domain,
    ticks: axis.ticks,
    tickLabel,
    bands: series.talkBands,
    chosen,
    marked,
    barDays,
    width,
    tooltip: barTooltip,
    onChooseRow: onChooseBar,
  };

  return (
    <div className="time-panels" ref={ref}>
      <SeriesPanel {...common} title={`Drones and missiles launched per ${per}`} caption={panelCaption('launches', part, talkDays)} series={specs.launches} legendLabel="Key to launches" />
      <SeriesPanel {...common} title={`People killed and injured per ${per}`} caption={panelCaption('casualties', part, talkDays)} series={specs.casualties} legendLabel="Key to killed and injured" />
      <SeriesPanel {...common} title={`Strikes per ${per}`} caption={panelCaption('strikes', part, talkDays)} series={specs.strikes} legendLabel="Key to strikes" />
      <p className="chart-hint">
        The days follow the timeline's zoom and pan. Click a bar to show that {per} in every view; the chosen dates are outlined.
      </p>
      <button type="button" className="chart-table-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
        {showTable ? 'Hide data table' : 'Show data as table'}
      </button>
      {showTable && <ChartDataTables id={tableId} series={series} onChooseBar={onChooseBar} />}
    </div>
  );
});

function panelSpecs(patterns: PatternIds) {
  const launches: PanelSeriesSpec<PanelBar>[] = [
    { name: 'Launched (lowest figure; whisker to highest)', value: 'launchedMin', spread: 'launchedSpread', fill: LAUNCHED_STROKE, top: (bar) => bar.launchedMax ?? 0 },
  ];
  const casualties: PanelSeriesSpec<PanelBar>[] = [
    { name: 'Killed', value: 'killedMin', spread: 'killedSpread', fill: KILLED_FILL, top: (bar) => bar.killedMax },
    { name: 'Injured (hatched)', value: 'injuredMin', spread: 'injuredSpread', fill: injuredFill(patterns), stroke: INJURED_STROKE, top: (bar) => bar.injuredMax },
  ];
  const strikes: PanelSeriesSpec<PanelBar>[] = [{ name: 'Strikes', value: 'strikes', fill: STRIKE_FILL, top: (bar) => bar.strikes }];
  return { launches, casualties, strikes };
}

function barTooltip(bar: PanelBar): [string, string][] {
  return [
    ['Strikes', String(bar.strikes)],
    ['Killed', formatRange(bar.killedMin, bar.killedMax)],
    ['Injured', formatRange(bar.injuredMin, bar.injuredMax)],
    ['Launched', bar.launchedMin === null ? 'no count' : formatRange(bar.launchedMin, bar.launchedMax ?? bar.launchedMin)],
    ['Events', String(bar.events)],
    ['Talk days', String(bar.talkDays)],
  ];
}

function shortDay(day: number, monthly: boolean): string {
  const text = fromDayNumber(day);
  const month = monthName(Number(text.slice(5, 7)) - 1);
  if (monthly) return text.slice(5, 7) === '01' ? `${month} ${text.slice(0, 4)}` : month;
  return `${Number(text.slice(8, 10))} ${month}`;
}
