import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  categoryFromValue,
  headerSignature,
  NeedsColumnMapping,
  parseColumnMapping,
  proposeMapping,
  type ColumnMapping,
} from '../../../src/domain/importers/column-mapping';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { exportJson } from '../../../src/domain/exporters/export-json';
import { importBlob } from '../../../src/domain/importers/import-blob';
import { importText } from '../../../src/domain/importers/import-text';
import { dayOrderEvidence, readMappedDate } from '../../../src/domain/importers/mapped-dates';
import { english, reasonOf, withReason, thrownText } from '../../helpers/english-problem';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');
const table = (text: string) => Papa.parse<string[]>(text.trim()).data;
const split = (text: string) => {
  const [header = [], ...rows] = table(text);
  return { header, rows };
};

describe('proposeMapping', () => {
  it('guesses every field of a Ukrainian header by name', () => {
    const { header, rows } = split(fixture('mapping-ukrainian.csv'));
    const { mapping, dayOrderAmbiguous } = proposeMapping(header, rows);
    expect(mapping.columns).toEqual({
      date: 0, title: 1, description: 2, category: 3, latitude: 4, longitude: 5, place: 6, killed: 7, injured: 8, sourceUrl: 9,
    });
    // 05.03.2025 uses dots: a European date, read day first without asking.
    expect(dayOrderAmbiguous).toBe(false);
    expect(mapping.dayOrder).toBe('day-first');
  });

  it('guesses Russian headers by name', () => {
    const header = ['Дата события', 'Название', 'Описание', 'Категория', 'Широта', 'Долгота', 'Место', 'Убиты', 'Ранены', 'Источник', 'Участники'];
    const { mapping } = proposeMapping(header, [['2025-03-05', 'Удар', 'Текст', 'Удар', '50.1', '36.2', 'Харьков', '1', '2', 'https://e.org', 'Россия']]);
    expect(mapping.columns).toEqual({
      date: 0, title: 1, description: 2, category: 3, latitude: 4, longitude: 5, place: 6, killed: 7, injured: 8, sourceUrl: 9, actors: 10,
    });
  });

  it('guesses English headers, an end date, and reads unambiguous US dates month first', () => {
    const { header, rows } = split(fixture('mapping-us-dates.csv'));
    const { mapping, dayOrderAmbiguous } = proposeMapping(header, rows);
    expect(mapping.columns).toEqual({ date: 0, endDate: 1, title: 2, description: 3, category: 4, latitude: 5, longitude: 6, sourceUrl: 7 });
    expect(mapping.dayOrder).toBe('month-first');
    expect(dayOrderAmbiguous).toBe(false);
  });

  it('finds the date, coordinates and title by their values when the names say nothing', () => {
    const header = ['col_a', 'col_b', 'col_c', 'col_d'];
    const rows = [
      ['2025-04-03', 'Shelling of Kherson', '46.6354', '32.6169'],
      ['2025-04-04', 'Talks in Istanbul', '41.0082', '28.9784'],
    ];
    expect(proposeMapping(header, rows).mapping.columns).toEqual({ date: 0, title: 1, latitude: 2, longitude: 3 });
  });

  it('asks about the day order when every numeric date reads both ways', () => {
    const { header, rows } = split(fixture('mapping-arbitrary.csv'));
    const proposal = proposeMapping(header, rows);
    expect(proposal.dayOrderAmbiguous).toBe(true);
    expect(proposal.mapping.columns).toMatchObject({ date: 0, place: 2, latitude: 3, longitude: 4, actors: 5, description: 6 });
  });
});

describe('numeric dates', () => {
  it('reads 8/23/2011 month first and 23.08.2011 day first, as calendar days', () => {
    expect(readMappedDate('8/23/2011', 'month-first')).toEqual({ ok: true, date: '2011-08-23' });
    expect(readMappedDate('23.08.2011', 'day-first')).toEqual({ ok: true, date: '2011-08-23' });
    expect(readMappedDate('8/23/2011 11:45 PM', 'month-first')).toEqual({ ok: true, date: '2011-08-23' });
    // The day written stays the day read in every time zone (CI reruns this in Los Angeles and Tokyo).
    expect(readMappedDate('12/31/2024 23:59', 'month-first')).toEqual({ ok: true, date: '2024-12-31' });
    expect(readMappedDate('2011-08-23T23:30:00-08:00', 'day-first')).toEqual({ ok: true, date: '2011-08-23' });
  });

  it('reads 03/04/2025 either way, as the reader chose, and refuses an impossible reading', () => {
    expect(readMappedDate('03/04/2025', 'day-first')).toEqual({ ok: true, date: '2025-04-03' });
    expect(readMappedDate('03/04/2025', 'month-first')).toEqual({ ok: true, date: '2025-03-04' });
    const impossible = readMappedDate('8/23/2011', 'day-first');
    expect(impossible.ok ? 'read' : english(impossible.problem)).toBe('"8/23/2011" is not a real calendar date when read as day/month/year');
  });

  it('says which order a column uses', () => {
    expect(dayOrderEvidence(['8/23/2011', '9/1/2011'])).toBe('month-first');
    expect(dayOrderEvidence(['23/08/2011'])).toBe('day-first');
    expect(dayOrderEvidence(['03/04/2025', '04/04/2025'])).toBe('ambiguous');
    expect(dayOrderEvidence(['2025-04-03'])).toBe('none');
  });
});

describe('importing with a mapping', () => {
  it('asks for a mapping, with the header and first rows, when the CSV is in no known layout', () => {
    const thrown = (() => {
      try {
        importText(fixture('mapping-ukrainian.csv'), 'ua.csv');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(NeedsColumnMapping);
    if (!(thrown instanceof NeedsColumnMapping)) return;
    expect(thrown.header[0]).toBe('Дата');
    expect(thrown.rows).toHaveLength(4);
    expect(english(thrown.problem)).toMatch(/none of the column layouts/);
  });

  it('asks for a mapping when a CSV has a "title" and "date" of its own but not our other columns', () => {
    expect(() => importText('title,date,lat,lon\nStrike,8/23/2011,48.1,37.2\n', 'own.csv')).toThrow(NeedsColumnMapping);
    const { mapping } = proposeMapping(['title', 'date', 'lat', 'lon'], [['Strike', '8/23/2011', '48.1', '37.2']]);
    expect(importText('title,date,lat,lon\nStrike,8/23/2011,48.1,37.2\n', 'own.csv', mapping).dataset.events[0]).toMatchObject({
      title: 'Strike',
      date: '2011-08-23',
    });
  });

  it('reads the rows the mapping names and lists the rejected row with its reason', async () => {
    const text = fixture('mapping-ukrainian.csv');
    const { header, rows } = split(text);
    const { mapping } = proposeMapping(header, rows);
    const result = await importBlob(new Blob([text]), 'ua.csv', { mapping });
    expect(result.format).toBe('mapped-csv');
    expect(result.summary).toMatchObject({ rows: 4, loaded: 3, rejectedRows: 1 });
    expect(result.rejected.map(withReason)).toEqual([
      { section: 'events', index: 3, field: 'Дата', reason: '"31.02.2025" is not a real calendar date when read as day/month/year' },
    ]);
    const kharkiv = result.dataset.events.find((event) => event.date === '2025-03-05');
    expect(kharkiv).toMatchObject({
      title: 'Обстріл Харкова',
      summary: 'Ракетний удар по центру міста',
      category: 'strike',
      figures: { killed: { min: 3, max: 3 }, injured: { min: 12, max: 12 } },
      sources: [{ title: 'example.org', url: 'https://example.org/kharkiv' }],
    });
    expect(result.dataset.places.find((place) => place.id === kharkiv?.place)).toMatchObject({ name: 'Харків', lat: 49.9935, lon: 36.2304 });
    expect(result.dataset.events.find((event) => event.date === '2025-03-07')?.figures.killed).toEqual({ min: 1, max: 2 });
    expect(result.dataset.events.find((event) => event.date === '2025-03-06')?.category).toBe('talks');
    // The choices are written into the dataset's description, which the JSON export keeps.
    expect(result.dataset.meta.description).toMatch(/date ← "Дата".*latitude ← "Широта".*day first/);
  });

  it('writes the column choices into the exported JSON, which loads back with no mapping', () => {
    const text = fixture('mapping-us-dates.csv');
    const { header, rows } = split(text);
    const imported = importText(text, 'us.csv', proposeMapping(header, rows).mapping);
    const index = buildEventIndex(imported.dataset);
    const json = exportJson(imported.dataset.events, index, 'http://127.0.0.1/', '2026-01-01');
    expect(JSON.parse(json).description).toMatch(/Imported from us\.csv \(CSV with chosen columns: date ← "start", end date ← "end", title ← "headline".*month first\)/);
    const again = importText(json, 'us.json');
    expect(again.format).toBe('dataset-json');
    expect(again.dataset.events.map((event) => event.date)).toEqual(imported.dataset.events.map((event) => event.date));
  });

  it('stops a large unknown CSV after the sample rows, and reads it whole in chunks once mapped', async () => {
    const lines = ['when;what;y;x'];
    for (let i = 0; i < 3000; i++) lines.push(`${(i % 28) + 1}.02.2025;Event ${i};48,${i % 100};37,5`);
    const blob = new Blob([lines.join('\n')]);
    const asked = await importBlob(blob, 'big.csv', { chunkBytes: 8 * 1024 }).catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(NeedsColumnMapping);
    if (!(asked instanceof NeedsColumnMapping)) return;
    expect(asked.rows).toHaveLength(50);
    const { mapping } = proposeMapping(asked.header, asked.rows);
    expect(mapping.columns).toEqual({ date: 0, title: 1, latitude: 2, longitude: 3 });
    const result = await importBlob(blob, 'big.csv', { chunkBytes: 8 * 1024, mapping });
    expect(result.summary).toMatchObject({ rows: 3000, loaded: 3000, rejectedRows: 0 });
    expect(result.dataset.places.find((place) => place.lat === 48.5)).toMatchObject({ lon: 37.5 });
  });

  it('reads US dates and end dates month first', () => {
    const text = fixture('mapping-us-dates.csv');
    const { header, rows } = split(text);
    const result = importText(text, 'us.csv', proposeMapping(header, rows).mapping);
    expect(result.dataset.events.map((event) => [event.date, event.endDate ?? null, event.category])).toEqual([
      ['2011-08-23', '2011-08-25', 'humanitarian'],
      ['2011-09-01', null, 'talks'],
      ['2011-10-12', null, 'strike'],
    ]);
  });

  it('keeps an unknown category as a new one and keeps events without a place when no coordinates are mapped', () => {
    const mapping: ColumnMapping = { columns: { date: 0, title: 1, category: 2, place: 3 }, dayOrder: 'day-first' };
    const result = importText('d,t,c,p\n2025-01-02,Blackout,Енергетика,Kyiv\n', 'x.csv', mapping);
    expect(result.dataset.events[0]).toMatchObject({ category: 'enerhetyka', place: null });
    expect(reasonOf(result.warnings[0])).toMatch(/place "Kyiv" has no coordinates/);
  });

  it('maps category words in three languages to ours', () => {
    expect(categoryFromValue('Missile strike')).toBe('strike');
    expect(categoryFromValue('Обстрел')).toBe('strike');
    expect(categoryFromValue('Переговори')).toBe('talks');
    expect(categoryFromValue('Соглашение о перемирии')).toBe('treaty');
    expect(categoryFromValue('')).toBe('other');
  });

  it('refuses a mapping without a date column with a clear message', () => {
    expect(thrownText(() => importText('a,b\n1,2\n', 'x.csv', { columns: { title: 0 }, dayOrder: 'day-first' }))).toMatch(/Choose the column that holds the date/);
  });

  it('reads back a stored mapping and refuses junk', () => {
    expect(parseColumnMapping({ columns: { date: 0, title: 2 }, dayOrder: 'month-first' }, 3)).toEqual({ columns: { date: 0, title: 2 }, dayOrder: 'month-first' });
    expect(parseColumnMapping({ columns: { date: 5 }, dayOrder: 'day-first' }, 3)).toBeUndefined();
    expect(parseColumnMapping({ columns: { date: 0 }, dayOrder: 'sideways' })).toBeUndefined();
    expect(headerSignature(['Дата', 'Назва'])).toBe(headerSignature([' дата ', 'НАЗВА']));
    expect(headerSignature(['Дата', 'Назва'])).not.toBe(headerSignature(['Дата', 'Опис']));
  });
});

describe('GeoJSON with name/description/time properties', () => {
  it('loads directly, reading name as the title, time as the date (US order, or a Unix time) and notes it', () => {
    const result = importText(fixture('mapping-named.geojson'), 'named.geojson');
    expect(result.format).toBe('geojson');
    expect(result.rejected).toEqual([]);
    const read = result.dataset.events.map((event) => [event.date, event.title, event.summary]);
    expect(read.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['2025-09-01', 'Kyiv talks', ''],
      ['2025-08-23', 'Strike on Kharkiv', 'Missiles hit the centre'],
      ['2025-09-01', 'Strike on Odesa', 'Drones hit the port'],
    ]);
    // One note each, said once for the file (row 1), in the order the properties are looked for.
    expect(result.warnings.map((w) => `${w.index} ${w.field}: ${english(w.problem)}`)).toEqual([
      '0 (properties): for every feature, "time" was read as the date',
      '0 (properties): for every feature, "timestamp" was read as the date',
      '0 (properties): for every feature, "name" was read as the title',
      '0 (properties): for every feature, "description" was read as the summary',
      '0 (properties): for every feature, numeric dates were read month first (8/23/2011)',
    ]);
  });
});
