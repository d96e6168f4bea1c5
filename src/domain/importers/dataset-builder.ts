/**
 * Collects actors, places and events row by row for the importers that build records in code
 * (CSV, TimelineJS, GeoJSON), keeps a rejection and a warning list, and finally returns a
 * Dataset holding only the actors and places that kept events use.
 */
import { toDayNumber } from '../core/calendar-date';
import { isHttpUrl, type DatasetMeta } from '../core/dataset-schema';
import type { Actor, Dataset, EventRecord, Place, Source } from '../core/model';
import { sortEvents, type Rejection } from '../core/parse-dataset';

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
  reject(row: number, field: string, reason: string, id?: string): void;
  warn(row: number, field: string, reason: string, id?: string): void;
  /** Sources with only http(s) links (others dropped with a warning), never empty. */
  cleanSources(sources: readonly Source[], row: number, id?: string): Source[];
  build(meta: DatasetMeta): { dataset: Dataset; rejected: Rejection[]; warnings: Rejection[] };
}

/** A new builder; `fileName` names the fallback source of rows that cite none. */
export function createDatasetBuilder(fileName: string): DatasetBuilder {
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const events = new Map<string, { record: EventRecord; row: number }>();
  const rejected: Rejection[] = [];
  const warnings: Rejection[] = [];

  const entry = (row: number, field: string, reason: string, id?: string): Rejection => ({
    section: 'events',
    index: row,
    ...(id === undefined || id === '' ? {} : { id }),
    field,
    reason,
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
        rejected.push(entry(row, 'id', `duplicate id "${draft.id}" (row ${previous.row + 1} kept)`, draft.id));
        return;
      }
      if (previous) {
        warnings.push(entry(previous.row, 'id', `replaced by row ${row + 1}, which has the same id`, draft.id));
      }
      events.set(draft.id, { record: toRecord(draft), row });
    },
    reject(row, field, reason, id) {
      rejected.push(entry(row, field, reason, id));
    },
    warn(row, field, reason, id) {
      warnings.push(entry(row, field, reason, id));
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
          else warnings.push(entry(row, 'sources', `link "${url.slice(0, 80)}" dropped: only http(s) links are kept`, id));
        }
        if (title || publisher || clean.url) out.push(clean);
      }
      return out.length > 0 ? out : [{ title: fileName }];
    },
    build(meta) {
      const kept = [...events.values()].map((item) => item.record);
      const usedActors = new Set(kept.flatMap((event) => event.actors.map((ref) => ref.id)));
      const usedPlaces = new Set(kept.map((event) => event.place));
      return {
        dataset: {
          meta,
          actors: [...actors.values()].filter((actor) => usedActors.has(actor.id)),
          places: [...places.values()].filter((place) => usedPlaces.has(place.id)),
          events: sortEvents(kept),
        },
        rejected: rejected.sort(byRow),
        warnings: warnings.sort(byRow),
      };
    },
  };
}

function byRow(a: Rejection, b: Rejection): number {
  return a.index - b.index;
}

/** Day numbers for a draft whose dates were already checked to be calendar dates. */
function toRecord(draft: EventDraft): EventRecord {
  const startDay = toDayNumber(draft.date) ?? 0;
  const endDay = draft.endDate === undefined ? startDay : (toDayNumber(draft.endDate) ?? startDay);
  const record: EventRecord = { ...draft, startDay, endDay };
  if (draft.endDate === undefined) delete record.endDate;
  return record;
}

/** Meta for an imported file: the file name as title and a line saying where it came from. */
export function importedMeta(fileName: string, formatLabel: string, extra: Partial<DatasetMeta> = {}): DatasetMeta {
  return {
    schemaVersion: 1,
    title: extra.title?.trim() || fileName,
    description: extra.description ?? `Imported from ${fileName} (${formatLabel}).`,
    updated: extra.updated ?? '',
    attribution: extra.attribution ?? '',
  };
}
