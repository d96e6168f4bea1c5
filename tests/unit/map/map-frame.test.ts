import { describe, expect, it } from 'vitest';
import { boundsOf, initialFramePlaces } from '../../../src/domain/map/map-frame';
import type { Place } from '../../../src/domain/core/model';

const place = (id: string, lat: number, lon: number): Place => ({ id, name: id, lat, lon, country: 'X' });
const abuDhabi = place('abu-dhabi', 24.48, 54.37);
const kyiv = place('kyiv', 50.45, 30.52);
const druzhkivka = place('druzhkivka', 48.62, 37.53);
const washington = place('washington', 38.9, -77.04);

describe('boundsOf', () => {
  it('encloses every place', () => {
    expect(boundsOf([abuDhabi, kyiv, druzhkivka])).toEqual({ south: 24.48, west: 30.52, north: 50.45, east: 54.37 });
  });

  it('gives a single place some surroundings instead of street level', () => {
    expect(boundsOf([{ lat: 50, lon: 30 }])).toEqual({ south: 49, west: 29, north: 51, east: 31 });
  });

  it('is undefined for no places', () => {
    expect(boundsOf([])).toBeUndefined();
  });
});

describe('initialFramePlaces', () => {
  const all = new Map([abuDhabi, kyiv, druzhkivka, washington].map((p) => [p.id, p]));

  it("frames the article's places (Abu Dhabi, Kyiv, Druzhkivka), not Washington", () => {
    expect(initialFramePlaces(all, [abuDhabi, kyiv, druzhkivka, washington]).map((p) => p.id)).toEqual(['abu-dhabi', 'kyiv', 'druzhkivka']);
  });

  it('adds a place chosen in the link', () => {
    expect(initialFramePlaces(all, [], washington).map((p) => p.id)).toEqual(['abu-dhabi', 'kyiv', 'druzhkivka', 'washington']);
  });

  it('fits every mapped place when the dataset lacks the article places', () => {
    const other = new Map([washington, kyiv].map((p) => [p.id, p]));
    expect(initialFramePlaces(other, [washington, kyiv]).map((p) => p.id)).toEqual(['washington', 'kyiv']);
    expect(initialFramePlaces(other, []).map((p) => p.id)).toEqual(['washington', 'kyiv']);
  });
});
