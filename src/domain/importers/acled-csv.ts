/**
 * ACLED CSV exports → events. One row is one event; rows are upserted by `event_id_cnty`, so a
 * later row with the same id (a corrected export appended to an older one) replaces the earlier.
 */
import type { DatePrecision } from '../core/calendar-date';
import type { EventActor, Figure } from '../core/model';
import { problem, type Problem } from '../core/problem';
import { readCoordinates } from './coordinates';
import { checkRowWidth, columnsOf, requireColumns, type Columns, type CsvRowImporter } from './csv-table';
import { createDatasetBuilder, importedMeta, type DatasetBuilder } from './dataset-builder';
import { readDayDate } from './import-dates';
import { FORMAT_LABELS } from './import-types';
import { parseLocaleNumber, toKebabId } from './text-clean';

const REQUIRED = ['event_id_cnty', 'event_date', 'event_type'] as const;

/** True when a header names ACLED's own columns. */
export function isAcledHeader(columns: Columns): boolean {
  return columns.has('event_id_cnty') || (columns.has('event_date') && columns.has('event_type'));
}

/**
 * ACLED's event types as analysts read them: only explosions and remote violence are strikes
 * (a battle is a clash of armed groups, not a strike); every other type keeps a category of its
 * own. A Map, because the type is data: a plain object would answer "constructor" with a function.
 */
const ACLED_CATEGORIES: ReadonlyMap<string, string> = new Map([
  ['explosions/remote violence', 'strike'],
  ['battles', 'battle'],
  ['protests', 'protest'],
  ['riots', 'riot'],
  ['violence against civilians', 'violence-against-civilians'],
  ['strategic developments', 'strategic-development'],
]);

/** The ACLED columns kept with each event (in `attributes`), so the app can filter by them. */
export const ACLED_ATTRIBUTES = ['sub_event_type', 'admin1'] as const;

/**
 * Our category for an ACLED event type: the six ACLED types map as in ACLED_CATEGORIES, any
 * other type keeps its own label in kebab case ("Looting" → "looting"), an unreadable one is
 * "other".
 */
export function acledCategory(eventType: string): string {
  return ACLED_CATEGORIES.get(eventType.trim().toLowerCase().replace(/\s+/g, ' ')) ?? (toKebabId(eventType) || 'other');
}

/** ACLED time_precision: 1 = the day is known, 2 = within a few days, 3 = only the month. */
export function acledPrecision(code: string): DatePrecision | null {
  if (code === '' || code === '1') return 'day';
  if (code === '2') return 'approximate';
  if (code === '3') return 'month';
  return null;
}

// A Map, so that a geo_precision cell such as "constructor" finds nothing instead of a function.
const GEO_NOTES: ReadonlyMap<string, string> = new Map([
  ['2', 'ACLED geo-precision 2: the event happened near this place.'],
  ['3', 'ACLED geo-precision 3: only the wider region is known; shown at its main town.'],
]);

/** A row importer for an ACLED export; throws one clear message when required columns are missing. */
export function acledImporter(header: readonly string[], fileName: string): CsvRowImporter {
  const columns = columnsOf(header);
  requireColumns(columns, REQUIRED, 'acled');
  const builder = createDatasetBuilder(fileName);
  return {
    addRow: (cells, row) => addRow(columns, builder, cells, row),
    rejectRow: (row, why) => builder.reject(row, '(row)', why),
    finish(rowCount) {
      const meta = importedMeta(fileName, FORMAT_LABELS['acled-csv'], {
        attribution: 'Armed Conflict Location & Event Data (ACLED), acleddata.com',
      });
      return { format: 'acled-csv', fileName, ...builder.build(meta, rowCount) };
    },
  };
}

function addRow(columns: Columns, builder: DatasetBuilder, cells: readonly string[], row: number): void {
  const get = (name: string) => columns.get(cells, name);
  const id = get('event_id_cnty');
  if (!checkRowWidth(cells, columns, (kind, why) => builder[kind](row, '(row)', why, id))) return;
  if (id === '') return builder.reject(row, 'event_id_cnty', problem('problem.row.emptyId'));
  const date = readDayDate(get('event_date'));
  if (!date.ok) return builder.reject(row, 'event_date', date.problem, id);
  const eventType = get('event_type');
  if (eventType === '') return builder.reject(row, 'event_type', problem('problem.row.emptyEventType'), id);

  let datePrecision = acledPrecision(get('time_precision'));
  if (datePrecision === null) {
    builder.warn(row, 'time_precision', problem('problem.date.unknownTimePrecision', { value: get('time_precision') }), id);
    datePrecision = 'day';
  }

  const subEventType = get('sub_event_type');
  const location = get('location');
  const country = get('country');
  const place = acledPlace(columns, builder, cells, row, id);
  const fatalities = acledFatalities(get('fatalities'), (why) => builder.warn(row, 'fatalities', why, id));
  const source = get('source');
  const geoNote = place === null ? undefined : GEO_NOTES.get(get('geo_precision'));
  // A plain loop: at 150,000 rows the pairs and arrays of map/filter/fromEntries were a good part of the import's garbage.
  let attributes: Record<string, string> | undefined;
  for (const name of ACLED_ATTRIBUTES) {
    const value = get(name);
    if (value !== '') (attributes ??= {})[name] = value;
  }

  builder.addEvent(
    {
      id,
      date: date.date,
      datePrecision,
      category: acledCategory(eventType),
      title: `${subEventType || eventType}${location ? ` in ${location}` : ''}`,
      summary: get('notes'),
      actors: acledActors(builder, country, get),
      place,
      ...(geoNote === undefined ? {} : { geoNote }),
      figures: fatalities === null ? {} : { killed: fatalities },
      ...(attributes === undefined ? {} : { attributes }),
      sources: builder.cleanSources(source ? [{ title: source, publisher: source }] : [], row, id),
      confidence: '',
    },
    row,
    'upsert',
  );
}

function acledPlace(columns: Columns, builder: DatasetBuilder, cells: readonly string[], row: number, id: string): string | null {
  const get = (name: string) => columns.get(cells, name);
  const reading = readCoordinates(columns.raw(cells, 'latitude'), columns.raw(cells, 'longitude'));
  if (reading.kind === 'none') return null;
  if (reading.kind === 'invalid') {
    builder.warn(row, 'latitude', reading.warning, id);
    return null;
  }
  if (reading.warning) builder.warn(row, 'latitude', reading.warning, id);
  const location = get('location');
  const admin1 = get('admin1');
  const name = location || admin1 || get('country') || `${reading.lat}, ${reading.lon}`;
  const placeId = toKebabId(`${location} ${admin1}`) || toKebabId(`place ${reading.lat} ${reading.lon}`);
  return builder.place({ id: placeId, name, lat: reading.lat, lon: reading.lon, country: get('country') });
}

/** ACLED fatalities as a figure; a non-number is dropped with a warning. */
function acledFatalities(text: string, warn: (why: Problem) => void): Figure | null {
  if (text === '') return null;
  const value = parseLocaleNumber(text);
  if (value === null || value < 0 || !Number.isInteger(value)) {
    warn(problem('problem.figure.fatalities', { value: text }));
    return null;
  }
  return { min: value, max: value };
}

/**
 * A row's actors: actor 1, those associated with it, actor 2, those associated with it (the
 * associated ones are `;`-separated lists). Kind is a simple guess: a bare country name is a
 * state, anything else an organization. Written as plain loops: this runs on every row.
 */
function acledActors(builder: DatasetBuilder, country: string, get: (column: string) => string): EventActor[] {
  const out: EventActor[] = [];
  const add = (name: string, role: string) => {
    const id = toKebabId(name);
    if (id === '' || out.some((ref) => ref.id === id)) return;
    const kind = country !== '' && name.toLowerCase() === country.toLowerCase() ? 'state' : 'organization';
    out.push({ id: builder.actor({ id, name, kind }), role });
  };
  const addList = (text: string, role: string) => {
    if (text === '') return;
    for (const item of text.split(';')) {
      const name = item.trim();
      if (name !== '') add(name, role);
    }
  };
  add(get('actor1'), 'actor 1');
  addList(get('assoc_actor_1'), 'associated with actor 1');
  add(get('actor2'), 'actor 2');
  addList(get('assoc_actor_2'), 'associated with actor 2');
  return out;
}
