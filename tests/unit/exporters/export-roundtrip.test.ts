import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex, type EventIndex } from '../../../src/domain/core/event-index';
import { exportCsv } from '../../../src/domain/exporters/export-csv';
import { exportGeoJson } from '../../../src/domain/exporters/export-geojson';
import { exportJson } from '../../../src/domain/exporters/export-json';
import { importText } from '../../../src/domain/importers/import-text';
import type { Dataset, EventRecord } from '../../../src/domain/core/model';
import { parseDataset, parseDatasetText } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';

const PERMALINK = 'http://localhost/?categories=strike&from=2026-01-01';

/** What must survive a round trip: the events with their places and actors resolved. */
function comparable(dataset: Dataset) {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  return dataset.events.map((event: EventRecord) => ({
    ...event,
    place: event.place === null ? null : places.get(event.place),
    actors: event.actors.map((ref) => ({ ...ref, actor: actors.get(ref.id) })),
  }));
}

/** The dataset as a CSV can carry it: no translation maps, no languages. */
function withoutTranslations(dataset: Dataset): Dataset {
  const strip = <T extends object>(item: T, keys: readonly string[]): T =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key))) as T;
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => strip(actor, ['name_i18n'])),
    places: dataset.places.map((place) => strip(place, ['name_i18n'])),
    events: dataset.events.map((event) => strip(event, ['title_i18n', 'summary_i18n', 'lang'])),
  };
}

/** The mini dataset plus an imported ACLED file, so url-less sources, odd ids and text edge cases are covered. */
function richIndex(): EventIndex {
  const mini = parseDataset(miniDatasetFile()).dataset;
  const acled = importText(readFileSync(resolve('tests/fixtures/imports/acled-sample.csv'), 'utf8'), 'acled.csv').dataset;
  const tricky: EventRecord = {
    ...(mini.events[1] as EventRecord),
    id: 'tricky-2026-02-20',
    date: '2026-02-20',
    startDay: toDayNumber('2026-02-20') ?? 0,
    endDay: toDayNumber('2026-02-20') ?? 0,
    title: '=HYPERLINK("http://evil.example","click") -5, "quoted"; semi',
    summary: '+ line one\nline two, with comma | and pipe',
    otherFigures: '@about 430 drones',
    figures: { killed: { min: 26, max: 29, note: 'in Kyiv; early reports' }, drones: { min: 400, max: 400, note: 'nearly' }, missiles: { min: 18, max: 21 } },
    sources: [{ title: 'Report | part two', publisher: 'Example', url: 'https://example.org/a?b=1&c=2' }, { title: 'Untitled note' }],
  };
  return buildEventIndex({
    meta: mini.meta,
    actors: [...mini.actors, ...acled.actors],
    places: [...mini.places, ...acled.places],
    events: [...mini.events, ...acled.events, tricky].sort((a, b) => a.startDay - b.startDay || (a.id < b.id ? -1 : 1)),
  });
}

describe('export → import round trips', () => {
  const index = richIndex();
  const events = index.events;

  it('gives back the same events from JSON', () => {
    const back = importText(exportJson(events, index, PERMALINK, '2026-02-26'), 'export.json');
    expect(back.rejected).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(comparable(back.dataset)).toEqual(comparable(index.dataset));
  });

  it('gives back the same events from CSV', () => {
    const back = importText(exportCsv(events, index, PERMALINK), 'export.csv');
    expect(back.format).toBe('generic-csv');
    expect(back.rejected).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(comparable(back.dataset)).toEqual(comparable(index.dataset));
  });

  it('gives back the same events from GeoJSON', () => {
    const back = importText(exportGeoJson(events, index, PERMALINK), 'export.geojson');
    expect(back.rejected).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(comparable(back.dataset)).toEqual(comparable(index.dataset));
  });

  it('round-trips only the filtered events, with only the actors and places they use', () => {
    const strikes = events.filter((event) => event.category === 'strike' && event.place === 'kyiv');
    const back = importText(exportJson(strikes, index, PERMALINK, '2026-02-26'), 'strikes.json');
    expect(back.dataset.events.map((event) => event.id)).toEqual(strikes.map((event) => event.id));
    expect(back.dataset.places.map((place) => place.id)).toEqual(['kyiv']);
    expect(back.dataset.actors.map((actor) => actor.id).sort()).toEqual(['russia', 'ukraine']);
  });
});

describe('export → import of the shipped dataset', () => {
  const { dataset } = parseDatasetText(readFileSync(resolve('public/data/events.json'), 'utf8'));
  const index = buildEventIndex(dataset);

  it.each([
    ['JSON', () => exportJson(index.events, index, PERMALINK, '2026-02-26')],
    ['GeoJSON', () => exportGeoJson(index.events, index, PERMALINK)],
  ])('gives back every event unchanged from %s, translations included', (_, write) => {
    const back = importText(write(), 'export');
    expect(back.rejected).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(comparable(back.dataset)).toEqual(comparable(dataset));
    const druzhkivka = back.dataset.events.find((event) => event.id === 'strike-2026-02-04-druzhkivka-market');
    expect(druzhkivka?.title_i18n).toEqual({ uk: 'Касетні боєприпаси влучили в ринок у Дружківці', ru: 'Кассетные боеприпасы поразили рынок в Дружковке' });
    expect(back.dataset.places.find((place) => place.id === 'druzhkivka')?.name_i18n).toEqual({ uk: 'Дружківка', ru: 'Дружковка' });
  });

  it('gives back every event from CSV, without the translations (the CSV has no columns for them)', () => {
    const back = importText(exportCsv(index.events, index, PERMALINK), 'export');
    expect(back.rejected).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(comparable(back.dataset)).toEqual(comparable(withoutTranslations(dataset)));
  });
});
