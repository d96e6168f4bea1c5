import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/domain/importers/import-text';
import { reasonOf, withReason } from '../../helpers/english-problem';

const text = readFileSync(resolve('tests/fixtures/imports/points.geojson'), 'utf8');

describe('GeoJSON import', () => {
  const result = importText(text, 'points.geojson');
  const byId = (id: string) => result.dataset.events.find((event) => event.id === id);

  it('reads Points as [longitude, latitude] places', () => {
    expect(result.format).toBe('geojson');
    expect(byId('strike-2026-02-04-druzhkivka-market')?.place).toBe('druzhkivka');
    expect(result.dataset.places.find((place) => place.id === 'druzhkivka')).toEqual({
      id: 'druzhkivka',
      name: 'Druzhkivka',
      lat: 48.6203,
      lon: 37.5278,
      country: 'Ukraine',
    });
  });

  it('keeps a feature with a null geometry as an event without a place', () => {
    expect(byId('hum-2026-02-05-pow-exchange')).toMatchObject({ place: null, category: 'humanitarian' });
  });

  it('reads figures as numbers or ranges with notes, actors and sources', () => {
    expect(byId('strike-2026-01-24-kyiv')?.figures).toEqual({ killed: { min: 1, max: 1 }, injured: { min: 4, max: 6, note: 'in Kyiv' } });
    expect(byId('strike-2026-01-24-kyiv')?.sources).toEqual([{ title: 'https://example.org/kyiv', url: 'https://example.org/kyiv' }]);
    expect(result.dataset.actors).toEqual([{ id: 'russia', name: 'Russia', kind: 'state' }]);
  });

  it('rejects an impossible date with the feature number and id', () => {
    expect(result.rejected.map(withReason)).toEqual([
      { section: 'events', index: 3, id: 'bad-date', field: 'date', reason: '"2026-02-31" is not a real calendar date' },
    ]);
  });

  it('warns and keeps the event when a geometry is not a point', () => {
    const polygon = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [] },
          properties: { id: 'a', date: '2026-02-01', title: 'Area', category: 'strike' },
        },
      ],
    });
    const imported = importText(polygon, 'area.geojson');
    expect(imported.dataset.events[0]?.place).toBeNull();
    expect(reasonOf(imported.warnings[0])).toMatch(/only Point geometries are placed \(found Polygon\)/);
  });
});
