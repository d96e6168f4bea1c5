/**
 * Collects actors, places and events row by row for the importers that build records in code
 * (CSV, TimelineJS, GeoJSON), keeps a rejection and a warning list, and finally returns a
 * Dataset holding only the actors and places that kept events use.
 */
import { toDayNumber } from '../core/calendar-date';
import { isHttpUrl, type DatasetMeta } from '../core/dataset-schema';
import type { Actor, Dataset, EventRecord, Figure, Place, Source } from '../core/model';
import { sortEvents, type Rejection } from '../core/parse-dataset';
import { problem, type Problem } from '../core/problem';
import { LISTED_CHANGES, type ImportSummary } from './import-types';
import { capText, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './text-clean';

/** An event before day numbers are derived. */
export type EventDraft = Omit<EventRecord, 'startDay' | 'endDay'>;

export interface DatasetBuilder {
  /** Registers an actor (first one with an id wins) and returns its id. */
  actor(actor: Actor): string;
  /** Registers a place (first one with an id wins) and returns its id. */
  place(place: Place): string;
  /**
   * Adds an event. 'upsert': a later row with the same id replaces the earlier one (ACLED).
   * 'unique': a repeated id is rejected and the first one kept.
   */
  addEvent(draft: EventDraft, row: number, mode: 'upsert' | 'unique'): void;
  reject(row: number, field: string, why: Problem, id?: string): void;
  warn(row: number, field: string, why: Problem, id?: string): void;
  /** Sources with only http(s) links (others dropped with a warning), never empty. */
  cleanSources(sources: readonly Source[], row: number, id?: string): Source[];
  /** Notes a row that was read as the file's own details rather than as an event. */
  info(row: number): void;
  build(meta: DatasetMeta, rowCount: number): BuiltImport;
}

/** What a builder gives the importer's result. */
export interface BuiltImport {
  dataset: Dataset;
  rejected: Rejection[];
  warnings: Rejection[];
  rowCount: number;
  summary: ImportSummary;
}

/** A new builder; `fileName` names the fallback source of rows that cite none. */
export function createDatasetBuilder(fileName: string): DatasetBuilder {
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const events = new Map<string, { record: EventRecord; row: number }>();
  const rejected: Rejection[] = [];
  const warnings: Rejection[] = [];
  let replacedRows = 0;
  let infoRows = 0;

  const entry = (row: number, field: string, why: Problem, id?: string): Rejection => ({
    section: 'events',
    index: row,
    ...(id === undefined || id === '' ? {} : { id }),
    field,
    problem: why,
  });

  return {
    actor(actor) {
      if (!actors.has(actor.id)) actors.set(actor.id, actor);
      return actor.id;
    },
    place(place) {
      if (!places.has(place.id)) places.set(place.id, place);
      return place.id;
    },
    addEvent(draft, row, mode) {
      const previous = events.get(draft.id);
      if (previous && mode === 'unique') {
        rejected.push(entry(row, 'id', problem('problem.duplicateIdKept', { id: draft.id, row: previous.row + 1 }), draft.id));
        return;
      }
      if (previous) {
        warnings.push(entry(previous.row, 'id', problem('problem.replacedByRow', { row: row + 1 }), draft.id));
        replacedRows++;
      }
      const capped = capEventText(draft, (field, why) => warnings.push(entry(row, field, why, draft.id)));
      events.set(draft.id, { record: toRecord(capped), row });
    },
    reject(row, field, why, id) {
      rejected.push(entry(row, field, why, id));
    },
    warn(row, field, why, id) {
      warnings.push(entry(row, field, why, id));
    },
    cleanSources(sources, row, id) {
      const out: Source[] = [];
      for (const source of sources) {
        const title = source.title.trim();
        const publisher = source.publisher?.trim();
        const url = source.url?.trim();
        const clean: Source = { title: title || publisher || url || fileName };
        if (publisher) clean.publisher = publisher;
        if (url) {
          if (isHttpUrl(url)) clean.url = url;
          else warnings.push(entry(row, 'sources', problem('problem.source.linkDropped', { url: url.slice(0, 80) }), id));
        }
        if (title || publisher || clean.url) out.push(clean);
      }
      return out.length > 0 ? out : [{ title: fileName }];
    },
    info() {
      infoRows++;
    },
    build(meta, rowCount) {
      const kept = [...events.values()].map((item) => item.record);
      const usedActors = new Set(kept.flatMap((event) => event.actors.map((ref) => ref.id)));
      const usedPlaces = new Set(kept.map((event) => event.place));
      const loadedRows = new Set([...events.values()].map((item) => item.row));
      rejected.sort(byRow);
      warnings.sort(byRow);
      return {
        dataset: {
          meta,
          actors: [...actors.values()].filter((actor) => usedActors.has(actor.id)),
          places: [...places.values()].filter((place) => usedPlaces.has(place.id)),
          events: sortEvents(kept),
        },
        rejected,
        warnings,
        rowCount,
        summary: summariseImport({ rowCount, loadedRows, rejected, warnings, replacedRows, infoRows }),
      };
    },
  };
}

/**
 * The counts of an import and the first change notes. Every data row is exactly one of loaded,
 * rejected, replaced (by a later row with the same id) or read as the file's own details, so
 * rows = loaded + rejectedRows + replacedRows + infoRows.
 */
export function summariseImport(parts: {
  rowCount: number;
  loadedRows: ReadonlySet<number>;
  rejected: readonly Rejection[];
  warnings: readonly Rejection[];
  replacedRows: number;
  infoRows: number;
}): ImportSummary {
  const { rowCount, loadedRows, rejected, warnings, replacedRows, infoRows } = parts;
  const rejectedRows = new Set(rejected.filter((r) => r.section === 'events').map((r) => r.index)).size;
  const changedRows = new Set(warnings.filter((w) => w.section === 'events' && loadedRows.has(w.index)).map((w) => w.index)).size;
  return {
    rows: rowCount,
    loaded: loadedRows.size,
    rejectedRows,
    replacedRows,
    infoRows,
    changedRows,
    changes: warnings.length,
    firstChanges: warnings.slice(0, LISTED_CHANGES),
  };
}

/**
 * An event with every free-text field cut to its cap (MAX_TITLE_CHARS for the title,
 * MAX_TEXT_CHARS for the rest), each cut marked in the text and reported through `warn`.
 * A 600 KB summary would otherwise be carried into every view, search and export.
 */
export function capEventText<T extends EventDraft>(event: T, warn: (field: string, why: Problem) => void): T {
  // Nearly every event is within the limits: then it is kept as it is, not copied field by field.
  if (withinCaps(event)) return event;
  const cap = (field: string, text: string, max: number): string => {
    const capped = capText(text, max);
    if (capped.cut > 0) {
      // The marker is quoted as the data holds it (in English, whatever the interface language).
      warn(field, problem('problem.textCut', { length: text.length, max, marker: capped.marker }));
    }
    return capped.text;
  };
  const capOptional = (field: string, text: string | undefined) => (text === undefined ? undefined : cap(field, text, MAX_TEXT_CHARS));
  const out: T = {
    ...event,
    title: cap('title', event.title, MAX_TITLE_CHARS),
    summary: cap('summary', event.summary, MAX_TEXT_CHARS),
    confidence: cap('confidence', event.confidence, MAX_TEXT_CHARS),
    figures: Object.fromEntries(
      Object.entries(event.figures).map(([key, figure]): [string, Figure] => [
        key,
        figure.note === undefined ? figure : { ...figure, note: cap(`figures.${key}.note`, figure.note, MAX_TEXT_CHARS) },
      ]),
    ),
    sources: event.sources.map((source, i) => {
      const copy: Source = { title: cap(`sources.${i}.title`, source.title, MAX_TEXT_CHARS) };
      const publisher = capOptional(`sources.${i}.publisher`, source.publisher);
      if (publisher !== undefined) copy.publisher = publisher;
      if (source.url !== undefined) copy.url = source.url;
      return copy;
    }),
  };
  const geoNote = capOptional('geoNote', event.geoNote);
  if (geoNote !== undefined) out.geoNote = geoNote;
  const otherFigures = capOptional('otherFigures', event.otherFigures);
  if (otherFigures !== undefined) out.otherFigures = otherFigures;
  if (event.attributes !== undefined) {
    out.attributes = Object.fromEntries(
      Object.entries(event.attributes).map(([key, value]) => [key, cap(`attributes.${key}`, value, MAX_TEXT_CHARS)]),
    );
  }
  // Translations are capped like the texts they translate.
  for (const [field, max] of [['title_i18n', MAX_TITLE_CHARS], ['summary_i18n', MAX_TEXT_CHARS]] as const) {
    const translations = event[field];
    if (translations !== undefined) {
      out[field] = Object.fromEntries(Object.entries(translations).map(([lang, text]) => [lang, cap(`${field}.${lang}`, text, max)]));
    }
  }
  return out;
}

/** True when no text of the event is longer than capEventText allows (the same fields and limits). */
function withinCaps(event: EventDraft): boolean {
  const fits = (text: string | undefined, max = MAX_TEXT_CHARS) => text === undefined || text.length <= max;
  const allFit = (texts: Readonly<Record<string, string>> | undefined, max = MAX_TEXT_CHARS) => texts === undefined || Object.values(texts).every((text) => fits(text, max));
  return (
    fits(event.title, MAX_TITLE_CHARS) &&
    fits(event.summary) &&
    fits(event.confidence) &&
    fits(event.geoNote) &&
    fits(event.otherFigures) &&
    Object.values(event.figures).every((figure) => fits(figure.note)) &&
    event.sources.every((source) => fits(source.title) && fits(source.publisher)) &&
    allFit(event.attributes) &&
    allFit(event.title_i18n, MAX_TITLE_CHARS) &&
    allFit(event.summary_i18n)
  );
}

function byRow(a: Rejection, b: Rejection): number {
  return a.index - b.index;
}

/** Day numbers for a draft whose dates were already checked to be calendar dates. */
function toRecord(draft: EventDraft): EventRecord {
  // The draft becomes the record (the builder owns it from here): two fields added in place. A
  // copy with rest and spread cost a tenth of a 150,000-row import and as much again in garbage
  // collection. No `delete` either: a deleted key turns an object into a slow dictionary.
  const record = draft as EventDraft & Pick<EventRecord, 'startDay' | 'endDay'>;
  const startDay = toDayNumber(draft.date) ?? 0;
  record.startDay = startDay;
  record.endDay = draft.endDate === undefined ? startDay : (toDayNumber(draft.endDate) ?? startDay);
  return record;
}

/** Meta for an imported file: the file name as title and a line saying where it came from. */
export function importedMeta(fileName: string, formatLabel: string, extra: Partial<DatasetMeta> = {}): DatasetMeta {
  return {
    schemaVersion: 1,
    // A title slide's headline is text from the file: capped like an event title, with the marker.
    title: capText(extra.title?.trim() || fileName, MAX_TITLE_CHARS).text,
    description: extra.description ?? `Imported from ${fileName} (${formatLabel}).`,
    updated: extra.updated ?? '',
    attribution: extra.attribution ?? '',
  };
}
