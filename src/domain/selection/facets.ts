/**
 * Counts for the filter controls ("Russia (24)"): each facet is counted over the events that
 * pass every other filter, so a count says what choosing it would show. One pass, no objects.
 */
import type { AttributeFacet } from '../core/attribute-facets';
import type { EventIndex } from '../core/event-index';
import { compileFilters, passesActors, passesAttribute, passesDates, type Filters } from './filters';

export interface FacetCounts {
  actors: Map<string, number>;
  categories: Map<string, number>;
  /** Per sub-type slug (ACLED sub_event_type), the events that choosing it would show. */
  subTypes: Map<string, number>;
  /** Per region slug (ACLED admin1). */
  regions: Map<string, number>;
}

/** Per-actor, per-category, per-sub-type and per-region counts of the events that pass all other filters (place ignored). */
export function countFacets(index: EventIndex, filters: Filters): FacetCounts {
  const c = compileFilters(index, filters);
  const actorCounts = new Uint32Array(index.dataset.actors.length);
  const categoryCounts = new Uint32Array(index.categories.length);
  const subTypeColumn = index.attributes.subTypes;
  const regionColumn = index.attributes.regions;
  const subTypeCounts = new Uint32Array(subTypeColumn.slugs.length);
  const regionCounts = new Uint32Array(regionColumn.slugs.length);
  // An actor listed twice in one event (two roles) still counts that event once.
  const lastCounted = new Int32Array(index.dataset.actors.length).fill(-1);
  for (let i = 0; i < index.events.length; i++) {
    if (!passesDates(index, c, i)) continue;
    if (c.text !== null && c.text[i] === 0) continue;
    const category = index.categoryCode[i] as number;
    const categoryOk = c.categoryAllowed[category] === 1;
    const actorsOk = passesActors(index, c, i);
    const subTypeOk = passesAttribute(index, c, 'subTypes', i);
    const regionOk = passesAttribute(index, c, 'regions', i);
    if (categoryOk && subTypeOk && regionOk) {
      const after = index.actorStart[i + 1] as number;
      for (let k = index.actorStart[i] as number; k < after; k++) {
        const code = index.actorList[k] as number;
        if (code >= actorCounts.length || lastCounted[code] === i) continue;
        lastCounted[code] = i;
        actorCounts[code] = (actorCounts[code] as number) + 1;
      }
    }
    if (actorsOk && subTypeOk && regionOk) categoryCounts[category] = (categoryCounts[category] as number) + 1;
    const subType = subTypeColumn.codes[i] as number;
    if (subType >= 0 && categoryOk && actorsOk && regionOk) subTypeCounts[subType] = (subTypeCounts[subType] as number) + 1;
    const region = regionColumn.codes[i] as number;
    if (region >= 0 && categoryOk && actorsOk && subTypeOk) regionCounts[region] = (regionCounts[region] as number) + 1;
  }
  const actors = new Map<string, number>();
  index.dataset.actors.forEach((actor, code) => {
    if (actorCounts[code]) actors.set(actor.id, actorCounts[code] as number);
  });
  const categories = new Map<string, number>();
  index.categories.forEach((category, code) => categories.set(category, categoryCounts[code] as number));
  return { actors, categories, subTypes: attributeCounts(index, 'subTypes', subTypeCounts), regions: attributeCounts(index, 'regions', regionCounts) };
}

/** Slug → count for every value of the facet (zero included: a chosen value stays listed). */
function attributeCounts(index: EventIndex, facet: AttributeFacet, counts: Uint32Array): Map<string, number> {
  const out = new Map<string, number>();
  index.attributes[facet].slugs.forEach((slug, code) => out.set(slug, counts[code] as number));
  return out;
}
