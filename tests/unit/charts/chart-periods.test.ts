import { describe, expect, it } from 'vitest';
import { duringVersusBetween, perDay } from '../../../src/domain/charts/chart-periods';
import { talkBands } from '../../../src/domain/charts/chart-series';
import { all, day, indexOf } from './chart-fixtures';

const range = { from: day('2026-01-01'), to: day('2026-01-31') };

describe('duringVersusBetween', () => {
  // One round on 10–11 Jan: its window runs from 3 Jan to 18 Jan.
  const index = indexOf([
    { date: '2026-01-10', endDate: '2026-01-11', category: 'talks' },
    { date: '2026-01-02', killed: 1 },
    { date: '2026-01-03', killed: 2 },
    { date: '2026-01-11', killed: [4, 6], injured: 10 },
    { date: '2026-01-18', injured: 3 },
    { date: '2026-01-19', killed: 5 },
    { date: '2026-01-11', category: 'statement', killed: 100 },
  ]);
  const [talks, around, other] = duringVersusBetween(index, all(index), range, talkBands(index, all(index)));

  it('counts the days of each period as denominators, covering the range once', () => {
    expect(talks?.days).toBe(2);
    expect(around?.days).toBe(14);
    expect(other?.days).toBe(15);
    expect((talks?.days ?? 0) + (around?.days ?? 0) + (other?.days ?? 0)).toBe(31);
  });

  it('puts the seventh day before and after a round in its window, and the eighth outside', () => {
    expect(around?.strikes).toBe(2); // 3 Jan and 18 Jan
    expect(around).toMatchObject({ killedMin: 2, injuredMin: 3 });
    expect(other?.strikes).toBe(2); // 2 Jan and 19 Jan
    expect(other).toMatchObject({ killedMin: 6, killedMax: 6 });
  });

  it('counts strikes on the last day of a round as talk days, keeping casualty ranges', () => {
    expect(talks).toMatchObject({ kind: 'talks', strikes: 1, killedMin: 4, killedMax: 6, injuredMin: 10, injuredMax: 10 });
  });

  it('keeps a talk day a talk day when it falls in another round’s window', () => {
    const twoRounds = indexOf([
      { date: '2026-01-10', category: 'talks' },
      { date: '2026-01-14', category: 'talks' },
      { date: '2026-01-14' },
    ]);
    const [t, a, o] = duringVersusBetween(twoRounds, all(twoRounds), range, talkBands(twoRounds, all(twoRounds)));
    expect(t).toMatchObject({ days: 2, strikes: 1 });
    expect(a?.days).toBe(17); // 3–21 Jan (19 days) without the two talk days
    expect(o?.days).toBe(12);
  });

  it('clips windows to the range', () => {
    const early = indexOf([{ date: '2026-01-02', category: 'talks' }]);
    const [t, a] = duringVersusBetween(early, all(early), range, talkBands(early, all(early)));
    expect(t?.days).toBe(1);
    expect(a?.days).toBe(8); // 1 Jan and 3–9 Jan
  });

  it('makes every day an "other" day when there are no talks', () => {
    const [t, a, o] = duringVersusBetween(index, all(index), range, []);
    expect(t?.days).toBe(0);
    expect(a?.days).toBe(0);
    expect(o).toMatchObject({ days: 31, strikes: 5 });
  });
});

describe('perDay', () => {
  it('divides by the days, and gives no rate for a period without days', () => {
    expect(perDay(3, 4)).toBe(0.75);
    expect(perDay(0, 0)).toBeNull();
  });
});
