import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acledCategory } from '../../../src/domain/importers/acled-csv';
import { importText } from '../../../src/domain/importers/import-text';
import { DatasetFormatError } from '../../../src/domain/core/parse-dataset';
import { english, reasonOf, thrownText } from '../../helpers/english-problem';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');

describe('ACLED CSV import', () => {
  const result = importText(fixture('acled-sample.csv'), 'acled-sample.csv');
  const byId = (id: string) => result.dataset.events.find((event) => event.id === id);

  it('detects the ACLED layout from the header and loads every row', () => {
    expect(result.format).toBe('acled-csv');
    expect(result.dataset.events).toHaveLength(6);
    expect(result.rejected).toEqual([]);
    expect(result.rowCount).toBe(6);
  });

  it('reads "04 February 2026" and ISO dates as the same calendar day', () => {
    expect(byId('UKR1001')?.date).toBe('2026-02-04');
    expect(byId('UKR1002')?.date).toBe('2026-02-04');
  });

  it('maps time_precision 1/2/3 to day/approximate/month', () => {
    expect(byId('UKR1001')?.datePrecision).toBe('day');
    expect(byId('UKR1003')?.datePrecision).toBe('approximate');
    expect(byId('UKR1005')?.datePrecision).toBe('month');
  });

  it('files only explosions/remote violence as strikes; battles and the other types keep categories of their own', () => {
    expect(byId('UKR1001')?.category).toBe('strike');
    expect(byId('UKR1002')?.category).toBe('strike');
    expect(byId('UKR1006')?.category).toBe('battle');
    expect(byId('UKR1003')?.category).toBe('strategic-development');
    expect(byId('UKR1004')?.category).toBe('protest');
    expect(byId('UKR1005')?.category).toBe('violence-against-civilians');
    expect(acledCategory('Riots')).toBe('riot');
    expect(acledCategory('  BATTLES ')).toBe('battle');
    // A type ACLED may add later keeps its own label; one named after an Object member stays text.
    expect(acledCategory('Looting')).toBe('looting');
    expect(acledCategory('constructor')).toBe('constructor');
    expect(acledCategory('')).toBe('other');
  });

  it('keeps sub_event_type and admin1 of every event as attributes, for filtering', () => {
    expect(byId('UKR1001')?.attributes).toEqual({ sub_event_type: 'Shelling/artillery/missile attack', admin1: 'Donetsk' });
    expect(byId('UKR1006')?.attributes).toEqual({ sub_event_type: 'Armed clash', admin1: expect.any(String) });
    expect(byId('UKR1003')?.attributes).toEqual({ sub_event_type: 'Agreement', admin1: 'Abu Dhabi' });
    expect(result.dataset.events.every((event) => event.attributes?.sub_event_type !== undefined)).toBe(true);
  });

  it('builds actors, places, figures, summary and sources from the columns', () => {
    const market = byId('UKR1001');
    expect(market?.figures.killed).toEqual({ min: 7, max: 7 });
    expect(market?.summary).toContain('killing 7 and injuring 15');
    expect(market?.sources).toEqual([{ title: 'Ukrinform; Suspilne', publisher: 'Ukrinform; Suspilne' }]);
    expect(market?.actors.map((ref) => ref.id)).toEqual(['military-forces-of-russia-2000', 'civilians-ukraine']);
    expect(result.dataset.actors.find((actor) => actor.id === 'military-forces-of-russia-2000')).toEqual({
      id: 'military-forces-of-russia-2000',
      name: 'Military Forces of Russia (2000-)',
      kind: 'organization',
    });
    expect(market?.place).toBe('druzhkivka-donetsk');
    expect(result.dataset.places.find((place) => place.id === 'druzhkivka-donetsk')).toEqual({
      id: 'druzhkivka-donetsk',
      name: 'Druzhkivka',
      lat: 48.6203,
      lon: 37.5278,
      country: 'Ukraine',
    });
    expect(byId('UKR1006')?.figures).toEqual({});
  });

  it('keeps quoted commas, quotes and line breaks inside cells', () => {
    expect(byId('UKR1002')?.summary).toBe('Drones hit energy infrastructure in Kyiv; heating cut for 1,170 buildings.');
    expect(byId('UKR1004')?.summary).toContain('"all for all"');
    expect(byId('UKR1005')?.summary).toBe('Civilians\nreported shot near Kupiansk; details unverified.');
  });

  it('reads the ;-delimited variant with a BOM, CRLF and decimal commas', () => {
    const semicolon = importText(fixture('acled-semicolon.csv'), 'acled-semicolon.csv');
    expect(semicolon.format).toBe('acled-csv');
    expect(semicolon.rejected).toEqual([]);
    expect(semicolon.dataset.events.map((event) => event.id)).toEqual(['UKR2001', 'UKR2002', 'UKR2003']);
    expect(semicolon.dataset.places.find((place) => place.name === 'Druzhkivka')).toMatchObject({ lat: 48.6203, lon: 37.5278 });
    expect(semicolon.dataset.events[2]?.category).toBe('strategic-development');
    expect(semicolon.dataset.events[2]?.attributes).toEqual({ sub_event_type: 'Other', admin1: 'Kyiv City' });
    expect(semicolon.dataset.events[0]?.summary).toBe('Market hit; 7 killed, 15 injured.');
  });
});

describe('ACLED CSV import of a malformed file', () => {
  const result = importText(fixture('acled-malformed.csv'), 'acled-malformed.csv');
  const ids = result.dataset.events.map((event) => event.id);
  const rejectedRow = (row: number) => result.rejected.find((r) => r.index === row - 1);
  const warningsOf = (id: string) => result.warnings.filter((w) => w.id === id).map((w) => english(w.problem));

  it('rejects an impossible date with its row number, id and reason', () => {
    expect(rejectedRow(1)).toMatchObject({ section: 'events', id: 'UKR3001', field: 'event_date' });
    expect(reasonOf(rejectedRow(1))).toMatch(/not a real calendar date/);
  });

  it('swaps latitude and longitude back when only the swapped pair is valid, with a warning', () => {
    expect(ids).toContain('UKR3002');
    expect(result.dataset.places.find((place) => place.name === 'Vladivostok')).toMatchObject({ lat: 43.1155, lon: 131.8855 });
    expect(warningsOf('UKR3002').join()).toMatch(/swapped/);
  });

  it('keeps a row with out-of-range coordinates without a place, with a warning', () => {
    const event = result.dataset.events.find((e) => e.id === 'UKR3003');
    expect(event?.place).toBeNull();
    expect(warningsOf('UKR3003').join()).toMatch(/out of range; event kept without a place/);
  });

  it('keeps a short (ragged) row and reads the missing cells as empty', () => {
    expect(ids).toContain('UKR3004');
    expect(warningsOf('UKR3004').join()).toMatch(/missing cells were read as empty/);
  });

  it('rejects a row whose columns are shifted by an unquoted comma', () => {
    expect(rejectedRow(5)).toMatchObject({ id: 'UKR3005', field: '(row)' });
    expect(ids).not.toContain('UKR3005');
  });

  it('rejects a row without an id', () => {
    expect(rejectedRow(6)).toMatchObject({ field: 'event_id_cnty' });
  });

  it('upserts by event_id_cnty: the later row replaces the earlier one', () => {
    const odesa = result.dataset.events.filter((e) => e.id === 'UKR3006');
    expect(odesa).toHaveLength(1);
    expect(odesa[0]?.summary).toBe('Corrected row replaces the first.');
    expect(odesa[0]?.figures.killed).toEqual({ min: 2, max: 2 });
    expect(warningsOf('UKR3006').join()).toMatch(/replaced by row 8/);
  });

  it('rejects a date format it cannot read, naming it', () => {
    expect(reasonOf(rejectedRow(9))).toMatch(/"Feb 16 2026" is not a date/);
  });

  it('drops no valid row silently: every data row is loaded, rejected or replaced', () => {
    const replaced = result.warnings.filter((w) => /replaced by row/.test(english(w.problem))).length;
    expect(result.dataset.events.length + new Set(result.rejected.map((r) => r.index)).size + replaced).toBe(result.rowCount);
  });

  it('gives one clear message when required columns are missing', () => {
    expect(() => importText(fixture('acled-missing-columns.csv'), 'x.csv')).toThrow(DatasetFormatError);
    expect(thrownText(() => importText(fixture('acled-missing-columns.csv'), 'x.csv'))).toMatch(/missing the required column event_date/);
  });
});
