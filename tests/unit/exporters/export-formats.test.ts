import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { exportCsv } from '../../../src/domain/exporters/export-csv';
import { csvCell, neutraliseFormula } from '../../../src/domain/exporters/csv-writer';
import { exportFeatureCollection } from '../../../src/domain/exporters/export-geojson';
import { exportDataset } from '../../../src/domain/exporters/export-json';
import { exportProblemsCsv } from '../../../src/domain/exporters/export-problems';
import type { EventRecord } from '../../../src/domain/core/model';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { problem } from '../../../src/domain/core/problem';
import { ENGLISH, translatorFor } from '../../../src/domain/core/i18n/translator';
import { miniDatasetFile } from '../../helpers/mini-dataset';

const PERMALINK = 'http://localhost/?place=kyiv';
const index = buildEventIndex(parseDataset(miniDatasetFile()).dataset);

describe('CSV safety', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+31 killed')).toBe("'+31 killed");
    expect(neutraliseFormula('-5')).toBe("'-5");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Kyiv')).toBe('Kyiv');
  });

  it('neutralises a formula after a ; or a line break inside a cell, where a ;-separated reading starts a new cell', () => {
    expect(neutraliseFormula("x;=cmd|' /C calc'!A0")).toBe("x;'=cmd|' /C calc'!A0");
    expect(neutraliseFormula('line\n@SUM(A1)\r\n-2+3')).toBe("line\n'@SUM(A1)\r\n'-2+3");
    expect(neutraliseFormula('a; b, -c')).toBe('a; b, -c');
  });

  it('quotes cells with ; or a tab, so that readers splitting on either keep them whole', () => {
    expect(csvCell("x;=cmd|' /C calc'!A0")).toBe(`"x;'=cmd|' /C calc'!A0"`);
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('gives no cell that starts a formula when the export is read with ; as the separator (Excel in much of Europe)', () => {
    const hostile = { ...(index.events[0] as EventRecord), id: "x;=cmd|' /C calc'!A0", summary: "ok;@SUM(1)\n=HYPERLINK(\"http://evil.example\")", title: 'T;+1' };
    const hostileIndex = buildEventIndex({ ...index.dataset, events: [hostile] });
    const text = exportCsv([hostile], hostileIndex, PERMALINK).replace(/^\uFEFF/, '');
    // A reader that splits on ; honours a quote only at the start of a field, like Papa here.
    for (const delimiter of [';', ',', '\t']) {
      const cells = Papa.parse<string[]>(text, { delimiter }).data.flat();
      expect(cells.filter((cell) => /^[=+\-@]/.test(cell)), delimiter).toEqual([]);
    }
    const back = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data[0];
    expect(back?.id).toBe("x;'=cmd|' /C calc'!A0");
  });

  it('quotes commas, quotes and line breaks but writes numbers as they are', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(-73.5)).toBe('-73.5');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('CSV export', () => {
  const text = exportCsv(index.events, index, PERMALINK);
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('writes one row per event with ACLED-like place and casualty columns and the permalink', () => {
    expect(rows).toHaveLength(index.events.length);
    const kyiv = rows.find((row) => row.id === 'strike-2026-01-24-kyiv');
    expect(kyiv).toMatchObject({
      date: '2026-01-24',
      precision: 'day',
      category: 'strike',
      place: 'kyiv',
      location: 'Kyiv',
      lat: '50.45',
      lon: '30.5236',
      killed_min: '1',
      killed_max: '1',
      injured_min: '4',
      injured_max: '6',
      more_figures: 'drones=375; missiles=21',
      figure_notes: 'injured: in Kyiv',
      actors: 'Russia [russia, state]: attacker | Ukraine [ukraine, state]: target',
      sources: 'Kyiv strike report |  | https://example.org/kyiv',
      permalink: PERMALINK,
    });
  });
});

describe('JSON export', () => {
  const file = exportDataset(index.events.slice(0, 2), index, PERMALINK, '2026-02-26');

  it('is our format, contract 1.1, with the permalink and only the actors and places used', () => {
    expect(file).toMatchObject({ schemaVersion: 1.1, permalink: PERMALINK, updated: '2026-02-26' });
    expect(file.description).toContain(PERMALINK);
    expect(file.places.map((place) => place.id)).toEqual(['abu-dhabi', 'kyiv']);
    expect(file.actors.map((actor) => actor.id)).toEqual(['russia', 'ukraine', 'usa', 'steve-witkoff', 'rustem-umerov']);
    // The strict loader of the default data accepts it as it is.
    expect(parseDataset(file).rejected).toEqual([]);
  });
});

describe('GeoJSON export', () => {
  const collection = exportFeatureCollection(index.events, index, PERMALINK);

  it('writes Points as [lon, lat], null geometry without a place, and the permalink at the top', () => {
    expect(collection.permalink).toBe(PERMALINK);
    const kyiv = collection.features.find((feature) => feature.id === 'strike-2026-01-24-kyiv');
    expect(kyiv?.geometry).toEqual({ type: 'Point', coordinates: [30.5236, 50.45] });
    expect(kyiv?.properties).toMatchObject({ placeName: 'Kyiv', country: 'Ukraine', category: 'strike' });
    const exchange = collection.features.find((feature) => feature.id === 'hum-2026-02-05-pow-exchange');
    expect(exchange?.geometry).toBeNull();
  });
});

describe('problems CSV', () => {
  const rejected = [{ section: 'events' as const, index: 0, id: 'UKR1', field: 'event_date', problem: problem('problem.date.notReal', { text: '31 February 2026' }) }];
  const warnings = [{ section: 'events' as const, index: 2, id: 'UKR3', field: 'latitude', problem: problem('problem.coordinates.swapped', { lat: 95.5, lon: 48.25 }) }];

  it('lists rejected and changed rows with 1-based row numbers', () => {
    const text = exportProblemsCsv(rejected, warnings, 'acled.csv', ENGLISH);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['file', 'outcome', 'section', 'row', 'id', 'field', 'reason'],
      ['acled.csv', 'not loaded', 'events', '1', 'UKR1', 'event_date', '"31 February 2026" is not a real calendar date'],
      ['acled.csv', 'loaded with a change', 'events', '3', 'UKR3', 'latitude', 'latitude 95.5 and longitude 48.25 were swapped; read as 48.25, 95.5'],
    ]);
  });

  it('writes the reasons in the reader\'s language, the header and outcomes as fixed identifiers', () => {
    const text = exportProblemsCsv(rejected, warnings, 'acled.csv', translatorFor('uk'));
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['file', 'outcome', 'section', 'row', 'id', 'field', 'reason']);
    expect(rows[1]?.slice(1, 2)).toEqual(['not loaded']);
    expect(rows[1]?.[6]).toBe('«31 February 2026» — такої дати в календарі немає');
    expect(rows[2]?.[6]).toBe('широту 95,5 і довготу 48,25 переставлено: прочитано як широту 48,25 і довготу 95,5');
  });
});

describe('problems CSV of a row that was changed and then rejected', () => {
  it('says the row was not loaded, for the change too', () => {
    const text = exportProblemsCsv(
      [{ section: 'events', index: 4, id: 'UKR5', field: 'event_date', problem: problem('problem.date.unreadable', { text: 'Feb 4' }) }],
      [{ section: 'events', index: 4, id: 'UKR5', field: '(row)', problem: problem('problem.row.missingCells', { cells: 30, width: 31 }) }],
      'acled.csv',
      ENGLISH,
    );
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => row[1])).toEqual(['not loaded', 'not loaded']);
  });
});
