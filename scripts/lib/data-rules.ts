/**
 * The rules `npm run data:check` enforces on an events file (docs/data-format.md): the schema
 * (contract 1.1) applied item by item, plus the cross-item rules a schema cannot see (unique ids,
 * references that resolve, translations that belong to one event only, required languages). Unlike parse-dataset, which drops bad items so the app can still show the rest, this
 * lists every problem so that a file can be fixed before it ships.
 */
import type * as z from 'zod';
import { actorSchema, datasetMetaSchema, eventSchema, isHttpUrl, placeSchema } from '../../src/domain/core/dataset-schema';
import { isLanguageTag } from '../../src/domain/core/localized';
import { ENGLISH } from '../../src/domain/core/i18n/translator';
import { isKnownCategory, KNOWN_CATEGORIES } from '../../src/domain/core/model';
import { describeProblem } from '../../src/domain/core/problem';
import { problemOfIssue, REPORT_INPUT } from '../../src/domain/core/schema-problems';

export type RuleSection = 'file' | 'actors' | 'places' | 'events';

export type RuleName =
  | 'file shape'
  | 'schema v1'
  | 'unique ids'
  | 'end date not before start date'
  | 'coordinates in range'
  | 'http(s) source'
  | 'actor reference resolves'
  | 'affiliation resolves'
  | 'place reference resolves'
  | 'figures are numbers'
  | 'known category'
  | 'language tag'
  | 'translation not empty'
  | 'translation of one event only'
  | 'required languages';

export interface CheckOptions {
  /**
   * Languages every event title, actor and place name, and the dataset's title and description
   * must be translated into (the default dataset: uk and ru). None by default.
   */
  requireLanguages?: readonly string[];
}

/** The translation fields of each part of a file (contract 1.1). */
const TRANSLATION_FIELDS = {
  file: ['title_i18n', 'description_i18n'],
  actors: ['name_i18n'],
  places: ['name_i18n'],
  events: ['title_i18n', 'summary_i18n'],
} as const satisfies Record<RuleSection, readonly string[]>;

/** The fields that must carry the required languages. */
const REQUIRED_TRANSLATIONS: Record<RuleSection, readonly string[]> = {
  file: ['title_i18n', 'description_i18n'],
  actors: ['name_i18n'],
  places: ['name_i18n'],
  events: ['title_i18n'],
};

export interface RuleViolation {
  section: RuleSection;
  /** Position in its array (0-based), or -1 for the file itself. */
  index: number;
  id?: string;
  /** Dotted path of the offending field inside the item, e.g. "figures.killed". */
  field: string;
  rule: RuleName;
  /** A full sentence naming the item and the rule, ready to print. */
  message: string;
}

const SECTION_NOUN: Record<RuleSection, string> = {
  file: 'File',
  actors: 'Actor',
  places: 'Place',
  events: 'Event',
};

/**
 * Every rule violation in a decoded events file, in file order; an empty list means the file is
 * valid. Never throws, whatever `raw` is.
 * @example checkDataset(JSON.parse(text)).length === 0
 */
export function checkDataset(raw: unknown, options: CheckOptions = {}): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!isRecord(raw)) {
    out.push(violation('file', -1, undefined, '(whole file)', 'file shape', 'the file must be a JSON object with "events", "actors" and "places" arrays'));
    return out;
  }
  checkMeta(raw, out);
  const actors = arrayField(raw, 'actors', out);
  const places = arrayField(raw, 'places', out);
  const events = arrayField(raw, 'events', out);

  const actorIds = idsOf(actors);
  const placeIds = idsOf(places);
  const eventsByPlace = new Map<string, string[]>();
  events.forEach((event, index) => {
    if (isRecord(event) && typeof event.place === 'string') {
      const users = eventsByPlace.get(event.place) ?? [];
      users.push(itemId(event) ?? `#${index}`);
      eventsByPlace.set(event.place, users);
    }
  });

  actors.forEach((actor, index) => checkActor(actor, index, actorIds, out));
  places.forEach((place, index) => checkPlace(place, index, eventsByPlace, out));
  reportDuplicates('actors', actors, out);
  reportDuplicates('places', places, out);
  events.forEach((event, index) => checkEvent(event, index, actorIds, placeIds, out));
  reportDuplicates('events', events, out);
  checkTranslations(raw, actors, places, events, options.requireLanguages ?? [], out);
  return out;
}

/**
 * Translation maps: every key a language tag, every text non-empty, an event's translation never
 * the same as another event's in that language (a copy-paste slip), and the required languages
 * present. Keys are read with Object.keys, so "__proto__" is seen (and reported) like any other.
 */
function checkTranslations(
  raw: Record<string, unknown>,
  actors: unknown[],
  places: unknown[],
  events: unknown[],
  required: readonly string[],
  out: RuleViolation[],
): void {
  const checkItem = (section: RuleSection, index: number, item: unknown) => {
    if (!isRecord(item)) return;
    const id = section === 'file' ? undefined : itemId(item);
    for (const field of TRANSLATION_FIELDS[section]) {
      const map = item[field];
      if (map === undefined) continue;
      if (!isRecord(map)) {
        out.push(violation(section, index, id, field, 'language tag', 'must be an object of language tag → text, e.g. {"uk": "…"}'));
        continue;
      }
      for (const key of Object.keys(map)) {
        const text = map[key];
        if (!isLanguageTag(key)) {
          out.push(violation(section, index, id, `${field}.${key}`, 'language tag', `"${key}" is not a BCP 47 language tag (e.g. uk, ru, uk-UA)`));
        } else if (typeof text !== 'string' || text.trim() === '') {
          out.push(violation(section, index, id, `${field}.${key}`, 'translation not empty', 'a translation must be non-empty text; leave the language out instead'));
        }
      }
    }
    for (const field of REQUIRED_TRANSLATIONS[section]) {
      const map = item[field];
      for (const lang of required) {
        const text = isRecord(map) && Object.hasOwn(map, lang) ? map[lang] : undefined;
        if (typeof text !== 'string' || text.trim() === '') {
          out.push(violation(section, index, id, `${field}.${lang}`, 'required languages', `the "${lang}" translation is missing; this dataset needs ${required.join(' and ')}`));
        }
      }
    }
  };
  checkItem('file', -1, raw);
  actors.forEach((actor, index) => checkItem('actors', index, actor));
  places.forEach((place, index) => checkItem('places', index, place));
  events.forEach((event, index) => checkItem('events', index, event));

  for (const field of TRANSLATION_FIELDS.events) {
    // "lang\ntext" → the first event that uses it; a Map, because the texts are data.
    const firstUse = new Map<string, { index: number; id: string | undefined }>();
    events.forEach((event, index) => {
      if (!isRecord(event) || !isRecord(event[field])) return;
      const map = event[field];
      const id = itemId(event);
      for (const key of Object.keys(map)) {
        const text = map[key];
        if (typeof text !== 'string' || text.trim() === '') continue;
        const use = `${key.toLowerCase()}\n${text.trim()}`;
        const first = firstUse.get(use);
        if (first === undefined) firstUse.set(use, { index, id });
        else if (first.id !== id) {
          const other = first.id === undefined ? `events[${first.index}]` : `"${first.id}"`;
          out.push(violation('events', index, id, `${field}.${key}`, 'translation of one event only', `the "${key}" translation is the same as that of event ${other}`));
        }
      }
    });
  }
}

function checkMeta(raw: Record<string, unknown>, out: RuleViolation[]): void {
  const result = datasetMetaSchema.safeParse(raw, REPORT_INPUT);
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (isTranslationPath(issue.path)) continue;
    out.push(violation('file', -1, undefined, pathOf(issue.path), 'schema v1', englishIssue(issue)));
  }
}

function arrayField(raw: Record<string, unknown>, key: 'actors' | 'places' | 'events', out: RuleViolation[]): unknown[] {
  const value = raw[key];
  if (Array.isArray(value)) return value;
  out.push(violation('file', -1, undefined, key, 'file shape', `"${key}" must be an array`));
  return [];
}

function checkActor(actor: unknown, index: number, actorIds: Set<string>, out: RuleViolation[]): void {
  const id = itemId(actor);
  const reported = schemaIssues('actors', index, id, actor, actorSchema, out, []);
  if (!isRecord(actor) || reported.has('affiliation')) return;
  const affiliation = actor.affiliation;
  if (typeof affiliation === 'string' && !actorIds.has(affiliation)) {
    out.push(violation('actors', index, id, 'affiliation', 'affiliation resolves', `affiliation "${affiliation}" is not the id of any actor`));
  }
}

function checkPlace(place: unknown, index: number, eventsByPlace: Map<string, string[]>, out: RuleViolation[]): void {
  const id = itemId(place);
  const users = id === undefined ? [] : (eventsByPlace.get(id) ?? []);
  const usedBy = users.length === 0 ? '' : ` (used by ${plural(users.length, 'event')}: ${users.join(', ')})`;
  const explicit: RuleViolation[] = [];
  if (isRecord(place)) {
    for (const [field, limit, label] of [['lat', 90, 'latitude'], ['lon', 180, 'longitude']] as const) {
      const value = place[field];
      if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > limit)) {
        explicit.push(
          violation('places', index, id, field, 'coordinates in range', `${label} ${value} is outside -${limit} to ${limit}${usedBy}`),
        );
      }
    }
  }
  out.push(...explicit);
  schemaIssues('places', index, id, place, placeSchema, out, explicit.map((v) => v.field));
}

function checkEvent(
  event: unknown,
  index: number,
  actorIds: Set<string>,
  placeIds: Set<string>,
  out: RuleViolation[],
): void {
  const id = itemId(event);
  if (!isRecord(event)) {
    out.push(violation('events', index, id, '(whole item)', 'schema v1', 'an event must be a JSON object'));
    return;
  }
  const explicit: RuleViolation[] = [];
  const add = (field: string, rule: RuleName, text: string) => explicit.push(violation('events', index, id, field, rule, text));

  if (typeof event.date === 'string' && typeof event.endDate === 'string' && event.endDate < event.date) {
    add('endDate', 'end date not before start date', `endDate ${event.endDate} is before date ${event.date}`);
  }
  if (typeof event.category === 'string' && !isKnownCategory(event.category)) {
    add('category', 'known category', `category "${event.category}" is not one of ${KNOWN_CATEGORIES.join(', ')}`);
  }
  if (typeof event.place === 'string' && !placeIds.has(event.place)) {
    add('place', 'place reference resolves', `place "${event.place}" is not the id of any place`);
  }
  if (Array.isArray(event.actors)) {
    event.actors.forEach((actor: unknown, i: number) => {
      const actorId = isRecord(actor) ? actor.id : undefined;
      if (typeof actorId === 'string' && !actorIds.has(actorId)) {
        add(`actors.${i}.id`, 'actor reference resolves', `actor "${actorId}" is not the id of any actor`);
      }
    });
  }
  if (isRecord(event.figures)) {
    for (const [key, value] of Object.entries(event.figures)) {
      if (typeof value === 'string') {
        add(`figures.${key}`, 'figures are numbers', `figure "${key}" is the text "${value}"; write a number, {min,max} or {value}, and put words in otherFigures`);
      }
    }
  }
  if (Array.isArray(event.sources)) checkSources(event.sources, add);

  out.push(...explicit);
  schemaIssues('events', index, id, event, eventSchema, out, explicit.map((v) => v.field));
}

function checkSources(sources: unknown[], add: (field: string, rule: RuleName, text: string) => void): void {
  let httpCount = 0;
  sources.forEach((source: unknown, i: number) => {
    const url = isRecord(source) ? source.url : undefined;
    if (typeof url !== 'string') return;
    if (isHttpUrl(url)) httpCount += 1;
    else add(`sources.${i}.url`, 'http(s) source', `source url "${url}" is not an http(s) URL`);
  });
  if (httpCount === 0) add('sources', 'http(s) source', 'no source has an http(s) url; every event needs at least one');
}

/**
 * Adds the zod issues of one item, skipping fields an explicit rule already reported (so that a
 * string figure reads as one clear sentence, not two). Returns the fields reported here.
 */
function schemaIssues<T>(
  section: RuleSection,
  index: number,
  id: string | undefined,
  item: unknown,
  schema: z.ZodType<T>,
  out: RuleViolation[],
  alreadyReported: string[],
): Set<string> {
  const fields = new Set<string>();
  const result = schema.safeParse(item, REPORT_INPUT);
  if (result.success) return fields;
  for (const issue of result.error.issues) {
    if (isTranslationPath(issue.path)) continue;
    const field = pathOf(issue.path);
    const covered = alreadyReported.some((done) => field === done || field.startsWith(`${done}.`) || done.startsWith(`${field}.`));
    // The schema's own endDate and source-url refinements duplicate explicit rules with clearer wording.
    if (covered || fields.has(field)) continue;
    fields.add(field);
    out.push(violation(section, index, id, field, 'schema v1', englishIssue(issue)));
  }
  return fields;
}

/** A schema issue in words: the data check is a maintainer's tool, in English. */
function englishIssue(issue: z.core.$ZodIssue): string {
  return describeProblem(problemOfIssue(issue), ENGLISH);
}

/** Translation maps have their own rules (checkTranslations), with clearer wording than the schema's. */
function isTranslationPath(path: ReadonlyArray<PropertyKey>): boolean {
  const first = path[0];
  return typeof first === 'string' && first.endsWith('_i18n');
}

function reportDuplicates(section: 'actors' | 'places' | 'events', items: unknown[], out: RuleViolation[]): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = itemId(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
    }
    const noun = SECTION_NOUN[section].toLowerCase();
    out.push(violation(section, index, id, 'id', 'unique ids', `id "${id}" is already used by the ${noun} at ${section}[${first}]`));
  });
}

function violation(
  section: RuleSection,
  index: number,
  id: string | undefined,
  field: string,
  rule: RuleName,
  detail: string,
): RuleViolation {
  const where = section === 'file' ? 'File' : `${SECTION_NOUN[section]} ${id === undefined ? `#${index}` : `"${id}"`} (${section}[${index}])`;
  const fieldPart = field.startsWith('(') ? '' : `, field "${field}"`;
  const message = `${where}${fieldPart}: ${detail} [rule: ${rule}].`;
  return { section, index, ...(id === undefined ? {} : { id }), field, rule, message };
}

function idsOf(items: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const id = itemId(item);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function itemId(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(whole item)' : path.map(String).join('.');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
