/**
 * The project's own JSON, opened by a reader. Same checks as the default loader
 * (parse-dataset.ts) with two differences suited to a user's own file: sources may lack a url
 * (an ACLED import exported to JSON has none), and a dangling place or actor reference keeps
 * the event (without the place; with the actor under its id) and says so.
 */
import '../core/zod-config';
import * as z from 'zod';
import { eventSchema } from '../core/dataset-schema';
import { problem, type Problem } from '../core/problem';
import { issuePath, problemOfIssue, REPORT_INPUT, schemaMessage } from '../core/schema-problems';
import type { EventRecord } from '../core/model';
import {
  parseDataset,
  RESERVED_KEY,
  reservedKeyIn,
  sortEvents,
  toEventRecord,
  type Rejection,
} from '../core/parse-dataset';
import { capEventText, createDatasetBuilder, summariseImport } from './dataset-builder';
import type { ImportResult } from './import-types';

const lenientSourceSchema = z.object({
  title: z.string().trim().min(1, schemaMessage('problem.schema.notEmpty')),
  publisher: z.string().optional(),
  url: z.string().optional(),
});

const lenientEventSchema = z
  .object({ ...eventSchema.shape, sources: z.array(lenientSourceSchema).min(1, schemaMessage('problem.schema.noSource')) })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
    ...schemaMessage('problem.schema.endBeforeDate'),
    path: ['endDate'],
  });

/** Imports a decoded object that has an `events` array in our format. */
export function importDatasetJson(raw: Record<string, unknown>, events: readonly unknown[], fileName: string): ImportResult {
  // Meta, actors and places are checked exactly as the default loader does.
  const base = parseDataset({ ...raw, events: [] });
  const rejected: Rejection[] = base.rejected.filter((r) => r.section !== 'file');
  const warnings: Rejection[] = base.rejected.filter((r) => r.section === 'file');
  const { dataset } = base;
  const placeIds = new Set(dataset.places.map((place) => place.id));
  const actors = [...dataset.actors];
  const actorIds = new Set(actors.map((actor) => actor.id));
  // Only for cleaning links: its own event list stays unused.
  const linkCleaner = createDatasetBuilder(fileName);

  const kept: EventRecord[] = [];
  const loadedRows = new Set<number>();
  const seen = new Set<string>();
  events.forEach((item, index) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const entry = (field: string, why: Problem): Rejection => ({ section: 'events', index, ...(id === undefined ? {} : { id }), field, problem: why });
    const result = lenientEventSchema.safeParse(
      withoutReservedKeys(item, (field) => warnings.push(entry(field, problem('problem.reservedNameLeftOut')))),
      REPORT_INPUT,
    );
    if (!result.success) {
      const first = result.error.issues[0];
      rejected.push(entry(first && first.path.length > 0 ? issuePath(first) : '(event)', first ? problemOfIssue(first) : problem('problem.schema.invalid')));
      return;
    }
    const input = result.data;
    if (seen.has(input.id)) return void rejected.push(entry('id', problem('problem.duplicateId', { id: input.id })));
    seen.add(input.id);
    let place = input.place;
    if (place !== null && !placeIds.has(place)) {
      warnings.push(entry('place', problem('problem.unknownPlaceKept', { place })));
      place = null;
    }
    for (const ref of input.actors) {
      if (actorIds.has(ref.id)) continue;
      warnings.push(entry('actors', problem('problem.unknownActorAdded', { actor: ref.id })));
      actors.push({ id: ref.id, name: ref.id, kind: 'organization' });
      actorIds.add(ref.id);
    }
    const sources = linkCleaner.cleanSources(input.sources, index, input.id);
    kept.push(capEventText(toEventRecord({ ...input, place, sources }), (field, why) => warnings.push(entry(field, why))));
    loadedRows.add(index);
  });
  warnings.push(...linkCleaner.build(dataset.meta, 0).warnings);
  warnings.sort((a, b) => a.index - b.index);

  return {
    format: 'dataset-json',
    fileName,
    rowCount: events.length,
    dataset: { ...dataset, actors, events: sortEvents(kept) },
    rejected,
    warnings,
    summary: summariseImport({ rowCount: events.length, loadedRows, rejected, warnings, replacedRows: 0, infoRows: 0 }),
  };
}

/**
 * The event with any `__proto__` figure or attribute taken out (and reported through `dropped`).
 * The schema's records would lose it silently: assigning that key replaces an object's prototype.
 */
function withoutReservedKeys(item: unknown, dropped: (field: string) => void): unknown {
  let field = reservedKeyIn(item);
  if (field === null || !isObject(item)) return item;
  const copy: Record<string, unknown> = { ...item };
  while (field !== null) {
    dropped(field);
    const name = field.slice(0, field.indexOf('.'));
    const record = copy[name];
    if (isObject(record)) copy[name] = Object.fromEntries(Object.entries(record).filter(([key]) => key !== RESERVED_KEY));
    field = reservedKeyIn(copy);
  }
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
