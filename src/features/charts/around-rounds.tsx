import { memo, useId, useMemo, useState } from 'react';
import { formatRange, formatRate, offsetCaption, sourceNote, type PanelKind } from '../../domain/charts/chart-captions';
import { sumDays, type DailyFigures } from '../../domain/charts/daily-figures';
import { offsetSummary, perDay, ROUND_WINDOW_CHOICES, roundWindows, type OffsetRow, type RoundWindowDays, type TalkRound, type WindowPart } from '../../domain/charts/round-windows';
import { formatDateRange } from '../../domain/core/calendar-date';
import type { MessageId, Translator } from '../../domain/core/i18n/translator';
import { LocalizedText } from '../../components/localized-text';
import { useT } from '../../state/i18n';
import { INJURED_STROKE, KILLED_FILL, LAUNCHED_STROKE, STRIKE_FILL, injuredFill } from './chart-colors';
import type { PatternIds } from './chart-patterns';
import { ColumnHeads } from './column-heads';
import { SeriesPanel, type PanelSeriesSpec } from './series-panel';
import { useWidth } from './use-width';

interface Props {
  daily: DailyFigures;
  rounds: readonly TalkRound[];
  patterns: PatternIds;
  selectedId: string | undefined;
  onSelectRound(id: string): void;
}

/** An offset row with averages per round, as the summary panels draw it. */
interface OffsetBar {
  key: string;
  mid: number;
  title: string;
  rounds: number;
  strikes: number;
  killedMin: number;
  killedSpread: [number, number];
  injuredMin: number;
  injuredSpread: [number, number];
  launchedMin: number;
  launchedSpread: [number, number];
}

const PARTS = ['before', 'during', 'after'] as const;
/** The three summary panels: which series, and their words in the catalogs. */
const OFFSET_PANELS = [
  { kind: 'launches', title: 'rounds.launchedTitle', caption: 'rounds.launchedCaption', key: 'rounds.keyLaunches' },
  { kind: 'casualties', title: 'rounds.casualtiesTitle', caption: 'rounds.casualtiesCaption', key: 'rounds.keyCasualties' },
  { kind: 'strikes', title: 'rounds.strikesTitle', caption: 'rounds.strikesCaption', key: 'rounds.keyStrikes' },
] as const satisfies readonly { kind: PanelKind; title: MessageId; caption: MessageId; key: MessageId }[];
const ROUND_COLUMNS = [
  'rounds.col.round',
  'rounds.col.part',
  'rounds.col.days',
  'rounds.col.events',
  'rounds.col.strikes',
  'rounds.col.launchedPerDay',
  'rounds.col.killedPerDay',
  'rounds.col.injuredPerDay',
  'rounds.col.killedTotal',
  'rounds.col.injuredTotal',
] as const satisfies readonly MessageId[];
/** Day 0 (each round's first day) shaded as a talk day: the offset axis puts day 0 at −0.5 … +0.5. */
const DAY_ZERO = [{ start: -0.5, end: -0.5 }];
const offsetLabel = (offset: number) => (offset > 0 ? `+${offset}` : String(offset));
/** Rounds the table shows at first, and adds on each request. */
const ROUNDS_PER_PAGE = 10;

/**
 * "Around each round": for every talk round, the days before, during and after it, and a summary
 * across rounds by day offset. Clicking a round selects its talks event in every view. Like the
 * panels, it ignores the date range (every round of the selection is shown), so moving the dates
 * or playing them back redraws nothing here.
 */
export const AroundRounds = memo(function AroundRounds({ daily, rounds: shown, patterns, selectedId, onSelectRound }: Props) {
  const id = useId();
  const tr = useT();
  const { t } = tr;
  const [windowDays, setWindowDays] = useState<RoundWindowDays>(7);
  // Large files hold hundreds of rounds: the table grows on request, never all at once.
  const [limit, setLimit] = useState(ROUNDS_PER_PAGE);
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const windows = useMemo(() => roundWindows(daily, shown, windowDays), [daily, shown, windowDays]);
  const offsets = useMemo(() => offsetSummary(daily, shown, windowDays).map((row) => toBar(row, tr)), [daily, shown, windowDays, tr]);
  const events = useMemo(() => {
    // Events the section draws on: those in the union of the rounds' windows, each day counted once.
    let total = 0;
    let until = Number.NEGATIVE_INFINITY;
    for (const round of shown) {
      const from = Math.max(round.start - windowDays, until + 1);
      const to = round.end + windowDays;
      if (to >= from) total += sumDays(daily, 'events', from, to);
      until = Math.max(until, to);
    }
    return total;
  }, [daily, shown, windowDays]);
  const specs = useMemo(() => offsetSpecs(patterns, tr), [patterns, tr]);
  const tooltip = useMemo(() => offsetTooltip(tr), [tr]);
  const domain = useMemo<[number, number]>(() => [-windowDays - 0.5, windowDays + 0.5], [windowDays]);
  const ticks = useMemo(() => offsetTicks(windowDays, width), [windowDays, width]);
  const common = {
    rows: offsets,
    domain,
    ticks,
    tickLabel: offsetLabel,
    bands: DAY_ZERO,
    chosen: null,
    barDays: 1,
    width,
    tooltip,
    height: 110,
  };
  // Parts cut short by the edge of the data; and any window under a week rests on few days.
  const clipped = windows.filter((w) => w.before.days < windowDays || w.after.days < windowDays).length;

  return (
    <section className="around-rounds" aria-labelledby={`${id}-title`} ref={ref}>
      <h3 id={`${id}-title`}>{t('rounds.title')}</h3>
      <fieldset className="window-choice">
        <legend>{t('rounds.windowLegend')}</legend>
        {ROUND_WINDOW_CHOICES.map((days) => (
          <label key={days}>
            <input type="radio" name={`${id}-window`} value={days} checked={windowDays === days} onChange={() => setWindowDays(days)} />
            {t('rounds.windowDays', { count: days })}
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="chart-note">{offsetCaption(0, windowDays, events, tr)}</p>
      ) : (
        <>
          <p className="chart-note">{offsetCaption(shown.length, windowDays, events, tr)}</p>
          <div className="offset-panels">
            {OFFSET_PANELS.map(({ kind, title, caption, key }) => (
              <SeriesPanel key={kind} {...common} title={t(title)} caption={`${t(caption)} ${sourceNote(events, tr)}`} series={specs[kind]} legendLabel={t(key)} />
            ))}
          </div>
          <p className="chart-warning" role="note">
            {windowDays < 7 ? t('rounds.warningShort', { days: windowDays }) : t('rounds.warning')}
            {clipped > 0 && t('rounds.clipped', { count: clipped })}
          </p>
          <p className="chart-note">
            {t('rounds.explain', { days: windowDays })}
          </p>
          <div className="chart-tables rounds-table-scroll" tabIndex={0} role="region" aria-label={t('rounds.tableLabel')}>
            <table className="rounds-table">
              <caption>{t('rounds.tableCaption')}</caption>
              <thead>
                <tr>
                  <ColumnHeads labels={ROUND_COLUMNS.map((column) => t(column))} />
                </tr>
              </thead>
              {windows.slice(0, limit).map((window) => (
                <tbody key={window.round.id} className={window.round.id === selectedId ? 'is-selected' : undefined}>
                  {PARTS.map((name, i) => (
                    <PartRow
                      key={name}
                      name={name}
                      part={window[name]}
                      round={i === 0 ? window.round : undefined}
                      selected={i === 0 && window.round.id === selectedId}
                      onSelectRound={onSelectRound}
                    />
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          {windows.length > limit && (
            <button type="button" className="chart-table-toggle" onClick={() => setLimit(limit + ROUNDS_PER_PAGE)}>
              {t('rounds.more', { count: tr.number(Math.min(ROUNDS_PER_PAGE, windows.length - limit)), hidden: tr.number(windows.length - limit) })}
            </button>
          )}
        </>
      )}
    </section>
  );
});

/** Memoised (and `selected` set only on a round's first row): selecting a round redraws its row and the one it leaves, not the table. */
const PartRow = memo(function PartRow({ name, part, round, selected, onSelectRound }: { name: (typeof PARTS)[number]; part: WindowPart; round: TalkRound | undefined; selected: boolean; onSelectRound(id: string): void }) {
  const tr = useT();
  return (
    <tr>
      {round && (
        <th scope="rowgroup" rowSpan={3} className="round-cell">
          <button type="button" className="round-button" aria-pressed={selected} onClick={() => onSelectRound(round.id)}>
            <LocalizedText original={round.title} translations={round.titleI18n} originalLang={round.lang} />
          </button>
          <span className="round-dates">{formatDateRange(round.start, round.end, 'day', tr.locale)}</span>
        </th>
      )}
      <th scope="row">{tr.t(`rounds.part.${name}`)}</th>
      <td className={part.days < 7 ? 'few-days' : undefined}>{tr.number(part.days)}</td>
      <td>{tr.number(part.events)}</td>
      <td>{tr.number(part.strikes)}</td>
      <td>{part.launchedMin === null ? '–' : formatRate(perDay(part.launchedMin, part.days), tr)}</td>
      <td>{formatRate(perDay(part.killedMin, part.days), tr)}</td>
      <td>{formatRate(perDay(part.injuredMin, part.days), tr)}</td>
      <td>{formatRange(part.killedMin, part.killedMax, tr)}</td>
      <td>{formatRange(part.injuredMin, part.injuredMax, tr)}</td>
    </tr>
  );
});

function toBar(row: OffsetRow, { t }: Translator): OffsetBar {
  const mean = (value: number) => (row.rounds === 0 ? 0 : value / row.rounds);
  const day = row.offset === 0 ? t('rounds.dayZero') : t('rounds.dayOffset', { count: Math.abs(row.offset), before: row.offset < 0 ? 'yes' : 'no' });
  return {
    key: String(row.offset),
    mid: row.offset,
    title: t('rounds.barTitle', { day, rounds: row.rounds }),
    rounds: row.rounds,
    strikes: mean(row.strikes),
    killedMin: mean(row.killedMin),
    killedSpread: [0, mean(row.killedMax - row.killedMin)],
    injuredMin: mean(row.injuredMin),
    injuredSpread: [0, mean(row.injuredMax - row.injuredMin)],
    launchedMin: mean(row.launchedMin),
    launchedSpread: [0, mean(row.launchedMax - row.launchedMin)],
  };
}

function offsetSpecs(patterns: PatternIds, { t }: Translator) {
  const launches: PanelSeriesSpec<OffsetBar>[] = [
    { name: t('charts.series.launchedAverage'), value: 'launchedMin', spread: 'launchedSpread', fill: LAUNCHED_STROKE, top: (bar) => bar.launchedMin + bar.launchedSpread[1] },
  ];
  const casualties: PanelSeriesSpec<OffsetBar>[] = [
    { name: t('charts.series.killed'), value: 'killedMin', spread: 'killedSpread', fill: KILLED_FILL, top: (bar) => bar.killedMin + bar.killedSpread[1] },
    { name: t('charts.series.injured'), value: 'injuredMin', spread: 'injuredSpread', fill: injuredFill(patterns), stroke: INJURED_STROKE, top: (bar) => bar.injuredMin + bar.injuredSpread[1] },
  ];
  const strikes: PanelSeriesSpec<OffsetBar>[] = [{ name: t('charts.series.strikesAverage'), value: 'strikes', fill: STRIKE_FILL, top: (bar) => bar.strikes }];
  return { launches, casualties, strikes };
}

/** The lines of an offset bar's tooltip, in the reader's language. */
function offsetTooltip(tr: Translator): (bar: OffsetBar) => [string, string][] {
  const { t } = tr;
  const two = (value: number) => formatRate(value, tr);
  return (bar) => [
    [t('charts.tip.rounds'), tr.number(bar.rounds)],
    [t('charts.tip.strikes'), two(bar.strikes)],
    [t('charts.tip.killed'), `${two(bar.killedMin)}–${two(bar.killedMin + bar.killedSpread[1])}`],
    [t('charts.tip.injured'), `${two(bar.injuredMin)}–${two(bar.injuredMin + bar.injuredSpread[1])}`],
    [t('charts.tip.launched'), `${two(bar.launchedMin)}–${two(bar.launchedMin + bar.launchedSpread[1])}`],
  ];
}

/** Offsets to label: every day when there is room (about 34 px a label), else every second or third day. */
function offsetTicks(windowDays: number, width: number): number[] {
  const room = Math.max(5, Math.floor((width - 60) / 34));
  const step = Math.max(1, Math.ceil((2 * windowDays + 1) / room));
  // Symmetric around day 0, which is always labelled.
  const ticks: number[] = [];
  for (let k = -Math.floor(windowDays / step); k <= Math.floor(windowDays / step); k++) ticks.push(k * step);
  return ticks;
}
