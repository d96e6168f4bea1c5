import { describe, expect, it } from 'vitest';
import { compareCategories, dominantCategory, groupEventsByPlace } from '../../../src/domain/map/map-places';
import { selectEvents, EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { miniIndex } from '../../helpers/render-dashboard';

describe('groupEventsByPlace', () => {
  it('counts the filtered events of each place and leaves out events without a place', () => {
    const index = miniIndex();
    const { filtered } = selectEvents(index, EMPTY_FILTERS);
    const grouping = groupEventsByPlace(index, filtered);
    const counts = Object.fromEntries(grouping.groups.map((g) => [g.place.id, g.count]));
    expect(counts).toEqual({ 'abu-dhabi': 3, kyiv: 1, druzhkivka: 1, kramatorsk: 1, sloviansk: 1 });
    expect(grouping.unplaced).toBe(1);
    expect(grouping.maxCount).toBe(3);
  });

  it('gives each place its dominant category', () => {
    const index = miniIndex();
    const grouping = groupEventsByPlace(index, selectEvents(index, EMPTY_FILTERS).filtered);
    const abuDhabi = grouping.groups.find((g) => g.place.id === 'abu-dhabi');
    // Two talks rounds and one statement.
    expect(abuDhabi?.dominant).toEqual({ category: 'talks', count: 2, uniform: false });
    expect(grouping.groups.find((g) => g.place.id === 'kyiv')?.dominant).toEqual({ category: 'strike', count: 1, uniform: true });
  });

  it('only counts the positions it is given', () => {
    const index = miniIndex();
    const strikes = selectEvents(index, { ...EMPTY_FILTERS, categories: ['strike'] }).filtered;
    const grouping = groupEventsByPlace(index, strikes);
    expect(grouping.groups.map((g) => g.place.id)).toEqual(['kyiv', 'druzhkivka', 'kramatorsk', 'sloviansk']);
    expect(grouping.unplaced).toBe(0);
  });

  it('returns no groups for no events', () => {
    const grouping = groupEventsByPlace(miniIndex(), new Uint32Array(0));
    expect(grouping).toMatchObject({ groups: [], unplaced: 0, maxCount: 0 });
  });
});

describe('dominantCategory', () => {
  it('picks the category with the most events', () => {
    expect(dominantCategory([1, 5, 2], ['talks', 'strike', 'statement'])).toEqual({ category: 'strike', count: 5, uniform: false });
  });

  it('breaks ties by legend order, whatever order the categories were met in', () => {
    expect(dominantCategory([2, 2], ['strike', 'talks']).category).toBe('talks');
    expect(dominantCategory([3, 3], ['zeta-other', 'treaty']).category).toBe('treaty');
    expect(dominantCategory([1, 1], ['b-new', 'a-new']).category).toBe('a-new');
  });

  it('says when every event has the same category', () => {
    expect(dominantCategory([0, 4], ['talks', 'strike'])).toEqual({ category: 'strike', count: 4, uniform: true });
  });

  it('has no category for empty counts', () => {
    expect(dominantCategory([0, 0], ['talks', 'strike']).category).toBe('');
  });
});

describe('compareCategories', () => {
  it('orders known categories as the legend does, then others alphabetically', () => {
    expect(['other', 'treaty', 'strike', 'talks', 'abc'].sort(compareCategories)).toEqual(['talks', 'strike', 'treaty', 'abc', 'other']);
  });
});
