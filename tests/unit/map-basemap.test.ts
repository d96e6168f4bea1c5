import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseMapShapes, isBaseTopology } from '../../src/domain/map-basemap';

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
});
