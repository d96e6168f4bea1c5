import { describe, expect, it } from 'vitest';
import { categoryBreakdown, clusterMarkerLabel, mapSummary, placeMarkerLabel } from '../../../src/domain/map/map-labels';

describe('placeMarkerLabel', () => {
  it('starts with the place name and counts events in the singular or plural', () => {
    expect(placeMarkerLabel('Druzhkivka', 1, { category: 'strike', count: 1, uniform: true })).toBe('Druzhkivka: 1 event');
    expect(placeMarkerLabel('Kyiv', 12, { category: 'strike', count: 9, uniform: false })).toBe('Kyiv: 12 events, mostly strikes');
    expect(placeMarkerLabel('Abu Dhabi', 2, { category: 'talks', count: 2, uniform: true })).toBe('Abu Dhabi: 2 events, all talks');
  });

  it('writes large counts with thousands separators', () => {
    expect(placeMarkerLabel('Kharkiv', 12345, { category: 'humanitarian', count: 7000, uniform: false })).toBe('Kharkiv: 12,345 events, mostly humanitarian events');
  });
});

describe('clusterMarkerLabel', () => {
  it('names the busiest place and how many more there are', () => {
    expect(clusterMarkerLabel('Kramatorsk', 12, 40, { category: 'strike', count: 30, uniform: false })).toBe(
      'Kramatorsk and 11 more places: 40 events, mostly strikes. Activate to zoom in',
    );
    expect(clusterMarkerLabel('Kramatorsk', 2, 2, { category: 'strike', count: 2, uniform: true })).toBe('Kramatorsk and 1 more place: 2 events, all strikes. Activate to zoom in');
  });
});

describe('mapSummary', () => {
  it('is honest about events without a disclosed place', () => {
    expect(mapSummary(12, 3)).toBe('12 places on the map; 3 events have no disclosed place and are not mapped.');
    expect(mapSummary(1, 1)).toBe('1 place on the map; 1 event has no disclosed place and is not mapped.');
    expect(mapSummary(5, 0)).toBe('5 places on the map.');
    expect(mapSummary(0, 2)).toBe('No places on the map for the current filters; 2 events have no disclosed place and are not mapped.');
  });
});

describe('categoryBreakdown', () => {
  it('lists categories with events, most first, ties in legend order', () => {
    expect(categoryBreakdown([1, 0, 3, 1], ['statement', 'treaty', 'strike', 'talks'])).toEqual([
      { category: 'strike', count: 3 },
      { category: 'talks', count: 1 },
      { category: 'statement', count: 1 },
    ]);
  });
});
