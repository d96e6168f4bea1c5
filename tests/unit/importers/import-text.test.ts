import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText, sniffText } from '../../../src/domain/importers/import-text';
import { DatasetFormatError } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { reasonOf, withReason, thrownText } from '../../helpers/english-problem';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');

describe('importText: files that are not data', () => {
  it('gives one clear message for a truncated JSON file', () => {
    expect(() => importText(fixture('broken.json'), 'broken.json')).toThrow(DatasetFormatError);
    expect(thrownText(() => importText(fixture('broken.json'), 'broken.json'))).toMatch(/"broken.json" is not valid JSON, perhaps cut short/);
  });

  it('gives one clear message for an HTML page', () => {
    expect(thrownText(() => importText(fixture('page.html'), 'events.json'))).toMatch(/"events.json" is an HTML or XML page, not data/);
  });

  it('gives one clear message for a binary file', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000binary';
    expect(thrownText(() => importText(zip, 'sheet.xlsx'))).toMatch(/"sheet.xlsx" is not a text file/);
  });

  it('gives one clear message for an empty file and for JSON of another shape', () => {
    expect(thrownText(() => importText('\uFEFF  \n', 'empty.csv'))).toMatch(/"empty.csv" is empty/);
    expect(thrownText(() => importText('[1, 2, 3]', 'list.json'))).toMatch(/is JSON but not in a format the app reads/);
  });

  it('names the accepted layouts when a CSV has none of them', () => {
    expect(thrownText(() => importText('name,age\nAnn,3\n', 'people.csv'))).toMatch(/none of the column layouts.*Its first columns are: name, age/);
  });
});

describe('importText: detection from content, not the extension', () => {
  it('reads CSV saved with a .json or .txt name', () => {
    expect(importText(fixture('acled-sample.csv'), 'acled.json').format).toBe('acled-csv');
    expect(importText(fixture('timelinejs-sheet.csv'), 'sheet.txt').format).toBe('timelinejs-csv');
  });

  it('reads GeoJSON and TimelineJS saved as .json, and our own dataset', () => {
    expect(importText(fixture('points.geojson'), 'points.json').format).toBe('geojson');
    expect(importText(fixture('timelinejs.json'), 'timeline.txt').format).toBe('timelinejs-json');
    const ours = importText(JSON.stringify(miniDatasetFile()), 'mini.json');
    expect(ours.format).toBe('dataset-json');
    expect(ours.dataset.events).toHaveLength(8);
    expect(ours.rejected).toEqual([]);
  });

  it('says whether to stream a file (CSV) or read it whole (JSON)', () => {
    expect(sniffText('\uFEFF{"events": [', 'a')).toBe('json');
    expect(sniffText('event_id_cnty,event_date', 'a')).toBe('csv');
  });
});

describe('importText: our JSON from a user', () => {
  it('keeps events whose sources have no url, and drops non-http links with a warning', () => {
    const file = miniDatasetFile();
    const first = file.events[0];
    const second = file.events[1];
    if (!first || !second) throw new Error('fixture changed');
    first.sources = [{ title: 'ACLED', publisher: 'ACLED' }];
    second.sources = [{ title: 'Phish', url: 'javascript:alert(1)' }];
    const result = importText(JSON.stringify(file), 'mine.json');
    expect(result.dataset.events.find((e) => e.id === first.id)?.sources).toEqual([{ title: 'ACLED', publisher: 'ACLED' }]);
    expect(result.dataset.events.find((e) => e.id === second.id)?.sources).toEqual([{ title: 'Phish' }]);
    expect(result.warnings.map(withReason)).toEqual([
      { section: 'events', index: 1, id: second.id, field: 'sources', reason: 'link "javascript:alert(1)" dropped: only http(s) links are kept' },
    ]);
  });

  it('keeps an event with an unknown place without the place, and says so', () => {
    const file = miniDatasetFile();
    const first = file.events[0];
    if (!first) throw new Error('fixture changed');
    first.place = 'atlantis';
    const result = importText(JSON.stringify(file), 'mine.json');
    expect(result.dataset.events.find((e) => e.id === first.id)?.place).toBeNull();
    expect(reasonOf(result.warnings[0])).toBe('unknown place "atlantis"; event kept without a place');
  });

  it('rejects an invalid event with its index and keeps the others', () => {
    const file = miniDatasetFile();
    const third = file.events[2];
    if (!third) throw new Error('fixture changed');
    third.date = '2026-02-31';
    const result = importText(JSON.stringify(file), 'mine.json');
    expect(result.dataset.events).toHaveLength(7);
    expect(result.rejected.map(withReason)).toEqual([
      { section: 'events', index: 2, id: third.id, field: 'date', reason: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
  });
});
