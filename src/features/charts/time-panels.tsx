import { memo, useCallback, useId, useMemo, useState } from 'react';
import { formatRange, panelCaption, type PanelKind } from '../../domain/charts/chart-captions';
import type { DayBand } from '../../domain/charts/chart-series';
import { dayTicks } from '../../domain/charts/chart-ticks';
import { talkDaysIn, type DailyFigures } from '../../domain/charts/daily-figures';
import { windowPart } from '../../domain/charts/round-windows';
import { BAR_DAYS, panelBars, panelPlan, type PanelBar, type PanelSeries } from '../../domain/charts/time-panels';
import { fromDayNumber, monthName } from '../../domain/core/calendar-date';
import type { MessageId, Translator } from '../../domain/core/i18n/translator';
import { useT } from '../../state/i18n';
import { timeWindowFor, usePublishedTimeWindow } from '../../state/time-view';
import type { TimeWindow } from '../../domain/timeline/timeline-scale';
import { INJURED_STROKE, KILLED_FILL, LAUNCHED_STROKE, STRIKE_FILL, injuredFill } from './chart-colors';
import { ChartDataTables } from './chart-data-tables';
import type { PatternIds } from './chart-patterns';
import { SeriesPanel, type PanelSeriesSpec } from './series-panel';
import { useSettled } from './use-settled';
import { useWidth } from './use-width';

/** The three panels: which series, and their words in the catalogs. */
const TIME_PANELS = [
  { kind: 'launches', title: 'charts.launchesTitle', key: 'charts.keyLaunches' },
  { kind: 'casualties', title: 'charts.casualtiesTitle', key: 'charts.keyCasualties' },
  { kind: 'strikes', title: 'charts.strikesTitle', key: 'charts.keyStrikes' },
] as const satisfies readonly { kind: PanelKind; title: MessageId; key: MessageId }[];

/** How long the zoom must rest before the panels redraw. */
const SETTLE_MS = 300;

interface Props {
  daily: DailyFigures;
  patterns: PatternIds;
  /** The chosen From/To days (inclusive), or null when the whole extent is shown. */
  chosen: DayBand | null;
  /** Start day of the selected event, or undefined. */
  selectedDay: number | undefined;
  /** The timeline's full window for the current filters (see state/time-view). */
  bounds: TimeWindow;
  onChooseBar(bar: PanelBar): void;
}

/**
 * Aligned small multiples on the timeline's time axis: launches, killed and injured, strikes,
 * each with its own y axis and the talk days shaded alike. The x range follows the timeline's
 * zoom and pan; the bars are only recomputed when the bar size or the block of days changes.
 */
export const TimePanels = memo(function TimePanels({ daily, patterns, chosen, selectedDay, bounds, onChooseBar }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const tableId = useId();
  const tr = useT();
  const { t } = tr;
  const [showTable, setShowTable] = useState(false);
  // The zoom reaches the panels when it settles: a wheel zoom commits the other views first, and
  // the panels (a new x range redraws Recharts) catch up in a task of their own. A filter that
  // moves the timeline's whole window (a date typed into From) moves the panels in the same render.
  const visible = useSettled(timeWindowFor(bounds, usePublishedTimeWindow()), SETTLE_MS, `${bounds.start}:${bounds.end}`);
  const lastDay = daily.firstDay + daily.days - 1;
  const start = Math.max(daily.firstDay - 1, visible?.start ?? daily.firstDay);
  const end = Math.min(lastDay + 2, visible?.end ?? lastDay + 1);
  const domain = useMemo<[number, number]>(() => [start, Math.max(start + 1, end)], [start, end]);

  // The bars depend on the window only through the bar size and the block of days around it,
  // so a pan inside the block moves the axis and leaves Recharts' data as it is.
  const plan = panelPlan(daily, { start: domain[0], end: domain[1] });
  const series: PanelSeries = useMemo(() => panelBars(daily, { unit: plan.unit, from: plan.from, to: plan.to }, tr.locale), [daily, plan.unit, plan.from, plan.to, tr.locale]);
  const axis = useMemo(() => dayTicks(domain[0], domain[1], Math.max(4, Math.floor(width / 80))), [domain, width]);
  const tickLabel = useCallback((day: number) => shortDay(day, axis.monthly, tr.locale), [axis.monthly, tr.locale]);
  const part = useMemo(() => windowPart(daily, chosen?.start ?? daily.firstDay, chosen?.end ?? lastDay), [daily, chosen, lastDay]);
  const talkDays = talkDaysIn(daily.talkBands, part.from, part.to);
  const barDays = BAR_DAYS[series.unit];
  const unit = series.unit;
  const markedIndex = selectedDay === undefined ? -1 : series.bars.findIndex((bar) => bar.start <= selectedDay && selectedDay <= bar.end);
  const markedBar = series.bars[markedIndex];
  // Kept as the same object while the same bar is marked, so the memoised panels stay still.
  const marked = useMemo(() => (markedBar ? { start: markedBar.start, end: markedBar.end } : undefined), [markedBar]);
  const specs = useMemo(() => panelSpecs(patterns, tr), [patterns, tr]);
  const tooltip = useMemo(() => barTooltip(tr), [tr]);
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
    tooltip,
    onChooseRow: onChooseBar,
  };

  return (
    <div className="time-panels" ref={ref}>
      {TIME_PANELS.map(({ kind, title, key }) => (
        <SeriesPanel key={kind} {...common} title={t(title, { unit })} caption={panelCaption(kind, part, talkDays, tr)} series={specs[kind]} legendLabel={t(key)} />
      ))}
      <p className="chart-hint">{t('charts.hint', { unit })}</p>
      <button type="button" className="chart-table-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      {showTable && <ChartDataTables id={tableId} series={series} onChooseBar={onChooseBar} />}
    </div>
  );
});

function panelSpecs(patterns: PatternIds, { t }: Translator) {
  const launches: PanelSeriesSpec<PanelBar>[] = [
    { name: t('charts.series.launched'), value: 'launchedMin', spread: 'launchedSpread', fill: LAUNCHED_STROKE, top: (bar) => bar.launchedMax ?? 0 },
  ];
  const casualties: PanelSeriesSpec<PanelBar>[] = [
    { name: t('charts.series.killed'), value: 'killedMin', spread: 'killedSpread', fill: KILLED_FILL, top: (bar) => bar.killedMax },
    { name: t('charts.series.injured'), value: 'injuredMin', spread: 'injuredSpread', fill: injuredFill(patterns), stroke: INJURED_STROKE, top: (bar) => bar.injuredMax },
  ];
  const strikes: PanelSeriesSpec<PanelBar>[] = [{ name: t('charts.series.strikes'), value: 'strikes', fill: STRIKE_FILL, top: (bar) => bar.strikes }];
  return { launches, casualties, strikes };
}

/** The lines of a bar's tooltip, in the reader's language. */
function barTooltip(tr: Translator): (bar: PanelBar) => [string, string][] {
  const { t } = tr;
  return (bar) => [
    [t('charts.tip.strikes'), tr.number(bar.strikes)],
    [t('charts.tip.killed'), formatRange(bar.killedMin, bar.killedMax, tr)],
    [t('charts.tip.injured'), formatRange(bar.injuredMin, bar.injuredMax, tr)],
    [t('charts.tip.launched'), bar.launchedMin === null ? t('charts.noCount') : formatRange(bar.launchedMin, bar.launchedMax ?? bar.launchedMin, tr)],
    [t('charts.tip.events'), tr.number(bar.events)],
    [t('charts.talkDays'), tr.number(bar.talkDays)],
  ];
}

function shortDay(day: number, monthly: boolean, locale: string): string {
  const text = fromDayNumber(day);
  const month = monthName(Number(text.slice(5, 7)) - 1, 'short', locale);
  if (monthly) return text.slice(5, 7) === '01' ? `${month} ${text.slice(0, 4)}` : month;
  return `${Number(text.slice(8, 10))} ${month}`;
}
