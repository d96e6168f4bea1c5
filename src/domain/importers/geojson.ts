/**
 * GeoJSON FeatureCollection of Points → events. Properties use our own field names (what the
 * GeoJSON exporter writes); `geometry: null` is an event without a place.
 */
import { DATE_PRECISIONS } from '../core/calendar-date';
import { KEBAB_ID, figureSchema } from '../core/dataset-schema';
import { copyTranslations, isLanguageTag, type Translations } from '../core/localized';
import type { Actor, EventActor, Figure, Place, Source } from '../core/model';
import { DatasetFormatError, RESERVED_KEY, RESERVED_KEY_REASON, toFigure } from '../core/parse-dataset';
import { checkPair } from './coordinates';
import { createDatasetBuilder, importedMeta, type DatasetBuilder, type EventDraft } from './dataset-builder';
import type { DateReading } from './import-dates';
import { dayOrderEvidence, readMappedDate, type DayOrder } from './mapped-dates';
import { FORMAT_LABELS, type ImportResult } from './import-types';
import { toKebabId } from './text-clean';

/** True for a decoded GeoJSON FeatureCollection (or a lone Feature). */
export function isGeoJson(value: Record<string, unknown>): boolean {
  return value.type === 'FeatureCollection' || value.type === 'Feature';
}

/** Imports a decoded GeoJSON object. */
export function importGeoJson(value: Record<string, unknown>, fileName: string): ImportResult {
  const features = value.type === 'Feature' ? [value] : value.features;
  if (!Array.isArray(features)) throw new DatasetFormatError('This GeoJSON FeatureCollection has no "features" array.');
  const builder = createDatasetBuilder(fileName);
  const used = new Set<string>();
  const reading = readingOf(features);
  features.forEach((feature: unknown, row) => addFeature(builder, used, reading, feature, row));
  const notes = readingNotes(features, reading);
  if (notes.length > 0 && features.length > 0) builder.warn(0, '(properties)', `properties read for every feature: ${notes.join('; ')}`);
  const meta = importedMeta(fileName, FORMAT_LABELS.geojson, { title: str(value.title) || str(value.name) });
  return { format: 'geojson', fileName, ...builder.build(meta, features.length) };
}

/**
 * Which property holds the date, the title and the summary. Our own names first; GeoJSON from
 * other tools usually has `name`, `description` and `time`/`timestamp` (numbers are Unix times).
 */
interface PropertyReading {
  dayOrder: DayOrder;
  /** Numeric dates could be read either way (03/04/2025) and were read day first. */
  dayOrderGuessed: boolean;
}

const DATE_KEYS = ['date', 'time', 'timestamp', 'datetime', 'start', 'start_date', 'startDate', 'when', 'event_date'];
const TITLE_KEYS = ['title', 'name', 'headline', 'label'];
const SUMMARY_KEYS = ['summary', 'description', 'desc', 'text', 'notes'];

/** The first of `keys` this feature has a value for (or the first key, to name in a message). */
function keyOf(props: Record<string, unknown>, keys: readonly string[]): string {
  return keys.find((key) => Object.hasOwn(props, key) && str(props[key]) !== '') ?? keys[0] ?? '';
}

function propsOf(features: readonly unknown[]): Record<string, unknown>[] {
  return features.flatMap((feature) => (isObject(feature) && isObject(feature.properties) ? [feature.properties] : []));
}

function readingOf(features: readonly unknown[]): PropertyReading {
  const evidence = dayOrderEvidence(propsOf(features).map((props) => str(props[keyOf(props, DATE_KEYS)])));
  return { dayOrder: evidence === 'month-first' ? 'month-first' : 'day-first', dayOrderGuessed: evidence === 'ambiguous' };
}

/** "\"time\" or \"timestamp\" as the date; …": which other names were read, once for the file. */
function readingNotes(features: readonly unknown[], reading: PropertyReading): string[] {
  const notes: string[] = [];
  const all = propsOf(features);
  for (const [keys, what] of [[DATE_KEYS, 'date'], [TITLE_KEYS, 'title'], [SUMMARY_KEYS, 'summary']] as const) {
    const used = [...new Set(all.map((props) => keyOf(props, keys)).filter((key) => key !== keys[0] && all.some((props) => Object.hasOwn(props, key))))];
    if (used.length > 0) notes.push(`${used.map((key) => `"${key}"`).join(' or ')} as the ${what}`);
  }
  if (reading.dayOrder === 'month-first') notes.push('numeric dates month first (8/23/2011)');
  if (reading.dayOrderGuessed) notes.push('numeric dates such as 03/04/2025 day first (3 April), as nothing in the file says otherwise');
  return notes;
}

/** A date property: text in any form readMappedDate reads, or a Unix time in seconds or milliseconds (UTC day). */
function readDateProperty(value: unknown, order: DayOrder): DateReading {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) >= 1e11 ? value : value * 1000;
    if (Math.abs(ms) > 8.64e15) return { ok: false, reason: `${value} is not a Unix time in range` };
    const iso = new Date(ms).toISOString();
    return readMappedDate(iso.slice(0, 10), order);
  }
  return readMappedDate(str(value), order);
}

function addFeature(builder: DatasetBuilder, used: Set<string>, reading: PropertyReading, feature: unknown, row: number): void {
  if (!isObject(feature)) return builder.reject(row, '(feature)', 'not an object');
  const props = isObject(feature.properties) ? feature.properties : {};
  const givenId = str(props.id) || str(feature.id);
  const reject = (field: string, reason: string) => builder.reject(row, field, reason, givenId);
  const warn = (field: string, reason: string) => builder.warn(row, field, reason, givenId);

  const dateKey = keyOf(props, DATE_KEYS);
  const date = readDateProperty(props[dateKey], reading.dayOrder);
  if (!date.ok) return reject(dateKey, date.reason);
  let endDate: string | undefined;
  if (str(props.endDate) !== '') {
    const end = readDateProperty(props.endDate, reading.dayOrder);
    if (!end.ok) return reject('endDate', end.reason);
    if (end.date < date.date) return reject('endDate', 'the end date is before the start date');
    if (end.date !== date.date) endDate = end.date;
  }
  const titleKey = keyOf(props, TITLE_KEYS);
  const title = str(props[titleKey]);
  if (title === '') return reject(titleKey, 'the title is empty');
  const precisionText = str(props.datePrecision) || 'day';
  const datePrecision = DATE_PRECISIONS.find((p) => p === precisionText);
  if (datePrecision === undefined) return reject('datePrecision', `"${precisionText}" is not one of ${DATE_PRECISIONS.join(', ')}`);
  const category = KEBAB_ID.test(str(props.category)) ? str(props.category) : toKebabId(str(props.category)) || 'other';

  const id = givenId || uniqueId(used, `${toKebabId(title).slice(0, 48).replace(/-+$/, '')}-${date.date}`);
  used.add(id);
  const draft: EventDraft = {
    id,
    date: date.date,
    datePrecision,
    category,
    title,
    summary: str(props[keyOf(props, SUMMARY_KEYS)]),
    actors: readActors(builder, props.actors, warn),
    place: readPlace(builder, feature.geometry, props, warn),
    figures: readFigures(props.figures, warn),
    sources: builder.cleanSources(readSources(props.sources), row, id),
    confidence: str(props.confidence),
  };
  if (endDate !== undefined) draft.endDate = endDate;
  if (str(props.geoNote) !== '') draft.geoNote = str(props.geoNote);
  if (str(props.otherFigures) !== '') draft.otherFigures = str(props.otherFigures);
  const attributes = readAttributes(props.attributes, warn);
  if (attributes !== undefined) draft.attributes = attributes;
  const titleTranslations = readTranslations(props, 'title_i18n', warn);
  if (titleTranslations !== undefined) draft.title_i18n = titleTranslations;
  const summaryTranslations = readTranslations(props, 'summary_i18n', warn);
  if (summaryTranslations !== undefined) draft.summary_i18n = summaryTranslations;
  if (typeof props.lang === 'string' && isLanguageTag(props.lang)) draft.lang = props.lang;
  builder.addEvent(draft, row, 'unique');
}

function readPlace(
  builder: DatasetBuilder,
  geometry: unknown,
  props: Record<string, unknown>,
  warn: (field: string, reason: string) => void,
): string | null {
  const placeText = str(props.place);
  if (geometry === null || geometry === undefined) {
    if (placeText !== '') warn('geometry', `place "${placeText}" has no geometry; event kept without a place`);
    return null;
  }
  if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    const type = isObject(geometry) ? str(geometry.type) : typeof geometry;
    warn('geometry', `only Point geometries are placed (found ${type || 'an unknown geometry'}); event kept without a place`);
    return null;
  }
  const [lon, lat] = geometry.coordinates;
  if (typeof lon !== 'number' || typeof lat !== 'number') {
    warn('geometry', 'the point has no numeric [longitude, latitude]; event kept without a place');
    return null;
  }
  const reading = checkPair(lat, lon);
  if (reading.kind !== 'ok') {
    warn('geometry', reading.kind === 'invalid' ? reading.warning : 'no coordinates');
    return null;
  }
  if (reading.warning) warn('geometry', reading.warning);
  const name = str(props.placeName) || str(props.location) || placeText || `${reading.lat}, ${reading.lon}`;
  const named = placeText || str(props.placeName) || str(props.location);
  const id = KEBAB_ID.test(placeText) ? placeText : toKebabId(named) || toKebabId(`place ${reading.lat} ${reading.lon}`);
  const place: Place = { id, name, lat: reading.lat, lon: reading.lon, country: str(props.country) };
  const nameTranslations = readTranslations(props, 'placeName_i18n', warn);
  if (nameTranslations !== undefined) place.name_i18n = nameTranslations;
  return builder.place(place);
}

function readActors(builder: DatasetBuilder, value: unknown, warn: (field: string, reason: string) => void): EventActor[] {
  if (!Array.isArray(value)) return [];
  const out: EventActor[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : isObject(item) ? str(item.name) || str(item.id) : '';
    const given = isObject(item) ? str(item.id) : '';
    const id = KEBAB_ID.test(given) ? given : toKebabId(given || name);
    if (id === '') {
      warn('actors', 'an actor without a name or id was left out');
      continue;
    }
    const kindText = isObject(item) ? str(item.kind) : '';
    const actor: Actor = { id, name: name || id, kind: kindText === 'state' || kindText === 'person' ? kindText : 'organization' };
    const affiliation = isObject(item) ? str(item.affiliation) : '';
    if (KEBAB_ID.test(affiliation)) actor.affiliation = affiliation;
    const nameTranslations = isObject(item) ? readTranslations(item, 'name_i18n', warn) : undefined;
    if (nameTranslations !== undefined) actor.name_i18n = nameTranslations;
    out.push({ id: builder.actor(actor), role: (isObject(item) ? str(item.role) : '') || 'actor' });
  }
  return out;
}

/**
 * A translation map (contract 1.1) from `owner[field]`: own entries keyed by a language tag with
 * non-empty text are kept; anything else is left out with one warning.
 */
function readTranslations(owner: Record<string, unknown>, field: string, warn: (field: string, reason: string) => void): Translations | undefined {
  const value = owner[field];
  if (value === undefined) return undefined;
  const kept = copyTranslations(value);
  const given = isObject(value) ? Object.keys(value).length : 1;
  const keptCount = kept === undefined ? 0 : Object.keys(kept).length;
  if (keptCount < given) warn(field, `${given - keptCount} of ${given} translations left out: keys must be language tags such as uk, texts non-empty`);
  return kept;
}

/** Figures by name; Object.fromEntries defines every key as data ("constructor" is a figure). */
function readFigures(value: unknown, warn: (field: string, reason: string) => void): Record<string, Figure> {
  if (!isObject(value)) return {};
  const figures: [string, Figure][] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key === RESERVED_KEY) {
      warn(`figures.${key}`, `figure left out: ${RESERVED_KEY_REASON}`);
      continue;
    }
    const result = figureSchema.safeParse(raw);
    if (result.success) figures.push([key, toFigure(result.data)]);
    else warn(`figures.${key}`, `not a number or a {min, max} range; left out`);
  }
  return Object.fromEntries(figures);
}

/** Attributes as name → text; numbers and booleans are kept as text, anything else is listed. */
function readAttributes(value: unknown, warn: (field: string, reason: string) => void): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    warn('attributes', 'not an object of names and texts; left out');
    return undefined;
  }
  const attributes: [string, string][] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key === RESERVED_KEY || key === '') {
      warn(`attributes.${key}`, `attribute left out: ${key === '' ? 'it has no name' : RESERVED_KEY_REASON}`);
      continue;
    }
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') attributes.push([key, String(raw)]);
    else warn(`attributes.${key}`, 'not a text, number or true/false; left out');
  }
  return attributes.length === 0 ? undefined : Object.fromEntries(attributes);
}

function readSources(value: unknown): Source[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Source[] => {
    if (typeof item === 'string') return /^[a-z][a-z0-9+.-]*:/i.test(item) ? [{ title: item, url: item }] : [{ title: item }];
    if (!isObject(item)) return [];
    const source: Source = { title: str(item.title) };
    if (str(item.publisher)) source.publisher = str(item.publisher);
    if (str(item.url)) source.url = str(item.url);
    return [source];
  });
}

function uniqueId(used: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
