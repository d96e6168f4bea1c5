/**
 * Fixtures for the timeline unit tests: small hand-made event indexes (built without the
 * parser, so a 150,000-event one is quick to make).
 */
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex, type EventIndex } from '../../../src/domain/core/event-index';
import type { EventRecord, Figure } from '../../../src/domain/core/model';

/** Day number of a date that must be real. */
export function day(text: string): number {
  const value = toDayNumber(text);
  if (value === null) throw new Error(`bad date ${text}`);
  return value;
}

export interface EventSpec {
  id: string;
  date: string;
  endDate?: string;
  category: string;
  killed?: number;
  injured?: number;
}

/** An event record with just what the timeline reads. */
export function eventRecord(spec: EventSpec): EventRecord {
  const figures: Record<string, Figure> = {};
  if (spec.killed !== undefined) figures.killed = { min: spec.killed, max: spec.killed };
  if (spec.injured !== undefined) figures.injured = { min: spec.injured, max: spec.injured };
  return {
    id: spec.id,
    date: spec.date,
    ...(spec.endDate === undefined ? {} : { endDate: spec.endDate }),
    startDay: day(spec.date),
    endDay: day(spec.endDate ?? spec.date),
    datePrecision: 'day',
    category: spec.category,
    title: spec.id,
    summary: '',
    actors: [],
    place: null,
    figures,
    sources: [],
    confidence: 'High.',
  };
}

/** An index over the given events (sorted by date as the parser would). */
export function indexOf(specs: EventSpec[]): EventIndex {
  const events = specs.map(eventRecord).sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id));
  return buildEventIndex({
    meta: { schemaVersion: 1, title: 't', description: '', updated: '2026-02-26', attribution: '' },
    actors: [],
    places: [],
    events,
  });
}

/** Every position of an index, as selectEvents returns them when nothing is filtered. */
export function allPositions(index: EventIndex): Uint32Array {
  return Uint32Array.from(index.events.map((_, i) => i));
}
