import { memo, useId, useMemo, useState } from 'react';
import { formatRange, formatRate, offsetCaption, sourceNote } from '../../domain/charts/chart-captions';
import { sumDays, type DailyFigures } from '../../domain/charts/daily-figures';
import { offsetSummary, perDay, ROUND_WINDOW_CHOICES, roundWindows, type OffsetRow, type RoundWindowDays, type TalkRound, type WindowPart } from '../../domain/charts/round-windows';
import { formatDateRange } from '../../domain/core/calendar-date';
import { INJURED_STROKE, KILLED_FILL, LAUNCHED_STROKE, STRIKE_FILL, injuredFill } from './chart-colors';
import type { PatternIds } from './chart-patterns';
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
  const [windowDays, setWindowDays] = useState<RoundWindowDays>(7);
  // Large files hold hundreds of rounds: the table grows on request, never all at once.
  const [limit, setLimit] = useState(ROUNDS_PER_PAGE);
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const windows = useMemo(() => roundWindows(daily, shown, windowDays), [daily, shown, windowDays]);
  const offsets = useMemo(() => offsetSummary(daily, shown, windowDays).map(toBar), [daily, shown, windowDays]);
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
  const specs = useMemo(() => offsetSpecs(patterns), [patterns]);
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
    tooltip: offsetTooltip,
    height: 110,
  };
  // Parts cut short by the edge of the data; and any window under a week rests on few days.
  const clipped = windows.filter((w) => w.before.days < windowDays || w.after.days < windowDays).length;

  return (
    <section className="around-rounds" aria-labelledby={`${id}-title`} ref={ref}>
      <h3 id={`${id}-title`}>Around each round</h3>
      <fieldset className="window-choice">
        <legend>Days before and after each round</legend>
        {ROUND_WINDOW_CHOICES.map((days) => (
          <label key={days}>
            <input type="radio" name={`${id}-window`} value={days} checked={windowDays === days} onChange={() => setWindowDays(days)} />
            {days} days
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="chart-note">No talk rounds in this selection. {sourceNote(events)}</p>
      ) : (
        <>
          <p className="chart-note">{offsetCaption(shown.length, windowDays, events)}</p>
          <div className="offset-panels">
            <SeriesPanel {...common} title="Launched per round, by day" caption={`Drones and missiles launched, average per round. ${sourceNote(events)}`} series={specs.launches} legendLabel="Key to launches around rounds" />
            <SeriesPanel {...common} title="Killed and injured per round, by day" caption={`Killed and injured, average per round. ${sourceNote(events)}`} series={specs.casualties} legendLabel="Key to casualties around rounds" />
            <SeriesPanel {...common} title="Strikes per round, by day" caption={`Strikes, average per round. ${sourceNote(events)}`} series={specs.strikes} legendLabel="Key to strikes around rounds" />
          </div>
          <p className="chart-warning" role="note">
            Parts of fewer than 7 days are marked: a round lasts 1 to a few days{windowDays < 7 ? `, and ${windowDays} days before or after is a short window` : ''}, so their per-day figures rest on few days.
            {clipped > 0 && ` ${clipped === 1 ? '1 round lies' : `${clipped} rounds lie`} near the edge of the data: the days outside it are not counted.`}
          </p>
          <p className="chart-note">
            Each round: {windowDays} days before its first day, its own days, {windowDays} days after its last day. Per-day figures use the lowest reported numbers; totals give
            the range. Click a round to select it in every view.
          </p>
          <div className="chart-tables rounds-table-scroll" tabIndex={0} role="region" aria-label="Each round, before, during and after">
            <table className="rounds-table">
              <caption>Each round: before, during and after</caption>
              <thead>
                <tr>
                  <th scope="col">Round</th>
                  <th scope="col">Part</th>
                  <th scope="col">Days</th>
                  <th scope="col">Events</th>
                  <th scope="col">Strikes</th>
                  <th scope="col">Launched per day</th>
                  <th scope="col">Killed per day</th>
                  <th scope="col">Injured per day</th>
                  <th scope="col">Killed (total)</th>
                  <th scope="col">Injured (total)</th>
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
                      selected={window.round.id === selectedId}
                      onSelectRound={onSelectRound}
                    />
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          {windows.length > limit && (
            <button type="button" className="chart-table-toggle" onClick={() => setLimit(limit + ROUNDS_PER_PAGE)}>
              Show {Math.min(ROUNDS_PER_PAGE, windows.length - limit)} more rounds ({windows.length - limit} not shown)
            </button>
          )}
        </>
      )}
    </section>
  );
});

function PartRow({ name, part, round, selected, onSelectRound }: { name: (typeof PARTS)[number]; part: WindowPart; round: TalkRound | undefined; selected: boolean; onSelectRound(id: string): void }) {
  return (
    <tr>
      {round && (
        <th scope="rowgroup" rowSpan={3} className="round-cell">
          <button type="button" className="round-button" aria-pressed={selected} onClick={() => onSelectRound(round.id)}>
            {round.title}
          </button>
          <span className="round-dates">{formatDateRange(round.start, round.end, 'day')}</span>
        </th>
      )}
      <th scope="row">{name === 'before' ? 'Before' : name === 'during' ? 'During' : 'After'}</th>
      <td className={part.days < 7 ? 'few-days' : undefined}>{part.days}</td>
      <td>{part.events}</td>
      <td>{part.strikes}</td>
      <td>{part.launchedMin === null ? '–' : formatRate(perDay(part.launchedMin, part.days))}</td>
      <td>{formatRate(perDay(part.killedMin, part.days))}</td>
      <td>{formatRate(perDay(part.injuredMin, part.days))}</td>
      <td>{formatRange(part.killedMin, part.killedMax)}</td>
      <td>{formatRange(part.injuredMin, part.injuredMax)}</td>
    </tr>
  );
}

function toBar(row: OffsetRow): OffsetBar {
  const mean = (value: number) => (row.rounds === 0 ? 0 : value / row.rounds);
  const day = row.offset === 0 ? 'the first day of the round' : `${Math.abs(row.offset)} ${Math.abs(row.offset) === 1 ? 'day' : 'days'} ${row.offset < 0 ? 'before' : 'after'} the first day`;
  return {
    key: String(row.offset),
    mid: row.offset,
    title: `${day} (${row.rounds} ${row.rounds === 1 ? 'round' : 'rounds'})`,
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

function offsetSpecs(patterns: PatternIds) {
  const launches: PanelSeriesSpec<OffsetBar>[] = [
    { name: 'Launched (average per round)', value: 'launchedMin', spread: 'launchedSpread', fill: LAUNCHED_STROKE, top: (bar) => bar.launchedMin + bar.launchedSpread[1] },
  ];
  const casualties: PanelSeriesSpec<OffsetBar>[] = [
    { name: 'Killed', value: 'killedMin', spread: 'killedSpread', fill: KILLED_FILL, top: (bar) => bar.killedMin + bar.killedSpread[1] },
    { name: 'Injured (hatched)', value: 'injuredMin', spread: 'injuredSpread', fill: injuredFill(patterns), stroke: INJURED_STROKE, top: (bar) => bar.injuredMin + bar.injuredSpread[1] },
  ];
  const strikes: PanelSeriesSpec<OffsetBar>[] = [{ name: 'Strikes (average per round)', value: 'strikes', fill: STRIKE_FILL, top: (bar) => bar.strikes }];
  return { launches, casualties, strikes };
}

function offsetTooltip(bar: OffsetBar): [string, string][] {
  const two = (value: number) => formatRate(value);
  return [
    ['Rounds', String(bar.rounds)],
    ['Strikes', two(bar.strikes)],
    ['Killed', `${two(bar.killedMin)}–${two(bar.killedMin + bar.killedSpread[1])}`],
    ['Injured', `${two(bar.injuredMin)}–${two(bar.injuredMin + bar.injuredSpread[1])}`],
    ['Launched', `${two(bar.launchedMin)}–${two(bar.launchedMin + bar.launchedSpread[1])}`],
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
