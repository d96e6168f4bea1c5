/**
 * Files written to break the importers (issue 16): keys named after Object.prototype members,
 * hostile HTML, huge fields, broken quotes. Each case is what a reader could open by mistake or
 * be sent on purpose; each asserts what the reader would see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { exportCsv } from '../../../src/domain/exporters/export-csv';
import { exportJson } from '../../../src/domain/exporters/export-json';
import { importBlob } from '../../../src/domain/importers/import-blob';
import { importText } from '../../../src/domain/importers/import-text';
import { LISTED_CHANGES } from '../../../src/domain/importers/import-types';
import { capText, decodeEntities, htmlToText, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../../../src/domain/importers/text-clean';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { english, reasonOf, withReason, thrownText, rejectionText } from '../../helpers/english-problem';

const GENERIC_HEADER = 'id,date,category,title,more_figures,figure_notes,sources';
const ACLED_HEADER = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';

/** Names the pollution tests could leave on Object.prototype or Object; removed after each test. */
const POLLUTED = ['note', 'polluted', 'min', 'max'];

afterEach(() => {
  for (const name of POLLUTED) {
    Reflect.deleteProperty(Object.prototype, name);
    Reflect.deleteProperty(Object, name);
  }
});

function prototypeIsClean(): boolean {
  return POLLUTED.every((name) => !Object.hasOwn(Object.prototype, name) && !Object.hasOwn(Object, name));
}

describe('prototype pollution through our CSV layout', () => {
  const csv = `${GENERIC_HEADER}\na,2026-01-01,strike,Hit,"x=1; __proto__=2","__proto__: polluted\nconstructor: also polluted\nx: fine",https://example.org/a\n`;

  it('a figure_notes entry named __proto__ never writes onto Object.prototype (main-thread import)', async () => {
    const result = await importBlob(new Blob([csv]), 'notes.csv');
    expect(prototypeIsClean()).toBe(true);
    expect(({} as { note?: unknown }).note).toBeUndefined();
    expect(result.dataset.events[0]?.figures).toEqual({ x: { min: 1, max: 1, note: 'fine' } });
  });

  it('lists the __proto__ figure it could not keep, and the note of a figure the row does not have', () => {
    const result = importText(csv, 'notes.csv');
    const reasons = result.warnings.map((w) => `${w.field}: ${english(w.problem)}`);
    expect(reasons).toContainEqual(expect.stringMatching(/^more_figures: left out: the name "__proto__" is reserved/));
    expect(reasons).toContainEqual(expect.stringMatching(/^figure_notes: note "constructor: also polluted" is for a figure the row does not have/));
    expect(result.dataset.events).toHaveLength(1);
  });
});

describe('Object.prototype member names as data', () => {
  it('keeps a category "constructor" and figures toString/valueOf/constructor from our JSON', () => {
    const file = miniDatasetFile();
    const event = file.events[1];
    if (!event) throw new Error('fixture changed');
    event.category = 'constructor';
    event.figures = { toString: 3, valueOf: { min: 1, max: 2 }, constructor: { value: 5, note: 'n' } };
    const result = importText(JSON.stringify(file), 'mine.json');
    const loaded = result.dataset.events.find((e) => e.id === event.id);
    expect(loaded?.category).toBe('constructor');
    expect(loaded?.figures).toEqual({ toString: { min: 3, max: 3 }, valueOf: { min: 1, max: 2 }, constructor: { min: 5, max: 5, note: 'n' } });
    expect(result.rejected).toEqual([]);
  });

  it('keeps the event of a __proto__ figure in our JSON, leaves the figure out and says so', () => {
    const file = miniDatasetFile();
    const event = file.events[1];
    if (!event) throw new Error('fixture changed');
    event.figures = { marker: 1 };
    const text = JSON.stringify(file).replace('"marker":1', '"__proto__":{"min":1,"max":2},"marker":1');
    expect(text).toContain('__proto__');
    const result = importText(text, 'mine.json');
    expect(result.dataset.events).toHaveLength(file.events.length);
    expect(result.dataset.events.find((e) => e.id === event.id)?.figures).toEqual({ marker: { min: 1, max: 1 } });
    expect(result.warnings.map(withReason)).toEqual([
      expect.objectContaining({ index: 1, id: event.id, field: 'figures.__proto__', reason: expect.stringMatching(/reserved/) }),
    ]);
  });

  it('rejects, with the reason, an event with a __proto__ figure in the default dataset (never silently)', () => {
    const file = miniDatasetFile();
    const event = file.events[1];
    if (!event) throw new Error('fixture changed');
    event.figures = { marker: 1 };
    const text = JSON.stringify(file).replace('"marker":1', '"__proto__":{"killed":1000000},"marker":1');
    const result = parseDataset(JSON.parse(text));
    expect(result.rejected.map(withReason)).toEqual([
      expect.objectContaining({ section: 'events', id: event.id, field: 'figures.__proto__', reason: expect.stringMatching(/reserved/) }),
    ]);
    expect(result.dataset.events).toHaveLength(file.events.length - 1);
  });

  it('reads an ACLED event_type "constructor" as a category and a geo_precision "constructor" as no note', () => {
    const csv = `${ACLED_HEADER}\nUKR1,2026-02-04,1,constructor,toString,valueOf,Kyiv,50.45,30.52,constructor,Reuters,notes,3\n`;
    const result = importText(csv, 'acled.csv');
    const event = result.dataset.events[0];
    expect(event?.category).toBe('constructor');
    expect(event?.geoNote).toBeUndefined();
    expect(event?.attributes).toEqual({ sub_event_type: 'toString', admin1: 'valueOf' });
    expect(event?.figures).toEqual({ killed: { min: 3, max: 3 } });
  });

  it('keeps figures named toString/valueOf in our CSV and writes them back out', () => {
    const csv = `${GENERIC_HEADER}\na,2026-01-01,constructor,Hit,"toString=3; valueOf=4-5","toString: three",https://example.org/a\n`;
    const result = importText(csv, 'x.csv');
    expect(result.dataset.events[0]?.figures).toEqual({ toString: { min: 3, max: 3, note: 'three' }, valueOf: { min: 4, max: 5 } });
    const index = buildEventIndex(result.dataset);
    const back = importText(exportCsv(index.events, index, 'http://localhost/'), 'back.csv');
    expect(back.dataset.events[0]?.figures).toEqual(result.dataset.events[0]?.figures);
    expect(back.dataset.events[0]?.category).toBe('constructor');
    expect(JSON.parse(exportJson(index.events, index, 'http://localhost/', '2026-02-26')).events[0].figures).toEqual({
      toString: { value: 3, note: 'three' },
      valueOf: { min: 4, max: 5 },
    });
  });

  it('reads GeoJSON figures named constructor, and lists a __proto__ figure it leaves out', () => {
    const geojson = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"id":"g1","date":"2026-02-04","title":"T",
      "figures":{"constructor":2,"__proto__":{"min":1,"max":2}},"attributes":{"__proto__":"x","admin1":"Kyiv"}}}]}`;
    const result = importText(geojson, 'g.geojson');
    expect(result.dataset.events[0]?.figures).toEqual({ constructor: { min: 2, max: 2 } });
    expect(result.dataset.events[0]?.attributes).toEqual({ admin1: 'Kyiv' });
    expect(result.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['figures.__proto__', 'attributes.__proto__']));
    expect(prototypeIsClean()).toBe(true);
  });

  it('leaves an HTML entity named after an Object member as written', () => {
    expect(decodeEntities('&constructor; &toString; &amp;')).toBe('&constructor; &toString; &');
  });
});

describe('hostile HTML in TimelineJS text', () => {
  const timeline = (text: string) => JSON.stringify({ events: [{ start_date: { year: 2026, month: 2, day: 4 }, text: { headline: 'H', text } }] });

  it('strips 600 KB of "<a" in well under a second', () => {
    const started = performance.now();
    const result = importText(timeline('<a'.repeat(300_000)), 'timeline.json');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.dataset.events).toHaveLength(1);
  });

  it('stays linear for unclosed comments, scripts and styles too', () => {
    for (const opening of ['<!--', '<script>', '<style>', '<br', '</p']) {
      const started = performance.now();
      htmlToText(opening.repeat(200_000));
      expect(performance.now() - started, opening).toBeLessThan(1000);
    }
  });

  it('still removes tags, scripts and comments, and keeps what is not a tag as text', () => {
    expect(htmlToText('<p>a</p><!-- hidden --><script type="x">alert(1)</script>b<br/>c')).toBe('a\nb\nc');
    expect(htmlToText('1 < 2 and <a no end')).toBe('1 < 2 and <a no end');
    expect(htmlToText('<STYLE>p{}</STYLE ><B>bold</B>')).toBe('bold');
  });

  it('cuts a summary over the cap with a visible marker and lists the cut', () => {
    const result = importText(timeline(`<p>${'word '.repeat(30_000)}</p>`), 'timeline.json');
    const summary = result.dataset.events[0]?.summary ?? '';
    expect(summary.length).toBeLessThan(MAX_TEXT_CHARS + 100);
    expect(summary).toMatch(/… \[139,\d{3} more characters cut on import\]$/);
    expect(result.warnings.map(withReason)).toContainEqual(expect.objectContaining({ field: 'summary', reason: expect.stringMatching(/the first 10,000 are kept/) }));
  });

  it('cuts a title at its own cap, never inside a surrogate pair', () => {
    const capped = capText(`${'x'.repeat(MAX_TITLE_CHARS - 1)}😀😀`, MAX_TITLE_CHARS);
    expect(capped.text.startsWith(`${'x'.repeat(MAX_TITLE_CHARS - 1)}…`)).toBe(true);
    expect(capped.cut).toBe(4);
  });
});

describe('CSV files importBlob streams', () => {
  it('reports the real reason for a CSV over 64 KB with an unrecognised header', async () => {
    const text = `name,age\n${'Ann,3\n'.repeat(20_000)}`;
    expect(text.length).toBeGreaterThan(64 * 1024);
    expect(await rejectionText(importBlob(new Blob([text]), 'people.csv', { chunkBytes: 16 * 1024 }))).toMatch(/none of the column layouts/);
  });

  it('stops when its signal is aborted, with a clear message', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await rejectionText(importBlob(new Blob(['id,date\n']), 'x.csv', { signal: controller.signal }))).toMatch('The import was cancelled.');
  });

  it('rejects a row with a broken quote instead of loading it and listing it too, in chunks as whole', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `e${i},2026-01-01,strike,Title ${i},https://example.org/${i}`);
    rows[2900] = 'e2900,2026-01-01,strike,"Title "bad" 2900,https://example.org/x';
    const text = `id,date,category,title,sources\n${rows.join('\n')}\n`;
    for (const result of [importText(text, 'q.csv'), await importBlob(new Blob([text]), 'q.csv', { chunkBytes: 16 * 1024 })]) {
      expect(result.rejected.map(withReason)).toEqual([expect.objectContaining({ index: 2900, field: '(row)', reason: expect.stringMatching(/the row was not loaded/) })]);
      expect(result.dataset.events.some((e) => e.id === 'e2900')).toBe(false);
      expect(result.summary.loaded + result.summary.rejectedRows).toBe(result.summary.rows);
    }
  });

  it('says so when the header itself has a quote that is never closed', () => {
    expect(thrownText(() => importText('id,date,"category,title\n1,2026-01-01,x,y\n', 'h.csv'))).toMatch(/header row has a quote that is not closed/);
  });
});

describe('the import summary', () => {
  it('counts rows and carries only the first change notes of a file that changes every row', () => {
    const features = Array.from({ length: 10_001 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [] },
      properties: { id: `p${i}`, date: '2026-02-04', title: `Area ${i}` },
    }));
    const result = importText(JSON.stringify({ type: 'FeatureCollection', features }), 'areas.geojson');
    expect(result.warnings).toHaveLength(10_001);
    expect(result.summary).toMatchObject({ rows: 10_001, loaded: 10_001, rejectedRows: 0, changedRows: 10_001, changes: 10_001 });
    expect(result.summary.firstChanges).toHaveLength(LISTED_CHANGES);
    expect(reasonOf(result.summary.firstChanges[0])).toMatch(/only Point geometries are placed \(found Polygon\)/);
  });

  it('counts replaced ACLED rows and the title row of a TimelineJS sheet apart from loaded and rejected ones', () => {
    const acled = importText(`${ACLED_HEADER}\nU1,2026-02-04,1,Battles,,,,,,,,first,\nU1,2026-02-04,1,Battles,,,,,,,,second,\nU2,bad,1,Battles,,,,,,,,x,\n`, 'a.csv');
    expect(acled.summary).toMatchObject({ rows: 3, loaded: 1, rejectedRows: 1, replacedRows: 1, infoRows: 0 });
    const sheet = importText('Year,Month,Day,Headline,Text,Type\n,,,My timeline,,title\n2026,2,4,Event,,\n', 's.csv');
    expect(sheet.summary).toMatchObject({ rows: 2, loaded: 1, rejectedRows: 0, infoRows: 1 });
    expect(sheet.dataset.meta.title).toBe('My timeline');
  });
});
