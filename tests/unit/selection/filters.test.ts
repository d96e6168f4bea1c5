import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, selectEvents, selectEventsReusing, selectionKey, undatedSelection, withoutDates, type Filters } from '../../../src/domain/selection/filters';
import { miniIndex } from '../../helpers/render-dashboard';

const index = miniIndex();
const ids = (filters: Partial<Filters>, which: 'filtered' | 'shown' = 'shown') =>
  [...selectEvents(index, { ...EMPTY_FILTERS, ...filters })[which]].map((p) => index.events[p]?.id);

describe('selectEvents', () => {
  it('shows everything when nothing is filtered', () => {
    expect(ids({})).toHaveLength(8);
  });

  it('includes a span that overlaps the range only by its last day', () => {
    expect(ids({ from: '2026-01-24', to: '2026-01-24' })).toEqual(['talks-2026-01-23-abu-dhabi-round1', 'strike-2026-01-24-kyiv']);
  });

  it('includes a span that overlaps the range only by its first day', () => {
    expect(ids({ from: '2026-01-20', to: '2026-01-23' })).toEqual(['talks-2026-01-23-abu-dhabi-round1']);
  });

  it('excludes events after the range end and before the range start', () => {
    expect(ids({ to: '2026-01-22' })).toEqual([]);
    expect(ids({ from: '2026-02-18' })).toEqual([]);
  });

  it('matches any of the chosen actors by default', () => {
    const any = ids({ actors: ['steve-witkoff', 'uae'] });
    expect(any).toHaveLength(3);
  });

  it('matches all of the chosen actors with match=all', () => {
    expect(ids({ actors: ['rustem-umerov', 'steve-witkoff'], match: 'all' })).toEqual(['talks-2026-01-23-abu-dhabi-round1']);
  });

  it('filters by category', () => {
    expect(ids({ categories: ['talks', 'humanitarian'] })).toHaveLength(3);
  });

  it('searches title, place, actor names and sources, every word, any case', () => {
    expect(ids({ q: 'DRUZHKIVKA' })).toEqual(['strike-2026-02-04-druzhkivka-market']);
    expect(ids({ q: 'abu dhabi umerov' })).toHaveLength(2);
    expect(ids({ q: 'example.org/pow' })).toEqual(['hum-2026-02-05-pow-exchange']);
    expect(ids({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('narrows shown events to the selected place but not the filtered ones', () => {
    expect(ids({ place: 'abu-dhabi' })).toHaveLength(3);
    expect(ids({ place: 'abu-dhabi' }, 'filtered')).toHaveLength(8);
  });

  it('combines filters', () => {
    expect(ids({ actors: ['russia'], categories: ['strike'], from: '2026-02-01' })).toHaveLength(3);
  });
});

describe('selectEventsReusing', () => {
  it('gives back the same selection when only the selected event changes', () => {
    const index = miniIndex();
    const first = selectEventsReusing(index, { ...EMPTY_FILTERS, categories: ['strike'] });
    const again = selectEventsReusing(index, { ...EMPTY_FILTERS, categories: ['strike'], event: 'strike-2026-01-24-kyiv' });
    expect(again).toBe(first);
  });

  it('computes a new selection when anything else changes', () => {
    const index = miniIndex();
    const first = selectEventsReusing(index, { ...EMPTY_FILTERS, categories: ['strike'] });
    const other = selectEventsReusing(index, { ...EMPTY_FILTERS, categories: ['talks'] });
    expect(other).not.toBe(first);
    expect(other.shown).toHaveLength(2);
  });

  // The undated selection too: its filtered events are what the map lays out.
  it.each([
    ['selectEventsReusing', selectEventsReusing],
    ['undatedSelection', undatedSelection],
  ])('%s keeps the filtered events (what the map shows) when only the place changes, and narrows the rest to it', (_, select) => {
    const index = miniIndex();
    const all = select(index, { ...EMPTY_FILTERS, categories: ['strike'] });
    const atKyiv = select(index, { ...EMPTY_FILTERS, categories: ['strike'], place: 'kyiv' });
    expect(atKyiv.filtered).toBe(all.filtered);
    expect(atKyiv).toEqual(selectEvents(index, { ...EMPTY_FILTERS, categories: ['strike'], place: 'kyiv' }));
    expect(atKyiv.shown.length).toBeGreaterThan(0);
    expect(atKyiv.shown.length).toBeLessThan(all.shown.length);
  });

  it('answers like selectEvents through every path: dates narrowed from the undated selection, each filter in turn', () => {
    const index = miniIndex();
    const steps: Partial<Filters>[] = [
      {},
      { from: '2026-01-24' },
      { from: '2026-01-24', to: '2026-02-01' },
      { from: '2026-01-24', to: '2026-02-01', categories: ['strike'] },
      { from: '2026-01-20', to: '2026-01-23', categories: ['strike', 'talks'] },
      { from: '2026-01-20', to: '2026-01-23', categories: ['strike', 'talks'], place: 'kyiv' },
      { to: '2026-01-24', place: 'kyiv' },
      { to: '2026-01-24', actors: ['russia'], match: 'all' },
      { from: '2026-01-24', q: 'kyiv' },
      {},
    ];
    for (const step of steps) {
      const filters = { ...EMPTY_FILTERS, ...step };
      expect(selectEventsReusing(index, filters), JSON.stringify(step)).toEqual(selectEvents(index, filters));
    }
  });

  it('shares one undated selection between the dated views and the timeline and charts', () => {
    const index = miniIndex();
    const undated = undatedSelection(index, { ...EMPTY_FILTERS, categories: ['strike'] });
    expect(selectEventsReusing(index, { ...EMPTY_FILTERS, categories: ['strike'] })).toBe(undated);
    expect(undatedSelection(index, { ...EMPTY_FILTERS, categories: ['strike'], from: '2026-01-24' })).toBe(undated);
  });

});

describe('withoutDates and selectionKey', () => {
  const filters: Filters = { ...EMPTY_FILTERS, from: '2026-01-01', to: '2026-01-31', categories: ['strike'], event: 'a' };

  it('drops only the date range', () => {
    expect(withoutDates(filters)).toEqual({ ...EMPTY_FILTERS, categories: ['strike'], event: 'a' });
  });

  it('is the same for filters that differ only in the selected event, or only in dates when dates are ignored', () => {
    expect(selectionKey({ ...filters, event: 'b' })).toBe(selectionKey(filters));
    expect(selectionKey({ ...filters, from: '2026-01-15' })).not.toBe(selectionKey(filters));
    expect(selectionKey({ ...filters, from: '2026-01-15' }, { dates: true })).toBe(selectionKey(filters, { dates: true }));
    expect(selectionKey({ ...filters, categories: ['talks'] }, { dates: true })).not.toBe(selectionKey(filters, { dates: true }));
  });
});
