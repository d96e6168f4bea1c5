/**
 * Builds public/data/events.json from the fact sheet (data/sources/fact-sheet-events.csv) and the
 * hand-written editorial tables in scripts/dataset-editorial/.
 *
 *   tsx scripts/build-dataset.ts           writes the file
 *   tsx scripts/build-dataset.ts --check   exits 1 when the committed file is not what the build gives
 *
 * The CSV supplies what must not drift (ids, dates, category, coordinates, sources, confidence,
 * other figures); the editorial tables supply our own wording, actor roles and hand-parsed figures.
 * Any mismatch between the two stops the build instead of producing a quietly wrong file.
 * Deliberate departures from the sheet (a corrected date, cleaned or replaced source URLs, events
 * the sheet has no row for) are listed in the editorial tables with the reason, and checked here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { checkDataset } from './lib/data-rules';
import type { DatasetFile, EventInput, SourceInput } from '../src/domain/core/dataset-schema';
import { ACTORS, META, PLACES } from './dataset-editorial/actors-places';
import { EVENTS_2025 } from './dataset-editorial/events-2025';
import { EVENTS_2026_01 } from './dataset-editorial/events-2026-01';
import { EVENTS_2026_02 } from './dataset-editorial/events-2026-02';
import { ADDED_EVENTS } from './dataset-editorial/events-added';
import { ADDED_SOURCES, DROPPED_SOURCES, sourceUrlProblem, URL_FIXES } from './dataset-editorial/source-fixes';
import { ACTOR_NAMES, EVENT_SUMMARIES, EVENT_TITLES, PLACE_NAMES, type UkRu } from './dataset-editorial/translations';
import type { AddedEvent, EditorialEvent } from './dataset-editorial/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CSV_PATH = `${ROOT}data/sources/fact-sheet-events.csv`;
const OUT_PATH = `${ROOT}public/data/events.json`;

/** The source article is cited by title only: it has no public URL in this project. */
const ARTICLE_SOURCE: SourceInput = { title: 'Source article, 2026-02-04' };

/** Every event title, actor and place name of the default dataset is translated into these. */
const DEFAULT_DATASET_LANGUAGES = ['uk', 'ru'];

type Column =
  | 'id' | 'date' | 'date_precision' | 'end_date' | 'title' | 'category' | 'actors' | 'place' | 'lat' | 'lon'
  | 'geo_note' | 'killed' | 'injured' | 'drones' | 'missiles' | 'prisoners_exchanged' | 'other_figures'
  | 'sources' | 'confidence';
type SheetRow = Record<Column, string>;

/** Reads the fact sheet's CSV into rows keyed by column name; a missing column stops the build. */
function readSheet(text: string): SheetRow[] {
  const parsed = Papa.parse<Record<string, unknown>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.data.map((record, i) => {
    const get = (column: Column): string => {
      const value = record[column];
      if (typeof value !== 'string') throw new Error(`CSV row ${i + 2}: column "${column}" is missing`);
      return value.trim();
    };
    return {
      id: get('id'), date: get('date'), date_precision: get('date_precision'), end_date: get('end_date'),
      title: get('title'), category: get('category'), actors: get('actors'), place: get('place'),
      lat: get('lat'), lon: get('lon'), geo_note: get('geo_note'), killed: get('killed'), injured: get('injured'),
      drones: get('drones'), missiles: get('missiles'), prisoners_exchanged: get('prisoners_exchanged'),
      other_figures: get('other_figures'), sources: get('sources'), confidence: get('confidence'),
    };
  });
}

function buildDataset(rows: SheetRow[]): DatasetFile {
  const editorial: Record<string, EditorialEvent> = { ...EVENTS_2025, ...EVENTS_2026_01, ...EVENTS_2026_02 };
  const rowIds = new Set(rows.map((row) => row.id));
  const orphans = Object.keys(editorial).filter((id) => !rowIds.has(id));
  if (orphans.length > 0) throw new Error(`Editorial entries with no CSV row: ${orphans.join(', ')}`);
  checkSourceFixes(rows);

  const sheetEvents = rows.map((row) => {
    const entry = editorial[row.id];
    if (!entry) throw new Error(`CSV row ${row.id} has no editorial entry`);
    checkPlaceAgainstRow(row, entry);
    return toEvent(row, entry);
  });
  const events = insertByDate(sheetEvents, Object.entries(ADDED_EVENTS).map(([id, entry]) => toAddedEvent(id, entry, rows)));

  const usedActors = new Set(events.flatMap((event) => event.actors.map((actor) => actor.id)));
  for (const actor of ACTORS) if (actor.affiliation) usedActors.add(actor.affiliation);
  const unusedActors = ACTORS.filter((actor) => !usedActors.has(actor.id)).map((actor) => actor.id);
  const usedPlaces = new Set(events.map((event) => event.place));
  const unusedPlaces = PLACES.filter((place) => !usedPlaces.has(place.id)).map((place) => place.id);
  if (unusedActors.length > 0 || unusedPlaces.length > 0) {
    throw new Error(`Unused actors: ${unusedActors.join(', ') || '-'}; unused places: ${unusedPlaces.join(', ') || '-'}`);
  }
  const badUrls = events.flatMap((event) =>
    event.sources.flatMap((source) => {
      const problem = source.url === undefined ? undefined : sourceUrlProblem(source.url);
      return problem === undefined ? [] : [`${event.id}: ${String(source.url)} (${problem})`];
    }),
  );
  if (badUrls.length > 0) throw new Error(`Source URLs that need fixing in source-fixes.ts:\n${badUrls.join('\n')}`);
  checkTranslationIds(events.map((event) => event.id), ACTORS.map((actor) => actor.id), PLACES.map((place) => place.id));
  return {
    ...META,
    actors: ACTORS.map((actor) => ({ ...actor, ...nameTranslations(ACTOR_NAMES, actor.id) })),
    places: PLACES.map((place) => ({ ...place, ...nameTranslations(PLACE_NAMES, place.id) })),
    events,
  };
}

/** The Ukrainian and Russian of an id in a translations table, or undefined (data:check then names a gap). */
function ukRuOf(table: Record<string, UkRu>, id: string): Record<string, string> | undefined {
  const entry = Object.hasOwn(table, id) ? table[id] : undefined;
  return entry === undefined ? undefined : { uk: entry.uk, ru: entry.ru };
}

function nameTranslations(table: Record<string, UkRu>, id: string): { name_i18n?: Record<string, string> } {
  const names = ukRuOf(table, id);
  return names === undefined ? {} : { name_i18n: names };
}

/** An event's translated title and summary, placed after the fields they translate. */
function titleTranslations(id: string): { title_i18n?: Record<string, string> } {
  const titles = ukRuOf(EVENT_TITLES, id);
  return titles === undefined ? {} : { title_i18n: titles };
}

function summaryTranslations(id: string): { summary_i18n?: Record<string, string> } {
  const summaries = ukRuOf(EVENT_SUMMARIES, id);
  return summaries === undefined ? {} : { summary_i18n: summaries };
}

/** A translation under an id the dataset does not have is a typo: stop rather than drop it. */
function checkTranslationIds(eventIds: string[], actorIds: string[], placeIds: string[]): void {
  const stale = [
    ...[...Object.keys(EVENT_TITLES), ...Object.keys(EVENT_SUMMARIES)].filter((id) => !eventIds.includes(id)).map((id) => `event ${id}`),
    ...Object.keys(ACTOR_NAMES).filter((id) => !actorIds.includes(id)).map((id) => `actor ${id}`),
    ...Object.keys(PLACE_NAMES).filter((id) => !placeIds.includes(id)).map((id) => `place ${id}`),
  ];
  if (stale.length > 0) throw new Error(`translations.ts names what the dataset does not have: ${stale.join(', ')}`);
}

/** Every fix must still match the sheet: a stale entry stops the build instead of doing nothing. */
function checkSourceFixes(rows: SheetRow[]): void {
  const urlsOf = (row: SheetRow) => splitUrls(row.sources);
  const allUrls = new Set(rows.flatMap(urlsOf));
  for (const fix of URL_FIXES) {
    if (!allUrls.has(fix.from)) throw new Error(`source-fixes: ${fix.from} is in no row of the sheet`);
  }
  for (const drop of DROPPED_SOURCES) {
    const row = rows.find((candidate) => candidate.id === drop.event);
    if (!row || !urlsOf(row).includes(drop.url)) throw new Error(`source-fixes: ${drop.url} is not a source of ${drop.event}`);
  }
  for (const add of ADDED_SOURCES) {
    const from = rows.find((candidate) => candidate.id === add.fromEvent);
    if (!from || !urlsOf(from).includes(add.url)) throw new Error(`source-fixes: ${add.url} is not a source of ${add.fromEvent}`);
  }
}

/** Added events go after every sheet event of the same or an earlier date, keeping the sheet's order. */
function insertByDate(events: EventInput[], added: EventInput[]): EventInput[] {
  const result = [...events];
  for (const event of added) {
    const before = result.findIndex((candidate) => candidate.date > event.date);
    result.splice(before === -1 ? result.length : before, 0, event);
  }
  return result;
}

function toAddedEvent(id: string, entry: AddedEvent, rows: SheetRow[]): EventInput {
  if (rows.some((row) => row.id === id)) throw new Error(`${id} is an added event but the sheet has a row for it`);
  if (entry.place !== null && !PLACES.some((place) => place.id === entry.place)) {
    throw new Error(`${id}: place ${entry.place} is not in the places table`);
  }
  const sheetUrls = new Set(rows.flatMap((row) => splitUrls(row.sources)));
  for (const source of entry.sources) {
    if (source.url !== undefined && !sheetUrls.has(source.url)) throw new Error(`${id}: ${source.url} is in no row of the sheet`);
  }
  return {
    id,
    date: entry.date,
    ...(entry.endDate === undefined ? {} : { endDate: entry.endDate }),
    datePrecision: entry.datePrecision,
    category: entry.category,
    title: entry.title,
    ...titleTranslations(id),
    summary: entry.summary,
    ...summaryTranslations(id),
    actors: entry.actors.map(([actorId, role]) => ({ id: actorId, role })),
    place: entry.place,
    ...(entry.geoNote === undefined ? {} : { geoNote: entry.geoNote }),
    figures: entry.figures,
    ...(entry.otherFiguresExtra === undefined ? {} : { otherFigures: entry.otherFiguresExtra }),
    sources: [...entry.sources, ...(entry.inArticle ? [ARTICLE_SOURCE] : [])],
    confidence: entry.confidence,
  };
}

/** The editorial place must sit exactly on the sheet's coordinates, or be null where the sheet has none. */
function checkPlaceAgainstRow(row: SheetRow, entry: EditorialEvent): void {
  if (row.lat === '' || row.lon === '') {
    if (entry.place !== null) throw new Error(`${row.id}: the sheet has no coordinates but place is ${entry.place}`);
    return;
  }
  const place = PLACES.find((candidate) => candidate.id === entry.place);
  if (!place) throw new Error(`${row.id}: place ${String(entry.place)} is not in the places table`);
  if (place.lat !== Number(row.lat) || place.lon !== Number(row.lon)) {
    throw new Error(`${row.id}: ${place.id} is at ${place.lat},${place.lon} but the sheet says ${row.lat},${row.lon}`);
  }
}

function toEvent(row: SheetRow, entry: EditorialEvent): EventInput {
  const precision = row.date_precision === 'exact' ? 'day' : row.date_precision === 'approximate' ? 'approximate' : null;
  if (precision === null) throw new Error(`${row.id}: unknown date precision "${row.date_precision}"`);
  const otherFigures = [row.other_figures, entry.otherFiguresExtra].filter((text) => text !== undefined && text !== '').join('; ');
  const fix = entry.dateFix;
  if (fix && fix.date === row.date && (fix.endDate ?? '') === row.end_date) {
    throw new Error(`${row.id}: dateFix repeats the sheet's dates; remove it`);
  }
  const endDate = fix ? (fix.endDate ?? '') : row.end_date;
  const event: EventInput = {
    id: row.id,
    date: fix ? fix.date : row.date,
    ...(endDate === '' ? {} : { endDate }),
    datePrecision: precision,
    category: row.category,
    title: entry.title,
    ...titleTranslations(row.id),
    summary: entry.summary,
    ...summaryTranslations(row.id),
    actors: entry.actors.map(([id, role]) => ({ id, role })),
    place: entry.place,
    ...(entry.geoNote === undefined ? {} : { geoNote: entry.geoNote }),
    figures: entry.figures,
    ...(otherFigures === '' ? {} : { otherFigures }),
    sources: [...sheetSources(row.id, row.sources), ...(entry.inArticle ? [ARTICLE_SOURCE] : [])],
    confidence: row.confidence,
  };
  return event;
}

function splitUrls(cell: string): string[] {
  return cell.split(' | ').map((url) => url.trim()).filter((url) => url !== '');
}

/**
 * The row's URLs after the documented fixes (cleaned, dropped, added from another row), one
 * source each, titled by its site (the sheet gives no headlines), numbered when a site repeats.
 */
function sheetSources(eventId: string, cell: string): SourceInput[] {
  const dropped = new Set(DROPPED_SOURCES.filter((drop) => drop.event === eventId).map((drop) => drop.url));
  const urls = [
    ...splitUrls(cell)
      .filter((url) => !dropped.has(url))
      .map((url) => URL_FIXES.find((fix) => fix.from === url)?.to ?? url),
    ...ADDED_SOURCES.filter((add) => add.event === eventId).map((add) => add.url),
  ];
  const seen = new Map<string, number>();
  return urls.map((url) => {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const count = (seen.get(host) ?? 0) + 1;
    seen.set(host, count);
    return { title: count === 1 ? host : `${host} (${count})`, url };
  });
}

function main(): void {
  const dataset = buildDataset(readSheet(readFileSync(CSV_PATH, 'utf8')));
  const violations = checkDataset(dataset, { requireLanguages: DEFAULT_DATASET_LANGUAGES });
  if (violations.length > 0) {
    for (const violation of violations) console.error(violation.message);
    process.exit(1);
  }
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT_PATH, 'utf8');
    if (current !== text) {
      console.error('public/data/events.json differs from what scripts/build-dataset.ts produces; run it again.');
      process.exit(1);
    }
    console.log('build-dataset: public/data/events.json is up to date');
    return;
  }
  writeFileSync(OUT_PATH, text);
  console.log(`build-dataset: wrote ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.places.length} places`);
}

main();
