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
import type { EditorialEvent } from './dataset-editorial/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CSV_PATH = `${ROOT}data/sources/fact-sheet-events.csv`;
const OUT_PATH = `${ROOT}public/data/events.json`;

/** The source article is cited by title only: it has no public URL in this project. */
const ARTICLE_SOURCE: SourceInput = { title: 'Source article, 2026-02-04' };

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

  const events = rows.map((row) => {
    const entry = editorial[row.id];
    if (!entry) throw new Error(`CSV row ${row.id} has no editorial entry`);
    checkPlaceAgainstRow(row, entry);
    return toEvent(row, entry);
  });

  const usedActors = new Set(events.flatMap((event) => event.actors.map((actor) => actor.id)));
  for (const actor of ACTORS) if (actor.affiliation) usedActors.add(actor.affiliation);
  const unusedActors = ACTORS.filter((actor) => !usedActors.has(actor.id)).map((actor) => actor.id);
  const usedPlaces = new Set(events.map((event) => event.place));
  const unusedPlaces = PLACES.filter((place) => !usedPlaces.has(place.id)).map((place) => place.id);
  if (unusedActors.length > 0 || unusedPlaces.length > 0) {
    throw new Error(`Unused actors: ${unusedActors.join(', ') || '-'}; unused places: ${unusedPlaces.join(', ') || '-'}`);
  }
  return { ...META, actors: ACTORS, places: PLACES, events };
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
  const event: EventInput = {
    id: row.id,
    date: row.date,
    ...(row.end_date === '' ? {} : { endDate: row.end_date }),
    datePrecision: precision,
    category: row.category,
    title: entry.title,
    summary: entry.summary,
    actors: entry.actors.map(([id, role]) => ({ id, role })),
    place: entry.place,
    ...(entry.geoNote === undefined ? {} : { geoNote: entry.geoNote }),
    figures: entry.figures,
    ...(otherFigures === '' ? {} : { otherFigures }),
    sources: [...sheetSources(row.sources), ...(entry.inArticle ? [ARTICLE_SOURCE] : [])],
    confidence: row.confidence,
  };
  return event;
}

/** One source per URL, titled by its site (the sheet gives no headlines), numbered when a site repeats. */
function sheetSources(cell: string): SourceInput[] {
  const urls = cell.split(' | ').map((url) => url.trim()).filter((url) => url !== '');
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
  const violations = checkDataset(dataset);
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
