import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseMapShapes, continuousPath, isBaseTopology } from '../../../src/domain/map/map-basemap';

const file: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/countries-50m.json'), 'utf8'));

const inBox = ([lon = NaN, lat = NaN]: number[], west: number, east: number, south: number, north: number) => lon >= west && lon <= east && lat >= south && lat <= north;

describe('base map shapes', () => {
  it('recognises the shipped world-atlas file and rejects other JSON', () => {
    expect(isBaseTopology(file)).toBe(true);
    expect(isBaseTopology({ type: 'FeatureCollection', features: [] })).toBe(false);
    expect(isBaseTopology({ type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [] } } })).toBe(false);
    expect(isBaseTopology(null)).toBe(false);
  });

  it('gives a land fill and country borders', () => {
    if (!isBaseTopology(file)) throw new Error('not a topology');
    const { land, borders } = baseMapShapes(file);
    expect(land.features.length).toBeGreaterThan(0);
    expect(borders.geometry.coordinates.length).toBeGreaterThan(100);
  });

  it('draws no border between Crimea and mainland Ukraine, but keeps the Russia–Ukraine land border', () => {
    if (!isBaseTopology(file)) throw new Error('not a topology');
    const lines = baseMapShapes(file).borders.geometry.coordinates;
    // The Perekop and Chonhar isthmuses.
    const crimeaLine = lines.filter((line) => line.some((p) => inBox(p, 33.3, 35.2, 45.6, 46.3)));
    expect(crimeaLine).toEqual([]);
    // The land border near Kharkiv and Belgorod.
    const eastern = lines.filter((line) => line.some((p) => inBox(p, 35.5, 37.5, 50, 50.6)));
    expect(eastern.length).toBeGreaterThan(0);
  });

  it('draws no line across the whole map where Chukotka, Wrangel Island and Fiji cross the antimeridian', () => {
    if (!isBaseTopology(file)) throw new Error('not a topology');
    const { land } = baseMapShapes(file);
    const crossing: number[] = [];
    for (const f of land.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      for (const ring of polygons.flat())
        for (let i = 1; i < ring.length; i++) {
          const [lon0 = 0, lat0 = 0] = ring[i - 1] ?? [];
          const [lon1 = 0] = ring[i] ?? [];
          // Jumps left at the polar edge (Antarctica, below the map's 85°S limit) do not show.
          if (Math.abs(lon1 - lon0) > 180 && lat0 > -84) crossing.push(lat0);
        }
    }
    expect(crossing).toEqual([]);
  });
});

describe('continuousPath', () => {
  it('continues a ring past 180° instead of jumping back to -180°', () => {
    expect(continuousPath([[179, 65], [-179, 65], [-179, 66], [179, 66], [179, 65]])).toEqual([[179, 65], [181, 65], [181, 66], [179, 66], [179, 65]]);
  });

  it('leaves a ring around a pole (one jump) and ordinary rings untouched', () => {
    const polar = [[-180, -90], [178, -90], [0, -80], [-180, -90]];
    expect(continuousPath(polar)).toEqual(polar);
    const plain = [[30, 50], [31, 50], [31, 51], [30, 50]];
    expect(continuousPath(plain)).toEqual(plain);
  });
});
