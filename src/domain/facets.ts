/**
 * Counts for the filter controls ("Russia (24)"): each facet is counted over the events that
 * pass every other filter, so a count says what choosing it would show.
 */
import type { EventIndex } from './event-index';
import { selectEvents, type Filters } from './filters';
import type { EventRecord } from './model';

export interface FacetCounts {
  actors: Map<string, number>;
  categories: Map<string, number>;
}

/** Per-actor and per-category counts of the events that pass all other filters (place ignored). */
export function countFacets(index: EventIndex, filters: Filters): FacetCounts {
  const base = { ...filters };
  delete base.place;
  const withoutActors = selectEvents(index, { ...base, actors: [] }).filtered;
  const withoutCategories = selectEvents(index, { ...base, categories: [] }).filtered;

  const actors = new Map<string, number>();
  for (const position of withoutActors) {
    for (const ref of (index.events[position] as EventRecord).actors) actors.set(ref.id, (actors.get(ref.id) ?? 0) + 1);
  }
  const categories = new Map<string, number>();
  for (const position of withoutCategories) {
    const category = index.categories[index.categoryCode[position] as number] as string;
    categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  return { actors, categories };
}
