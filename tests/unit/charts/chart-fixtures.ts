/** Tiny indexes for the chart series tests, built from records directly (no parsing needed). */
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex, type EventIndex } from '../../../src/domain/core/event-index';
import type { EventRecord, Figure } from '../../../src/domain/core/model';

export interface EventSpec {
  date: string;
  endDate?: string;
  category?: string;
  killed?: number | [number, number];
  injured?: number | [number, number];
  drones?: number | [number, number];
  missiles?: number | [number, number];
}

const figure = (value: number | [number, number]): Figure =>
  typeof value === 'number' ? { min: value, max: value } : { min: value[0], max: value[1] };

/** One event record; strikes by default. */
export function record(spec: EventSpec, n: number): EventRecord {
  const startDay = day(spec.date);
  const figures: Record<string, Figure> = {};
  if (spec.killed !== undefined) figures.killed = figure(spec.killed);
  if (spec.injured !== undefined) figures.injured = figure(spec.injured);
  if (spec.drones !== undefined) figures.drones = figure(spec.drones);
  if (spec.missiles !== undefined) figures.missiles = figure(spec.missiles);
  const event: EventRecord = {
    id: `e${String(n).padStart(6, '0')}`,
    date: spec.date,
    startDay,
    endDay: spec.endDate === undefined ? startDay : day(spec.endDate),
    datePrecision: 'day',
    category: spec.category ?? 'strike',
    title: `Event ${n}`,
    summary: '',
    actors: [],
    place: null,
    figures,
    sources: [{ title: 'Report', url: 'https://example.org/' }],
    confidence: 'High.',
  };
  if (spec.endDate !== undefined) event.endDate = spec.endDate;
  return event;
}

/** An index over events given in any order (sorted by date, as the parser does). */
export function indexOf(specs: readonly EventSpec[]): EventIndex {
  const events = specs.map(record).sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id));
  return buildEventIndex({
    meta: { schemaVersion: 1, title: 'Test', description: '', updated: '2026-02-26', attribution: '' },
    actors: [],
    places: [],
    events,
  });
}

/** Every position of an index. */
export function all(index: EventIndex): Uint32Array {
  return Uint32Array.from(index.events.keys());
}

/** Day number of a `YYYY-MM-DD` date (throws on a bad one, so a typo fails the test). */
export function day(text: string): number {
  const value = toDayNumber(text);
  if (value === null) throw new Error(`bad date ${text}`);
  return value;
}
