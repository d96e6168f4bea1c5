/**
 * GeoJSON FeatureCollection of Points → events. Properties use our own field names (what the
 * GeoJSON exporter writes); `geometry: null` is an event without a place.
 */
import { DATE_PRECISIONS } from '../core/calendar-date';
import { KEBAB_ID, figureSchema } from '../core/dataset-schema';
import { copyTranslations, isLanguageTag, type Translations } from '../core/localized';
import type { Actor, EventActor, Figure, Place, Source } from '../core/model';
import { DatasetFormatError, RESERVED_KEY, toFigure } from '../core/parse-dataset';
import { problem, type Problem } from '../core/problem';
import { checkPair } from './coordinates';
import { createDatasetBuilder, importedMeta, type DatasetBuilder, type EventDraft } from './dataset-builder';
import { badPrecision, notRead, type DateReading } from './import-dates';
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
  if (!Array.isArray(features)) throw new DatasetFormatError(problem('problem.file.noFeatures'));
  const builder = createDatasetBuilder(fileName);
  const used = new Set<string>();
  const reading = readingOf(features);
  features.forEach((feature: unknown, row) => addFeature(builder, used, reading, feature, row));
  if (features.length > 0) for (const note of readingNotes(features, reading)) builder.warn(0, '(properties)', note);
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

/** Which other names were read ("time" as the date, …) and how numeric dates were read: one note each, once for the file. */
function readingNotes(features: readonly unknown[], reading: PropertyReading): Problem[] {
  const notes: Problem[] = [];
  const all = propsOf(features);
  for (const [keys, what] of [[DATE_KEYS, 'date'], [TITLE_KEYS, 'title'], [SUMMARY_KEYS, 'summary']] as const) {
    const used = [...new Set(all.map((props) => keyOf(props, keys)).filter((key) => key !== keys[0] && all.some((props) => Object.hasOwn(props, key))))];
    for (const key of used) notes.push(problem('problem.geojson.readAs', { key, what }));
  }
  if (reading.dayOrder === 'month-first') notes.push(problem('problem.geojson.monthFirst'));
  if (reading.dayOrderGuessed) notes.push(problem('problem.geojson.dayFirstGuessed'));
  return notes;
}

/** A date property: text in any form readMappedDate reads, or a Unix time in seconds or milliseconds (UTC day). */
function readDateProperty(value: unknown, order: DayOrder): DateReading {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) >= 1e11 ? value : value * 1000;
    if (Math.abs(ms) > 8.64e15) return notRead(problem('problem.date.unixOutOfRange', { value: String(value) }));
    const iso = new Date(ms).toISOString();
    return readMappedDate(iso.slice(0, 10), order);
  }
  return readMappedDate(str(value), order);
}

function addFeature(builder: DatasetBuilder, used: Set<string>, reading: PropertyReading, feature: unknown, row: number): void {
  if (!isObject(feature)) return builder.reject(row, '(feature)', problem('problem.row.notObject'));
  const props = isObject(feature.properties) ? feature.properties : {};
  const givenId = str(props.id) || str(feature.id);
  const reject = (field: string, why: Problem) => builder.reject(row, field, why, givenId);
  const warn = (field: string, why: Problem) => builder.warn(row, field, why, givenId);

  const dateKey = keyOf(props, DATE_KEYS);
  const date = readDateProperty(props[dateKey], reading.dayOrder);
  if (!date.ok) return reject(dateKey, date.problem);
  let endDate: string | undefined;
  if (str(props.endDate) !== '') {
    const end = readDateProperty(props.endDate, reading.dayOrder);
    if (!end.ok) return reject('endDate', end.problem);
    if (end.date < date.date) return reject('endDate', problem('problem.date.endBeforeStart'));
    if (end.date !== date.date) endDate = end.date;
  }
  const titleKey = keyOf(props, TITLE_KEYS);
  const title = str(props[titleKey]);
  if (title === '') return reject(titleKey, problem('problem.row.emptyTitle'));
  const precisionText = str(props.datePrecision) || 'day';
  const datePrecision = DATE_PRECISIONS.find((p) => p === precisionText);
  if (datePrecision === undefined) return reject('datePrecision', badPrecision(precisionText));
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
  warn: (field: string, why: Problem) => void,
): string | null {
  const placeText = str(props.place);
  if (geometry === null || geometry === undefined) {
    if (placeText !== '') warn('geometry', problem('problem.place.noGeometry', { place: placeText }));
    return null;
  }
  if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    const type = isObject(geometry) ? str(geometry.type) : typeof geometry;
    warn('geometry', type === '' ? problem('problem.place.unknownGeometry') : problem('problem.place.notPoint', { type }));
    return null;
  }
  const [lon, lat] = geometry.coordinates;
  if (typeof lon !== 'number' || typeof lat !== 'number') {
    warn('geometry', problem('problem.place.noNumericPoint'));
    return null;
  }
  const reading = checkPair(lat, lon);
  if (reading.kind === 'invalid') {
    warn('geometry', reading.warning);
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

function readActors(builder: DatasetBuilder, value: unknown, warn: (field: string, why: Problem) => void): EventActor[] {
  if (!Array.isArray(value)) return [];
  const out: EventActor[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : isObject(item) ? str(item.name) || str(item.id) : '';
    const given = isObject(item) ? str(item.id) : '';
    const id = KEBAB_ID.test(given) ? given : toKebabId(given || name);
    if (id === '') {
      warn('actors', problem('problem.actor.noName'));
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
function readTranslations(owner: Record<string, unknown>, field: string, warn: (field: string, why: Problem) => void): Translations | undefined {
  const value = owner[field];
  if (value === undefined) return undefined;
  const kept = copyTranslations(value);
  const given = isObject(value) ? Object.keys(value).length : 1;
  const keptCount = kept === undefined ? 0 : Object.keys(kept).length;
  if (keptCount < given) warn(field, problem('problem.translations.leftOut', { dropped: given - keptCount, given }));
  return kept;
}

/** Figures by name; Object.fromEntries defines every key as data ("constructor" is a figure). */
function readFigures(value: unknown, warn: (field: string, why: Problem) => void): Record<string, Figure> {
  if (!isObject(value)) return {};
  const figures: [string, Figure][] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key === RESERVED_KEY) {
      warn(`figures.${key}`, problem('problem.reservedNameLeftOut'));
      continue;
    }
    const result = figureSchema.safeParse(raw);
    if (result.success) figures.push([key, toFigure(result.data)]);
    else warn(`figures.${key}`, problem('problem.figure.notFigure'));
  }
  return Object.fromEntries(figures);
}

/** Attributes as name → text; numbers and booleans are kept as text, anything else is listed. */
function readAttributes(value: unknown, warn: (field: string, why: Problem) => void): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    warn('attributes', problem('problem.attribute.notObject'));
    return undefined;
  }
  const attributes: [string, string][] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key === RESERVED_KEY || key === '') {
      warn(`attributes.${key}`, problem(key === '' ? 'problem.attribute.noName' : 'problem.reservedNameLeftOut'));
      continue;
    }
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') attributes.push([key, String(raw)]);
    else warn(`attributes.${key}`, problem('problem.attribute.notText'));
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
