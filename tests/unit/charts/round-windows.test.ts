import { describe, expect, it } from 'vitest';
import { dailyFigures } from '../../../src/domain/charts/daily-figures';
import { offsetSummary, roundWindows, talkRounds } from '../../../src/domain/charts/round-windows';
import { fromDayNumber } from '../../../src/domain/core/calendar-date';
import { all, day, indexOf } from './chart-fixtures';

// Two rounds: 10–11 Jan and 20 Jan. The data runs from 5 Jan (first strike) to 25 Jan.
const index = indexOf([
  { date: '2026-01-05', killed: 1 },
  { date: '2026-01-09', killed: [2, 3], drones: [100, 120], missiles: 5 },
  { date: '2026-01-10', endDate: '2026-01-11', category: 'talks' },
  { date: '2026-01-11', injured: 4 },
  { date: '2026-01-12', killed: 7 },
  { date: '2026-01-13', category: 'statement', killed: 50 },
  { date: '2026-01-20', category: 'talks' },
  { date: '2026-01-21', killed: 1, drones: 10 },
  { date: '2026-01-25', killed: 2 },
]);
const positions = all(index);
const daily = dailyFigures(index, positions, positions, { from: index.minDay, to: index.maxDay });
const rounds = talkRounds(index, positions);

describe('talkRounds', () => {
  it('finds one round per talks event, in date order, with calendar days', () => {
    expect(rounds.map((round) => [fromDayNumber(round.start), fromDayNumber(round.end)])).toEqual([
      ['2026-01-10', '2026-01-11'],
      ['2026-01-20', '2026-01-20'],
    ]);
  });
});

describe('roundWindows', () => {
  it('takes N days before the first day, the round, and N days after the last day', () => {
    const [first] = roundWindows(daily, rounds, 3);
    expect(first?.before).toMatchObject({ from: day('2026-01-07'), to: day('2026-01-09'), days: 3 });
    expect(first?.during).toMatchObject({ from: day('2026-01-10'), to: day('2026-01-11'), days: 2 });
    expect(first?.after).toMatchObject({ from: day('2026-01-12'), to: day('2026-01-14'), days: 3 });
  });

  it('counts strikes, casualties as ranges and launches (drones plus missiles) in each part', () => {
    const [first] = roundWindows(daily, rounds, 3);
    expect(first?.before).toMatchObject({ events: 1, strikes: 1, killedMin: 2, killedMax: 3, launchedMin: 105, launchedMax: 125 });
    expect(first?.during).toMatchObject({ events: 2, strikes: 1, injuredMin: 4, launchedMin: null });
    // The statement on 13 Jan is an event but not a strike: its figures are not counted.
    expect(first?.after).toMatchObject({ events: 2, strikes: 1, killedMin: 7, killedMax: 7 });
  });

  it('does not count days outside the data as quiet days', () => {
    const [first, second] = roundWindows(daily, rounds, 7);
    // 3 Jan – 9 Jan, but the data starts on 5 Jan.
    expect(first?.before.days).toBe(5);
    // 21 Jan – 27 Jan, but the data ends on 25 Jan.
    expect(second?.after.days).toBe(5);
    expect(second?.after).toMatchObject({ strikes: 2, killedMin: 3, launchedMin: 10 });
  });

  it('widens every part with the window the reader picks', () => {
    for (const n of [3, 7, 14]) {
      const [first] = roundWindows(daily, rounds, n);
      expect(first?.before.to).toBe(day('2026-01-09'));
      expect(first?.before.from).toBe(day('2026-01-10') - n);
      expect(first?.after.to).toBe(day('2026-01-11') + n);
    }
  });
});

describe('offsetSummary', () => {
  it('sums each day offset from the first day of every round, with the rounds that reach it', () => {
    const rows = offsetSummary(daily, rounds, 3);
    expect(rows.map((row) => row.offset)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const byOffset = new Map(rows.map((row) => [row.offset, row]));
    // −1: 9 Jan (killed 2–3) and 19 Jan (nothing).
    expect(byOffset.get(-1)).toMatchObject({ rounds: 2, strikes: 1, killedMin: 2, killedMax: 3, launchedMin: 105 });
    // +1: 11 Jan (injured 4) and 21 Jan (killed 1, 10 drones).
    expect(byOffset.get(1)).toMatchObject({ rounds: 2, strikes: 2, killedMin: 1, injuredMin: 4, launchedMin: 10 });
    // +2: 12 Jan (killed 7) and 22 Jan.
    expect(byOffset.get(2)).toMatchObject({ rounds: 2, killedMin: 7 });
  });

  it('leaves out rounds whose day at an offset lies outside the data', () => {
    const rows = offsetSummary(daily, rounds, 7);
    // −7 of the first round is 3 Jan, before the data; −7 of the second is 13 Jan.
    expect(rows[0]).toMatchObject({ offset: -7, rounds: 1 });
    // +7 of the second round is 27 Jan, after the data; +7 of the first is 17 Jan.
    expect(rows[rows.length - 1]).toMatchObject({ offset: 7, rounds: 1 });
  });

  it('gives nothing to average when there are no rounds', () => {
    expect(offsetSummary(daily, [], 3).every((row) => row.rounds === 0 && row.strikes === 0)).toBe(true);
  });
});

describe('calendar days in any time zone', () => {
  it('keeps a late-evening event on its own calendar day', () => {
    // Dates are calendar dates: the process's time zone (CI runs this under Los Angeles and Tokyo) moves nothing.
    const late = indexOf([{ date: '2026-03-01', category: 'talks' }, { date: '2026-02-28', killed: 1 }, { date: '2026-03-02', killed: 2 }]);
    const lateDaily = dailyFigures(late, all(late), all(late), { from: late.minDay, to: late.maxDay });
    const [round] = roundWindows(lateDaily, talkRounds(late, all(late)), 1);
    expect(round?.before).toMatchObject({ from: day('2026-02-28'), killedMin: 1 });
    expect(round?.after).toMatchObject({ from: day('2026-03-02'), killedMin: 2 });
    expect(fromDayNumber(round?.round.start ?? 0)).toBe('2026-03-01');
  });
});
