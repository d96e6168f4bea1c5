/**
 * Counts for the filter controls ("Russia (24)"): each facet is counted over the events that
 * pass every other filter, so a count says what choosing it would show. One pass, no objects.
 */
import type { EventIndex } from '../core/event-index';
import { compileFilters, passesActors, passesDates, type Filters } from './filters';

export interface FacetCounts {
  actors: Map<string, number>;
  categories: Map<string, number>;
}

/** Per-actor and per-category counts of the events that pass all other filters (place ignored). */
export function countFacets(index: EventIndex, filters: Filters): FacetCounts {
  const c = compileFilters(index, filters);
  const actorCounts = new Uint32Array(index.dataset.actors.length);
  const categoryCounts = new Uint32Array(index.categories.length);
  // An actor listed twice in one event (two roles) still counts that event once.
  const lastCounted = new Int32Array(index.dataset.actors.length).fill(-1);
  for (let i = 0; i < index.events.length; i++) {
    if (!passesDates(index, c, i)) continue;
    if (c.text !== null && c.text[i] === 0) continue;
    const category = index.categoryCode[i] as number;
    if (c.categoryAllowed[category] === 1) {
      for (const code of index.actorCodes[i] as Uint32Array) {
        if (code >= actorCounts.length || lastCounted[code] === i) continue;
        lastCounted[code] = i;
        actorCounts[code] = (actorCounts[code] as number) + 1;
      }
    }
    if (passesActors(index, c, i)) categoryCounts[category] = (categoryCounts[category] as number) + 1;
  }
  const actors = new Map<string, number>();
  index.dataset.actors.forEach((actor, code) => {
    if (actorCounts[code]) actors.set(actor.id, actorCounts[code] as number);
  });
  const categories = new Map<string, number>();
  index.categories.forEach((category, code) => categories.set(category, categoryCounts[code] as number));
  return { actors, categories };
}
