/**
 * Property-based fuzzing of the importers (issue 16, "any file in, nothing breaks"). fast-check
 * feeds random and mutated CSV (our layout, ACLED, TimelineJS sheet), our JSON, GeoJSON and
 * TimelineJS JSON, with Object.prototype member names as keys and values, huge fields, BOMs,
 * odd delimiters and broken quotes. For every input the import must:
 *
 * 1. either return a result or throw DatasetFormatError (the one clear message for a file
 *    that is not data) — never any other error;
 * 2. return only events that keep the contract (the zod event schema, with the one leniency
 *    of imports: a source may lack a url), with day numbers matching their dates, resolvable
 *    actors and places, and texts within the caps;
 * 3. account for every row: rows = loaded + rejected rows + replaced rows + info rows, with
 *    each rejected row listed with a reason; for well-formed CSV the row count equals the
 *    non-blank data rows written, so no row vanishes unlisted;
 * 4. leave Object.prototype and Object untouched, and give a result the worker can post.
 *
 * The seed is fixed so a failure replays the same way (fast-check prints the shrunk input).
 */
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/domain/core/calendar-date';
import { actorSchema, eventSchema, placeSchema } from '../../../src/domain/core/dataset-schema';
import { CSV_COLUMNS } from '../../../src/domain/exporters/csv-layout';
import { toEventInput } from '../../../src/domain/exporters/export-json';
import { importText } from '../../../src/domain/importers/import-text';
import type { ImportResult } from '../../../src/domain/importers/import-types';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../../../src/domain/importers/text-clean';
import { DatasetFormatError } from '../../../src/domain/core/parse-dataset';
import { english } from '../../helpers/english-problem';

const SEED = 20260226;
const RUNS = 120;

// ---------------------------------------------------------------------------------------------
// What every imported event must be.

/** The event contract as imports apply it: the schema's rules, except that a source may lack a url. */
const importedEventSchema = z
  .object({ ...eventSchema.shape })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date);

/** Longest text a field may have after the cap, marker included. */
const CAPPED = (max: number) => max + 60;

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const OBJECT_NAMES = Object.getOwnPropertyNames(Object).sort();

/** Imports `text`; returns the result, or null for a file the importer refused with its clear message. */
function importOrRefuse(text: string, fileName: string): ImportResult | null {
  try {
    return importText(text, fileName);
  } catch (error) {
    // Anything but the one clear message is a bug (a TypeError, a RangeError from recursion…).
    if (!(error instanceof DatasetFormatError)) throw error;
    expect(english(error.problem).length).toBeGreaterThan(10);
    return null;
  }
}

/** Checks properties 2–4 on one result. */
function checkResult(result: ImportResult): void {
  const { dataset, summary } = result;
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  const placeIds = new Set(dataset.places.map((place) => place.id));
  for (const actor of dataset.actors) expect(actorSchema.safeParse(actor).success, JSON.stringify(actor)).toBe(true);
  for (const place of dataset.places) expect(placeSchema.safeParse(place).success, JSON.stringify(place)).toBe(true);

  const ids = new Set<string>();
  for (const event of dataset.events) {
    const input = toEventInput(event);
    const parsed = importedEventSchema.safeParse(input);
    if (!parsed.success) throw new Error(`event breaks the contract: ${JSON.stringify(parsed.error.issues[0])} in ${JSON.stringify(input).slice(0, 300)}`);
    // The schema would change nothing: no unknown keys, nothing untrimmed that it trims.
    expect(parsed.data).toEqual(input);
    expect(event.startDay).toBe(toDayNumber(event.date));
    expect(event.endDay).toBe(toDayNumber(event.endDate ?? event.date));
    expect(ids.has(event.id), `duplicate id ${event.id}`).toBe(false);
    ids.add(event.id);
    if (event.place !== null) expect(placeIds.has(event.place)).toBe(true);
    for (const ref of event.actors) expect(actorIds.has(ref.id)).toBe(true);
    expect(event.title.length).toBeLessThanOrEqual(CAPPED(MAX_TITLE_CHARS));
    for (const text of [event.summary, event.geoNote ?? '', event.otherFigures ?? '', event.confidence]) {
      expect(text.length).toBeLessThanOrEqual(CAPPED(MAX_TEXT_CHARS));
    }
    expect(Object.hasOwn(event.figures, '__proto__')).toBe(false);
  }

  // Every row accounted for, each rejection with a reason.
  const rejectedRows = new Set(result.rejected.filter((r) => r.section === 'events').map((r) => r.index));
  expect(summary.rows).toBe(result.rowCount);
  expect(summary.loaded).toBe(dataset.events.length);
  expect(summary.rejectedRows).toBe(rejectedRows.size);
  expect(summary.rows).toBe(summary.loaded + summary.rejectedRows + summary.replacedRows + summary.infoRows);
  expect(summary.changes).toBe(result.warnings.length);
  for (const entry of [...result.rejected, ...result.warnings]) {
    expect(english(entry.problem).trim()).not.toBe('');
    expect(entry.index).toBeGreaterThanOrEqual(-1);
    if (entry.section === 'events') expect(entry.index).toBeLessThan(Math.max(1, result.rowCount));
  }

  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(Object.getOwnPropertyNames(Object).sort()).toEqual(OBJECT_NAMES);
  // What the import worker does with the result.
  expect(() => structuredClone(result)).not.toThrow();
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__'];
const NASTY = [
  ...PROTO,
  '',
  ' ',
  '\uFEFF',
  '"',
  '""',
  '"unclosed',
  ';',
  ',',
  '\t',
  '\n',
  '\r\n',
  "=cmd|' /C calc'!A0",
  '+1',
  '-1',
  '@SUM(A1)',
  '<a',
  '<!--',
  '<script>alert(1)</script>',
  '&constructor;',
  '&#0;',
  '&#x110000;',
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '1e400',
  '-0',
  '2026-02-31',
  '\u0000',
  '\uD800',
  '😀',
];

/** Text that is hostile more often than not, sometimes huge. */
const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', '<a', 'é', '😀 '), fc.integer({ min: 2_000, max: 12_000 })).map(([unit, n]) => unit.repeat(n)) },
);

const dateText = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('04 February 2026', '4 Feb 2026', '2026/2/4', '2026-02-04T23:30:00-08:00', '31 February 2026', '02/04/2026', '0000-01-01'),
  nastyText,
);

const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.constantFrom('48,62', '37.53', '', '1,234', '1e3', ' 7 '),
  nastyText,
);

/** A value for a column: plausible when the column is known, anything otherwise. */
function cellFor(column: string): fc.Arbitrary<string> {
  if (/date/.test(column)) return dateText;
  if (/^(lat|lon|latitude|longitude|fatalities|killed_|injured_|year|month|day|end_)/.test(column)) return numberText;
  if (column === 'event_type') return fc.oneof(fc.constantFrom('Battles', 'Explosions/Remote violence', 'Protests', 'Riots', 'Strategic developments', 'Violence against civilians'), nastyText);
  if (column === 'category') return fc.oneof(fc.constantFrom('strike', 'talks', 'constructor', 'Energy War'), nastyText);
  if (column === 'sources' || column === 'source' || column === 'media') return fc.oneof(fc.constantFrom('Reuters | | https://example.org/a', 'https://example.org/b', 'x | y | javascript:alert(1)'), nastyText);
  if (column === 'more_figures') return fc.oneof(fc.constantFrom('drones=3; missiles=1-2', '__proto__=1; constructor=2', 'toString=4'), nastyText);
  if (column === 'figure_notes') return fc.oneof(fc.constantFrom('__proto__: x\nconstructor: y', 'drones: nearly', 'killed: a note'), nastyText);
  if (column === 'attributes') return fc.oneof(fc.constantFrom('admin1: Kyiv\n__proto__: x', 'constructor: c'), nastyText);
  if (column === 'actors') return fc.oneof(fc.constantFrom('Russia [russia, state]: attacker | Ukraine', '[__proto__]: x', 'Bad Id [Bad Id]'), nastyText);
  if (column === 'type') return fc.constantFrom('', '', 'title', 'era', 'constructor');
  if (column === 'precision' || column === 'time_precision' || column === 'geo_precision') return fc.constantFrom('', '1', '2', '3', 'day', 'month', 'constructor');
  return nastyText;
}

const LAYOUTS: readonly (readonly string[])[] = [
  CSV_COLUMNS,
  ['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'],
  ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Type', 'Group'],
];

/** A header: one of the layouts, maybe with columns dropped, repeated or named after prototype members. */
const headerArb = fc
  .tuple(
    fc.constantFrom(...LAYOUTS),
    fc.array(fc.nat(), { maxLength: 3 }),
    fc.array(fc.constantFrom(...PROTO, 'id', 'date', 'title', ''), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([layout, drops, extra, shuffle]) => {
    const columns = layout.filter((_, i) => !drops.some((drop) => drop % (layout.length * 3) === i));
    const all = [...columns, ...extra];
    return shuffle ? [...all].reverse() : all;
  });

type Delimiter = ',' | ';' | '\t';

/** RFC 4180 quoting: what a careful writer does, so the file has exactly these rows. */
function quoteCell(cell: string, delimiter: Delimiter): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

interface CsvCase {
  text: string;
  /** Data rows that are not blank, when the file is well formed; null when it was broken on purpose. */
  expectedRows: number | null;
}

const csvCase: fc.Arbitrary<CsvCase> = headerArb.chain((header) =>
  fc
    .record({
      rows: fc.array(fc.tuple(...header.map((column) => cellFor(column.toLowerCase().replace(/\s+/g, '_')))), { maxLength: 12 }),
      delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      raw: fc.boolean(),
      ragged: fc.array(fc.nat(), { maxLength: 2 }),
    })
    .map(({ rows, delimiter, bom, crlf, raw, ragged }): CsvCase => {
      // A header whose names would be read as another delimiter's makes the file another file.
      const headerSafe = header.every((name) => !/[,;\t"\r\n]/.test(name));
      const shaped = rows.map((cells, i) => (ragged.includes(i) ? cells.slice(0, Math.max(1, cells.length - 2)) : cells));
      const write = (cells: readonly string[]) => cells.map((cell) => (raw ? cell : quoteCell(cell, delimiter))).join(delimiter);
      const lines = [write(header), ...shaped.map(write)];
      const text = `${bom ? '\uFEFF' : ''}${lines.join(crlf ? '\r\n' : '\n')}${crlf ? '\r\n' : '\n'}`;
      // Rows that a reader skips as blank: every cell empty or spaces (and a lone empty cell).
      const nonBlank = shaped.filter((cells) => !cells.every((cell) => cell.trim() === '')).length;
      // A BOM or NUL inside a cell makes the file look like another (binary, or a BOM that is
      // stripped); only the simple well-formed files get the exact row check.
      const simple = !raw && headerSafe && shaped.every((cells) => cells.every((cell) => !cell.includes('\uFEFF') && !cell.includes(String.fromCharCode(0))));
      return { text, expectedRows: simple ? nonBlank : null };
    }),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Random edits of a text: characters inserted, removed or replaced by hostile ones. */
function mutated(base: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, base.length - 1) }), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...NASTY, '{', '}', '[', ']', ':', '0')), {
      minLength: 1,
      maxLength: 6,
    })
    .map((edits) => {
      let text = base;
      for (const [at, op, piece] of edits) {
        const i = Math.min(at, text.length);
        if (op === 'insert') text = text.slice(0, i) + piece + text.slice(i);
        else if (op === 'delete') text = text.slice(0, i) + text.slice(i + 1 + (piece.length % 4));
        else text = text.slice(0, i) + piece + text.slice(i + piece.length);
      }
      return text;
    });
}

/** JSON values of any shape, with object keys that include prototype member names. */
const { json: jsonValue } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, '', '2026-02-04', 'https://example.org/x'),
    nastyText,
    fc.array(tie('json'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO, 'min', 'max', 'value', 'note'), fc.string({ maxLength: 6 })), tie('json')), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
  ),
}));

/**
 * An object with the given fields: mostly plausible values, with up to `corrupt` fields made
 * hostile (dropped, or any JSON value) and maybe extra keys named after prototype members, so
 * that many items load and the rest are rejected for one reason or another.
 */
function looseObject(fields: Record<string, fc.Arbitrary<unknown>>, corrupt = 2): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return fc
    .tuple(
      fc.record(fields),
      fc.subarray(keys, { maxLength: corrupt }),
      fc.array(fc.option(jsonValue, { nil: undefined }), { minLength: corrupt, maxLength: corrupt }),
      fc.array(fc.tuple(fc.constantFrom(...PROTO, 'extra'), jsonValue), { maxLength: 2 }),
    )
    .map(([plausible, broken, values, extra]) => {
      const entries: [string, unknown][] = Object.entries(plausible);
      broken.forEach((key, i) => {
        const at = entries.findIndex(([name]) => name === key);
        const value = values[i];
        if (value === undefined) entries.splice(at, 1);
        else entries[at] = [key, value];
      });
      return Object.fromEntries([...entries, ...extra]);
    });
}

const AUTO_ID = '(auto id)';

/** Items with AUTO_ID given ids e0, e1, … by position. */
function withIds(items: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return items.map((item, i) => (item.id === AUTO_ID ? { ...item, id: `e${i}` } : item));
}

const figuresArb = fc
  .array(
    fc.tuple(
      fc.constantFrom('killed', 'injured', 'drones', ...PROTO),
      fc.oneof({ weight: 3, arbitrary: fc.oneof(fc.nat(), fc.tuple(fc.nat(), fc.nat(1000)).map(([min, more]) => ({ min, max: min + more })), fc.record({ value: fc.nat(), note: nastyText })) }, { weight: 1, arbitrary: jsonValue }),
    ),
    { maxLength: 4 },
  )
  .map((entries) => Object.fromEntries(entries));

const title = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Hit', 'constructor', 'Talks <b>round</b> &amp; more') }, { weight: 2, arbitrary: nastyText });
const isoDate = fc.integer({ min: toDayNumber('1990-01-01') ?? 0, max: toDayNumber('2030-12-31') ?? 0 }).map(fromDayNumber);

const eventObject = looseObject({
  // AUTO_ID is replaced by a unique id per item, so that most items do not collide.
  id: fc.oneof({ weight: 4, arbitrary: fc.constant(AUTO_ID) }, { weight: 1, arbitrary: fc.constantFrom(...PROTO, 'e1') }, { weight: 1, arbitrary: nastyText }),
  date: fc.oneof({ weight: 4, arbitrary: isoDate }, { weight: 1, arbitrary: dateText }),
  endDate: fc.option(isoDate, { nil: undefined, freq: 2 }),
  datePrecision: fc.constantFrom('day', 'approximate', 'month', 'year'),
  category: fc.constantFrom('strike', 'talks', 'constructor', 'to-string', 'battle', 'protest', 'Bad Category'),
  title,
  summary: nastyText,
  actors: fc.array(fc.record({ id: fc.constantFrom('russia', 'ukraine', 'constructor', 'to-string', 'russia', 'ukraine', 'Bad Id'), role: fc.constantFrom('attacker', 'target', 'toString', 'constructor') }), { maxLength: 2 }),
  place: fc.constantFrom(null, 'kyiv', 'atlantis', '__proto__'),
  figures: figuresArb,
  attributes: fc.array(fc.tuple(fc.constantFrom('admin1', ...PROTO), nastyText), { maxLength: 3 }).map((entries) => Object.fromEntries(entries)),
  sources: fc.array(fc.record({ title: title, url: fc.constantFrom('https://example.org/s', 'javascript:alert(1)', 'https://example.org/x?a=<b>') }), { minLength: 1, maxLength: 2 }),
  confidence: nastyText,
  geoNote: nastyText,
  otherFigures: nastyText,
}, 1);

const datasetJson = fc
  .record({
    actors: fc.array(fc.oneof(fc.constant<unknown>({ id: 'russia', name: 'Russia', kind: 'state' }), looseObject({ id: fc.constantFrom('ukraine', 'constructor', ...PROTO), name: title, kind: fc.constantFrom('state', 'person') }, 1)), { maxLength: 3 }),
    places: fc.array(fc.oneof(fc.constant<unknown>({ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'Ukraine' }), looseObject({ id: fc.constantFrom('kyiv', 'constructor', ...PROTO), name: title, lat: fc.double({ min: -100, max: 100 }), lon: fc.double({ min: -200, max: 200 }), country: nastyText }, 1)), { maxLength: 3 }),
    events: fc.array(eventObject, { maxLength: 8 }).map(withIds),
    title: nastyText,
  })
  .map((file) => JSON.stringify({ schemaVersion: 1, description: '', updated: '2026-02-26', attribution: '', ...file }));

const geojson = fc
  .array(
    fc.record({
      geometry: fc.oneof(
        fc.constant(null),
        fc.record({ type: fc.constantFrom('Point', 'Polygon', 'constructor'), coordinates: fc.oneof(fc.tuple(fc.double(), fc.double()), jsonValue) }),
        jsonValue,
      ),
      properties: fc.oneof({ weight: 4, arbitrary: eventObject }, { weight: 1, arbitrary: jsonValue }),
      id: fc.oneof(nastyText, fc.nat()),
    }),
    { maxLength: 8 },
  )
  .map((features) => features.map((feature, i) => (isRecord(feature.properties) ? { ...feature, properties: withIds([feature.properties])[0] ?? {}, id: `f${i}` } : feature)))
  .map((features) => JSON.stringify({ type: 'FeatureCollection', features: features.map((feature) => ({ type: 'Feature', ...feature })) }));

const datePartsArb = looseObject(
  {
    year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1990, max: 2030 }) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 10_000 }).map(String) }, { weight: 1, arbitrary: numberText }),
    month: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 13 }).map(String) }),
    day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 32 }).map(String) }),
  },
  1,
);

const slide = looseObject({
  start_date: datePartsArb,
  end_date: datePartsArb,
  text: looseObject({ headline: title, text: fc.oneof(nastyText, fc.constantFrom('<p>a</p><script>x</script>', '<a'.repeat(5_000), '<!--'.repeat(3_000))) }, 1),
  group: nastyText,
  unique_id: fc.oneof(fc.constantFrom('same', 'same', ...PROTO), nastyText),
  media: looseObject({ url: fc.constantFrom('https://example.org/m', 'javascript:alert(1)'), caption: nastyText, credit: nastyText }, 1),
}, 1);

const timelineJson = fc
  .record({ events: fc.array(slide, { maxLength: 8 }), eras: fc.array(slide, { maxLength: 2 }), title: fc.option(slide, { nil: undefined }) })
  .map((file) => JSON.stringify(file));

const SAMPLE_CSV = `${CSV_COLUMNS.join(',')}\nstrike-1,2026-02-04,,day,strike,"Market hit, Druzhkivka","Seven killed.","Russia [russia, state]: attacker",druzhkivka,Druzhkivka,Ukraine,48.62,37.53,,7,7,,,drones=3,killed: early,,Report |  | https://example.org/a,high,admin1: Donetsk,http://localhost/\n`;
const SAMPLE_ACLED = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\nUKR1,04 February 2026,1,Battles,Armed clash,Military Forces of Russia (2000-),Ukraine,Kharkiv,Kupiansk,49.71,37.61,2,Reuters,"Clash, ""heavy""",3\n';
const SAMPLE_JSON = JSON.stringify({ schemaVersion: 1, title: 'T', description: '', updated: '2026-02-26', attribution: '', actors: [{ id: 'russia', name: 'Russia', kind: 'state' }], places: [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'Ukraine' }], events: [{ id: 'e1', date: '2026-02-04', datePrecision: 'day', category: 'strike', title: 'Hit', summary: '', actors: [{ id: 'russia', role: 'attacker' }], place: 'kyiv', figures: { killed: { min: 1, max: 2, note: 'n' } }, attributes: { admin1: 'Kyiv' }, sources: [{ title: 'S', url: 'https://example.org/s' }], confidence: '' }] });

// ---------------------------------------------------------------------------------------------

describe('importer fuzzing (fast-check, fixed seed)', () => {
  const options = { seed: SEED, numRuns: RUNS };

  it('CSV in any of the three layouts, any delimiter, quoted or not: nothing breaks, no row vanishes', () => {
    fc.assert(
      fc.property(csvCase, ({ text, expectedRows }) => {
        const result = importOrRefuse(text, 'fuzz.csv');
        if (result === null) return;
        checkResult(result);
        if (expectedRows !== null) expect(result.rowCount).toBe(expectedRows);
      }),
      options,
    );
  });

  it('mutated CSV, ACLED and JSON files: nothing breaks', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(SAMPLE_CSV), mutated(SAMPLE_ACLED), mutated(SAMPLE_JSON)), (text) => {
        const result = importOrRefuse(text, 'mutated.txt');
        if (result !== null) checkResult(result);
      }),
      options,
    );
  });

  it('our JSON with hostile events, actors and places: nothing breaks', () => {
    fc.assert(
      fc.property(datasetJson, (text) => {
        const result = importOrRefuse(text, 'fuzz.json');
        if (result !== null) checkResult(result);
      }),
      options,
    );
  });

  it('GeoJSON with hostile features: nothing breaks', () => {
    fc.assert(
      fc.property(geojson, (text) => {
        const result = importOrRefuse(text, 'fuzz.geojson');
        if (result !== null) checkResult(result);
      }),
      options,
    );
  });

  it('TimelineJS JSON with hostile slides and HTML: nothing breaks', () => {
    fc.assert(
      fc.property(timelineJson, (text) => {
        const result = importOrRefuse(text, 'fuzz-timeline.json');
        if (result !== null) checkResult(result);
      }),
      options,
    );
  });

  it('the samples the mutations start from import cleanly (so the mutations test something)', () => {
    for (const [text, format] of [[SAMPLE_CSV, 'generic-csv'], [SAMPLE_ACLED, 'acled-csv'], [SAMPLE_JSON, 'dataset-json']] as const) {
      const result = importText(text, 'sample');
      expect(result.format).toBe(format);
      expect(result.rejected).toEqual([]);
      expect(result.dataset.events).toHaveLength(1);
      checkResult(result);
    }
  });
});
