/**
 * "Around each round": for every talk round, the days before, during and after it (a window of N
 * days the reader picks), and a summary across rounds by day offset from each round's first day.
 * All in calendar days (day numbers), read from the per-day prefix sums.
 */
import type { Translations } from '../core/localized';
import { coveredDays, sumDays, type DailyFigures, type StrikeTotals } from './daily-figures';
import type { EventIndex } from '../core/event-index';

/** The windows a reader can pick, in days either side of a round. */
export const ROUND_WINDOW_CHOICES = [3, 7, 14] as const;
export type RoundWindowDays = (typeof ROUND_WINDOW_CHOICES)[number];

export interface TalkRound {
  /** Id of the talks event: selecting the round selects this event. */
  id: string;
  title: string;
  /** The title's translations and the language of the original, from the talks event (contract 1.1). */
  titleI18n?: Translations | undefined;
  lang?: string | undefined;
  /** First and last day of the round (inclusive). */
  start: number;
  end: number;
}

/** Figures of one part of a round's window. */
export interface WindowPart extends StrikeTotals {
  /** First and last day of the part (inclusive), before clipping to the data. */
  from: number;
  to: number;
  /** Days of the part that the data covers: the denominator of every "per day" figure. */
  days: number;
}

export interface RoundWindow {
  round: TalkRound;
  before: WindowPart;
  during: WindowPart;
  after: WindowPart;
}

/** Day offsets summed over rounds: offset 0 is each round's first day. */
export interface OffsetRow {
  offset: number;
  /** Rounds whose day at this offset lies inside the data (the denominator of the averages). */
  rounds: number;
  strikes: number;
  killedMin: number;
  killedMax: number;
  injuredMin: number;
  injuredMax: number;
  launchedMin: number;
  launchedMax: number;
}

/**
 * The talk rounds among `positions` (one per talks event), in date order.
 * @example talkRounds(index, selection.filtered)
 */
export function talkRounds(index: EventIndex, positions: ArrayLike<number>): TalkRound[] {
  const { talksCode } = index.figures;
  const rounds: TalkRound[] = [];
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    if (index.categoryCode[i] !== talksCode) continue;
    const event = index.events[i];
    if (!event) continue;
    rounds.push({
      id: event.id,
      title: event.title,
      titleI18n: event.title_i18n,
      lang: event.lang ?? index.dataset.meta.lang,
      start: index.startDay[i] as number,
      end: index.endDay[i] as number,
    });
  }
  return rounds.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
}

/** Figures of the days from `from` to `to` (inclusive). */
export function windowPart(daily: DailyFigures, from: number, to: number): WindowPart {
  const sum = (field: Parameters<typeof sumDays>[1]) => sumDays(daily, field, from, to);
  const reports = sum('launchReports');
  return {
    from,
    to,
    days: to < from ? 0 : coveredDays(daily, from, to),
    events: sum('events'),
    strikes: sum('strikes'),
    killedMin: sum('killedMin'),
    killedMax: sum('killedMax'),
    injuredMin: sum('injuredMin'),
    injuredMax: sum('injuredMax'),
    launchedMin: reports > 0 ? sum('launchedMin') : null,
    launchedMax: reports > 0 ? sum('launchedMax') : null,
  };
}

/**
 * Before (the `windowDays` days up to the round's first day), during (its days) and after (the
 * `windowDays` days from the day after its last day) for each round. Days outside the data are
 * not counted, so a round at the edge of the data has a shorter part, never a falsely quiet one.
 * @example roundWindows(daily, rounds, 7)[0].before.days // 7
 */
export function roundWindows(daily: DailyFigures, rounds: readonly TalkRound[], windowDays: number): RoundWindow[] {
  return rounds.map((round) => ({
    round,
    before: windowPart(daily, round.start - windowDays, round.start - 1),
    during: windowPart(daily, round.start, round.end),
    after: windowPart(daily, round.end + 1, round.end + windowDays),
  }));
}

/**
 * Figures summed over rounds for each day offset −N … +N from the round's first day, with the
 * number of rounds whose day at that offset the data covers.
 * @example offsetSummary(daily, rounds, 3).map((row) => row.offset) // [-3, -2, -1, 0, 1, 2, 3]
 */
export function offsetSummary(daily: DailyFigures, rounds: readonly TalkRound[], windowDays: number): OffsetRow[] {
  const rows: OffsetRow[] = [];
  for (let offset = -windowDays; offset <= windowDays; offset++) {
    const row: OffsetRow = { offset, rounds: 0, strikes: 0, killedMin: 0, killedMax: 0, injuredMin: 0, injuredMax: 0, launchedMin: 0, launchedMax: 0 };
    for (const round of rounds) {
      const day = round.start + offset;
      if (coveredDays(daily, day, day) === 0) continue;
      row.rounds += 1;
      row.strikes += sumDays(daily, 'strikes', day, day);
      row.killedMin += sumDays(daily, 'killedMin', day, day);
      row.killedMax += sumDays(daily, 'killedMax', day, day);
      row.injuredMin += sumDays(daily, 'injuredMin', day, day);
      row.injuredMax += sumDays(daily, 'injuredMax', day, day);
      row.launchedMin += sumDays(daily, 'launchedMin', day, day);
      row.launchedMax += sumDays(daily, 'launchedMax', day, day);
    }
    rows.push(row);
  }
  return rows;
}

/** `value / days`, or null when the part has no days (a rate of nothing is not zero). */
export function perDay(value: number, days: number): number | null {
  return days === 0 ? null : value / days;
}
