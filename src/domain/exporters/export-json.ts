/**
 * The shown events as a dataset file in our own format (contract 1.1), with only the actors
 * and places they use and the permalink of the view they came from.
 */
import { CURRENT_SCHEMA_VERSION, type DatasetFile, type EventInput, type FigureInput } from '../core/dataset-schema';
import type { EventIndex } from '../core/event-index';
import type { Actor, EventRecord, Figure, Place } from '../core/model';

/** Our file format plus the view's address (readers ignore unknown keys). */
export interface ExportedDataset extends DatasetFile {
  permalink: string;
  /** Present when the link cannot restore this data (an opened file): says so in words. */
  permalinkNote?: string;
}

/**
 * A dataset of `events`; `today` (`YYYY-MM-DD`) becomes `updated`.
 * @example JSON.stringify(exportDataset(model.shownEvents, model.index, location.href, '2026-02-26'))
 */
export function exportDataset(events: readonly EventRecord[], index: EventIndex, permalink: string, today: string, permalinkNote?: string): ExportedDataset {
  const actorIds = new Set(events.flatMap((event) => event.actors.map((ref) => ref.id)));
  const placeIds = new Set(events.map((event) => event.place));
  const meta = index.dataset.meta;
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: meta.title,
    description: `${events.length} ${events.length === 1 ? 'event' : 'events'} exported from the view ${permalink}${permalinkNote ? ` (${permalinkNote})` : ''}${meta.description ? `\n\n${meta.description}` : ''}`,
    updated: today,
    attribution: meta.attribution,
    // The description is rewritten above, so its translations would no longer match it.
    ...(meta.lang === undefined ? {} : { lang: meta.lang }),
    ...(meta.title_i18n === undefined ? {} : { title_i18n: meta.title_i18n }),
    permalink,
    ...(permalinkNote === undefined ? {} : { permalinkNote }),
    actors: index.dataset.actors.filter((actor: Actor) => actorIds.has(actor.id)),
    places: index.dataset.places.filter((place: Place) => placeIds.has(place.id)),
    events: events.map(toEventInput),
  };
}

/** JSON text of exportDataset, indented for people who open it. */
export function exportJson(events: readonly EventRecord[], index: EventIndex, permalink: string, today: string, permalinkNote?: string): string {
  return `${JSON.stringify(exportDataset(events, index, permalink, today, permalinkNote), null, 2)}\n`;
}

/** An event as written on disk (no day numbers; exact figures as plain numbers). */
export function toEventInput(event: EventRecord): EventInput {
  // Object.fromEntries defines keys as data: a figure named after an Object.prototype member
  // is written like any other, and none can replace the object's prototype.
  const figures: Record<string, FigureInput> = Object.fromEntries(
    Object.entries(event.figures).map(([key, figure]) => [key, toFigureInput(figure)]),
  );
  const input: EventInput = {
    id: event.id,
    date: event.date,
    datePrecision: event.datePrecision,
    category: event.category,
    title: event.title,
    summary: event.summary,
    actors: event.actors,
    place: event.place,
    figures,
    sources: event.sources,
    confidence: event.confidence,
  };
  if (event.endDate !== undefined) input.endDate = event.endDate;
  if (event.geoNote !== undefined) input.geoNote = event.geoNote;
  if (event.otherFigures !== undefined) input.otherFigures = event.otherFigures;
  if (event.attributes !== undefined) input.attributes = event.attributes;
  if (event.title_i18n !== undefined) input.title_i18n = event.title_i18n;
  if (event.summary_i18n !== undefined) input.summary_i18n = event.summary_i18n;
  if (event.lang !== undefined) input.lang = event.lang;
  return input;
}

function toFigureInput(figure: Figure): FigureInput {
  if (figure.min !== figure.max) return figure.note === undefined ? { min: figure.min, max: figure.max } : { ...figure };
  return figure.note === undefined ? figure.min : { value: figure.min, note: figure.note };
}
