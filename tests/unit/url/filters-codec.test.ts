import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/selection/filters';
import { decodeFilters, encodeFilters, reconcileFilters } from '../../../src/domain/url/filters-codec';
import { miniIndex } from '../../helpers/render-dashboard';

describe('URL codec', () => {
  it('round-trips every key', () => {
    const filters: Filters = {
      from: '2026-01-20',
      to: '2026-02-10',
      actors: ['russia', 'steve-witkoff'],
      match: 'all',
      categories: ['strike', 'talks'],
      subTypes: ['air-drone-strike', 'shelling-artillery-missile-attack'],
      regions: ['donetsk', 'донецька-область'],
      q: 'market & power',
      event: 'strike-2026-02-04-druzhkivka-market',
      place: 'druzhkivka',
    };
    const search = encodeFilters(filters);
    expect(search).toContain('actors=russia,steve-witkoff');
    expect(decodeFilters(search)).toEqual({ filters, notices: [] });
  });

  it('writes nothing for the default view', () => {
    expect(encodeFilters(EMPTY_FILTERS)).toBe('');
  });

  it('keeps keys it does not own, such as data=', () => {
    const search = encodeFilters({ ...EMPTY_FILTERS, place: 'kyiv' }, '?data=%2Fother.json&place=abu-dhabi');
    expect(new URLSearchParams(search).get('data')).toBe('/other.json');
    expect(new URLSearchParams(search).get('place')).toBe('kyiv');
  });

  it('ignores junk values with a notice instead of failing', () => {
    const { filters, notices } = decodeFilters('?from=banana&to=2026-02-31&match=maybe&actors=%3Cscript%3E,russia&categories=,,strike');
    expect(filters.from).toBeUndefined();
    expect(filters.to).toBeUndefined();
    expect(filters.match).toBe('any');
    expect(filters.actors).toEqual(['russia']);
    expect(filters.categories).toEqual(['strike']);
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toMatch(/banana/);
  });

  it('drops a range that ends before it starts', () => {
    const { filters, notices } = decodeFilters('?from=2026-02-10&to=2026-02-01');
    expect(filters.from).toBeUndefined();
    expect(notices[0]).toMatch(/ends before it starts/);
  });

  it('drops ids the dataset does not know, quietly noting each', () => {
    const index = miniIndex();
    const decoded = decodeFilters('?actors=russia,martians&categories=strike,weather&event=nope&place=atlantis');
    const { filters, notices } = reconcileFilters(decoded.filters, index);
    expect(filters.actors).toEqual(['russia']);
    expect(filters.categories).toEqual(['strike']);
    expect(filters.event).toBeUndefined();
    expect(filters.place).toBeUndefined();
    expect(notices).toHaveLength(4);
  });

  it('returns the same filters object when everything is known', () => {
    const decoded = decodeFilters('?actors=russia&place=kyiv');
    expect(reconcileFilters(decoded.filters, miniIndex()).filters).toBe(decoded.filters);
  });
});
