/**
 * Turns untrusted JSON into a Dataset: the file's shape is checked once, then every actor,
 * place and event on its own, so that one bad event never costs the valid ones.
 */
import type * as z from 'zod';
import { toDayNumber } from './calendar-date';
import { isPlainValidEvent } from './fast-event-check';
import {
  actorSchema,
  datasetMetaSchema,
  eventSchema,
  placeSchema,
  type EventInput,
  type FigureInput,
  type SourceInput,
} from './dataset-schema';
import { copyTranslations } from './localized';
import type { Actor, Dataset, EventRecord, Figure, Place } from './model';
import { problem, ProblemError, type Problem } from './problem';
import { issuePath, problemOfIssue, REPORT_INPUT } from './schema-problems';

export type Section = 'file' | 'actors' | 'places' | 'events';

/** One thing that was not loaded (or loaded with a change), and why. */
export interface Rejection {
  section: Section;
  /** Position in its array (0-based), or -1 for the file itself. */
  index: number;
  id?: string;
  field: string;
  /** Why, as data: shown with `describeProblem` in the reader's language. */
  problem: Problem;
}

export interface ParseResult {
  dataset: Dataset;
  rejected: Rejection[];
}

/** A file that cannot be read as a dataset at all (not JSON, an HTML page, no events array). */
export class DatasetFormatError extends ProblemError {
  override name = 'DatasetFormatError';
}

/**
 * Parses the text of an events file. Throws DatasetFormatError when the text is not a
 * dataset at all; otherwise returns every valid record and a list of what was rejected.
 */
export function parseDatasetText(text: string): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) {
    throw new DatasetFormatError(problem('problem.file.htmlPage'));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetFormatError(problem('problem.file.notJson', { detail }));
  }
  return parseDataset(raw);
}

/** Parses an already decoded JSON value; see parseDatasetText. */
export function parseDataset(raw: unknown): ParseResult {
  if (!isObject(raw) || !Array.isArray(raw.events)) {
    throw new DatasetFormatError(problem('problem.file.wrongShape'));
  }
  const rejected: Rejection[] = [];

  const metaResult = datasetMetaSchema.safeParse(raw, REPORT_INPUT);
  const meta = metaResult.success
    ? metaResult.data
    : {
        schemaVersion: 1 as const,
        title: typeof raw.title === 'string' && raw.title.trim() ? raw.title : 'Untitled dataset',
        description: typeof raw.description === 'string' ? raw.description : '',
        updated: typeof raw.updated === 'string' ? raw.updated : '',
        attribution: typeof raw.attribution === 'string' ? raw.attribution : '',
      };
  if (!metaResult.success) {
    for (const issue of metaResult.error.issues) {
      rejected.push({ section: 'file', index: -1, field: issuePath(issue), problem: problemOfIssue(issue) });
    }
  }

  const actors = parseEach(raw.actors, 'actors', actorSchema, rejected);
  const places = parseEach(raw.places, 'places', placeSchema, rejected);
  const actorIds = new Set(actors.map((actor) => actor.id));
  const placeIds = new Set(places.map((place) => place.id));

  const events: EventRecord[] = [];
  const seenEventIds = new Set<string>();
  raw.events.forEach((item: unknown, index: number) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const reject = (field: string, why: Problem) =>
      rejected.push({ section: 'events', index, ...(id === undefined ? {} : { id }), field, problem: why });
    const reserved = reservedKeyIn(item);
    if (reserved !== null) return reject(reserved, problem('problem.reservedName'));
    let input: EventInput;
    if (isPlainValidEvent(item)) {
      input = item;
    } else {
      const result = eventSchema.safeParse(item, REPORT_INPUT);
      if (!result.success) {
        const first = result.error.issues[0];
        reject(first ? issuePath(first) : '(event)', first ? problemOfIssue(first) : problem('problem.schema.invalid'));
        return;
      }
      input = result.data;
    }
    if (seenEventIds.has(input.id)) return reject('id', problem('problem.duplicateId', { id: input.id }));
    if (input.place !== null && !placeIds.has(input.place)) {
      return reject('place', problem('problem.unknownPlace', { place: input.place }));
    }
    const unknownActor = input.actors.find((actor) => !actorIds.has(actor.id));
    if (unknownActor) return reject('actors', problem('problem.unknownActor', { actor: unknownActor.id }));
    seenEventIds.add(input.id);
    events.push(toEventRecord(input));
  });

  return { dataset: { meta, actors, places, events: sortEvents(events) }, rejected };
}

/**
 * The one key that JavaScript does not store as data when it is assigned: `x['__proto__'] = v`
 * replaces the object's prototype instead. The schema's records lose it silently that way, so a
 * figure or attribute of that name is caught before them and reported.
 */
export const RESERVED_KEY = '__proto__';

/** `figures.__proto__` or `attributes.__proto__` when an event has such a key, else null. */
export function reservedKeyIn(item: unknown): string | null {
  if (!isObject(item)) return null;
  for (const field of ['figures', 'attributes'] as const) {
    const value = item[field];
    if (isObject(value) && Object.hasOwn(value, RESERVED_KEY)) return `${field}.${RESERVED_KEY}`;
  }
  return null;
}

/**
 * Normalises a schema-valid event: day numbers and figures as ranges. Every nested record is
 * rebuilt from the fields the format knows, so no unknown key of the file (however deep) is
 * carried into the app, its worker messages or its exports.
 */
export function toEventRecord(input: EventInput): EventRecord {
  const startDay = toDayNumber(input.date) ?? 0;
  const endDay = input.endDate === undefined ? startDay : (toDayNumber(input.endDate) ?? startDay);
  // Object.fromEntries defines keys as data, so a key such as "constructor" stays a figure.
  const figures: Record<string, Figure> = Object.fromEntries(
    Object.entries(input.figures).filter(([key]) => key !== RESERVED_KEY).map(([key, value]) => [key, toFigure(value)]),
  );
  const record: EventRecord = {
    id: input.id,
    date: input.date,
    startDay,
    endDay,
    datePrecision: input.datePrecision,
    category: input.category,
    title: input.title,
    summary: input.summary,
    actors: input.actors.map((ref) => ({ id: ref.id, role: ref.role })),
    place: input.place,
    figures,
    sources: input.sources.map(copySource),
    confidence: input.confidence,
  };
  if (input.endDate !== undefined) record.endDate = input.endDate;
  if (input.geoNote !== undefined) record.geoNote = input.geoNote;
  if (input.otherFigures !== undefined) record.otherFigures = input.otherFigures;
  // Rebuilt entry by entry (own keys, language tags only), like every other data-keyed record.
  const titleTranslations = copyTranslations(input.title_i18n);
  if (titleTranslations !== undefined) record.title_i18n = titleTranslations;
  const summaryTranslations = copyTranslations(input.summary_i18n);
  if (summaryTranslations !== undefined) record.summary_i18n = summaryTranslations;
  if (input.lang !== undefined) record.lang = input.lang;
  if (input.attributes !== undefined) {
    const attributes = Object.entries(input.attributes).filter(([key]) => key !== RESERVED_KEY);
    if (attributes.length > 0) record.attributes = Object.fromEntries(attributes);
  }
  return record;
}

function copySource(source: SourceInput): SourceInput {
  const copy: SourceInput = { title: source.title };
  if (source.publisher !== undefined) copy.publisher = source.publisher;
  if (source.url !== undefined) copy.url = source.url;
  return copy;
}

/** A figure on disk as a closed range. */
export function toFigure(value: FigureInput): Figure {
  if (typeof value === 'number') return { min: value, max: value };
  if ('value' in value) return withNote({ min: value.value, max: value.value }, value.note);
  return withNote({ min: value.min, max: value.max }, value.note);
}

function withNote(figure: Figure, note: string | undefined): Figure {
  return note === undefined ? figure : { min: figure.min, max: figure.max, note };
}

/** Date order, stable and deterministic: start day, end day, id. */
export function sortEvents(events: EventRecord[]): EventRecord[] {
  return events.sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function parseEach<T extends { id: string }>(
  value: unknown,
  section: Section,
  schema: z.ZodType<T>,
  rejected: Rejection[],
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    rejected.push({ section: 'file', index: -1, field: section, problem: problem('problem.notAnArray', { section }) });
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index: number) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const result = schema.safeParse(item, REPORT_INPUT);
    if (!result.success) {
      const first = result.error.issues[0];
      rejected.push({
        section,
        index,
        ...(id === undefined ? {} : { id }),
        field: first ? issuePath(first) : '(item)',
        problem: first ? problemOfIssue(first) : problem('problem.schema.invalid'),
      });
      return;
    }
    if (seen.has(result.data.id)) {
      rejected.push({ section, index, id: result.data.id, field: 'id', problem: problem('problem.duplicateId', { id: result.data.id }) });
      return;
    }
    seen.add(result.data.id);
    out.push(result.data);
  });
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { Actor, Place };
