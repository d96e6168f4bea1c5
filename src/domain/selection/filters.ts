/**
 * What the reader has asked to see, and the one function that decides which events that is.
 * Every view is fed from `selectEvents`, so the views agree by construction.
 */
import { ATTRIBUTE_FACET_NAMES, type AttributeFacet } from '../core/attribute-facets';
import { toDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import { queryWords, textMatches } from './text-match';

export type ActorMatch = 'any' | 'all';

export interface Filters {
  /** Inclusive range of calendar dates; undefined = open end. */
  from?: string;
  to?: string;
  /** Actor ids; empty = no actor filter. */
  actors: readonly string[];
  match: ActorMatch;
  /** Categories to show; empty = all categories. */
  categories: readonly string[];
  /** ACLED sub-event types, as slugs of their values (`air-drone-strike`); empty = no sub-type filter. */
  subTypes: readonly string[];
  /** ACLED regions (admin1), as slugs of their values (`donetsk`); empty = no region filter. */
  regions: readonly string[];
  /** Free-text search, matched case-insensitively against every word. */
  q: string;
  /** Selected event id. */
  event?: string;
  /** Selected place id: narrows the list, timeline, charts and details to that place. */
  place?: string;
}

export const EMPTY_FILTERS: Filters = { actors: [], match: 'any', categories: [], subTypes: [], regions: [], q: '' };

export interface Selection {
  /** Positions (into index.events) of events that pass the filters, in date order, ignoring the place. */
  filtered: Uint32Array;
  /** `filtered` narrowed to the selected place (equal to `filtered` when no place is selected). */
  shown: Uint32Array;
}

/** The filters turned into look-up tables over the index, so that each test is an array read. */
export interface CompiledFilters {
  fromDay: number;
  toDay: number;
  /** categoryAllowed[code] === 1 when the category passes. */
  categoryAllowed: Uint8Array;
  /** Actor codes to match; empty = no actor filter. */
  actorCodes: readonly number[];
  match: ActorMatch;
  /** Per attribute facet, allowed[code] === 1 when the value passes; null when that facet does not filter. */
  attributeAllowed: Readonly<Record<AttributeFacet, Uint8Array | null>>;
  /** Text matches per event, or null when there is no text query. */
  text: Uint8Array | null;
  /** Place code, or -2 when no place is selected. */
  placeCode: number;
}

/** Compiles filters against an index (unknown ids simply match nothing). */
export function compileFilters(index: EventIndex, filters: Filters): CompiledFilters {
  const categoryAllowed = new Uint8Array(index.categories.length).fill(filters.categories.length === 0 ? 1 : 0);
  for (const category of filters.categories) {
    const code = index.categories.indexOf(category);
    if (code >= 0) categoryAllowed[code] = 1;
  }
  return {
    fromDay: filters.from === undefined ? Number.NEGATIVE_INFINITY : (toDayNumber(filters.from) ?? Number.NEGATIVE_INFINITY),
    toDay: filters.to === undefined ? Number.POSITIVE_INFINITY : (toDayNumber(filters.to) ?? Number.POSITIVE_INFINITY),
    categoryAllowed,
    actorCodes: filters.actors.map((id) => index.actorCodeById.get(id) ?? -1).filter((code) => code >= 0),
    match: filters.match,
    attributeAllowed: { subTypes: attributeAllowed(index, 'subTypes', filters.subTypes), regions: attributeAllowed(index, 'regions', filters.regions) },
    text: textMatches(index, queryWords(filters.q)),
    placeCode: filters.place === undefined ? -2 : (index.placeCodeById.get(filters.place) ?? -1),
  };
}

/** The allowed codes of one attribute facet, or null when no value is chosen (unknown slugs match nothing). */
function attributeAllowed(index: EventIndex, facet: AttributeFacet, slugs: readonly string[]): Uint8Array | null {
  if (slugs.length === 0) return null;
  const column = index.attributes[facet];
  const allowed = new Uint8Array(column.slugs.length);
  for (const slug of slugs) {
    const code = column.codeBySlug.get(slug);
    if (code !== undefined) allowed[code] = 1;
  }
  return allowed;
}

/** True when event i's value of the facet is one of the chosen ones, or the facet does not filter. */
export function passesAttribute(index: EventIndex, c: CompiledFilters, facet: AttributeFacet, i: number): boolean {
  const allowed = c.attributeAllowed[facet];
  if (allowed === null) return true;
  const code = index.attributes[facet].codes[i] as number;
  return code >= 0 && allowed[code] === 1;
}

/** True when event i passes every attribute facet. */
export function passesAttributes(index: EventIndex, c: CompiledFilters, i: number): boolean {
  for (const facet of ATTRIBUTE_FACET_NAMES) if (!passesAttribute(index, c, facet, i)) return false;
  return true;
}

/** True when event i overlaps the date range: `startDay <= to` and `endDay >= from`. */
export function passesDates(index: EventIndex, c: CompiledFilters, i: number): boolean {
  return (index.startDay[i] as number) <= c.toDay && (index.endDay[i] as number) >= c.fromDay;
}

/** True when event i has one (match any) or all (match all) of the chosen actors, or no actor is chosen. */
export function passesActors(index: EventIndex, c: CompiledFilters, i: number): boolean {
  if (c.actorCodes.length === 0) return true;
  const first = index.actorStart[i] as number;
  const after = index.actorStart[i + 1] as number;
  const has = (code: number) => {
    for (let k = first; k < after; k++) if (index.actorList[k] === code) return true;
    return false;
  };
  return c.match === 'all' ? c.actorCodes.every(has) : c.actorCodes.some(has);
}

/**
 * Positions of the events that pass the filters, in date order. An event is in the date range
 * when it overlaps it: `startDay <= to` and `endDay >= from`. Text search needs every word to match.
 */
export function selectEvents(index: EventIndex, filters: Filters): Selection {
  const count = index.events.length;
  const c = compileFilters(index, filters);
  const filtered = new Uint32Array(count);
  const shown = new Uint32Array(count);
  let filteredCount = 0;
  let shownCount = 0;
  for (let i = 0; i < count; i++) {
    if (!passesDates(index, c, i)) continue;
    if (c.categoryAllowed[index.categoryCode[i] as number] !== 1) continue;
    if (c.text !== null && c.text[i] === 0) continue;
    if (!passesActors(index, c, i)) continue;
    if (!passesAttributes(index, c, i)) continue;
    filtered[filteredCount++] = i;
    if (c.placeCode === -2 || index.placeCode[i] === c.placeCode) shown[shownCount++] = i;
  }
  return { filtered: filtered.slice(0, filteredCount), shown: shown.slice(0, shownCount) };
}

/** True when nothing narrows the view (no date, actor, category, sub-type, region, text or place filter). */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.from === undefined &&
    filters.to === undefined &&
    filters.actors.length === 0 &&
    filters.categories.length === 0 &&
    filters.subTypes.length === 0 &&
    filters.regions.length === 0 &&
    filters.q.trim() === '' &&
    filters.place === undefined
  );
}

/** The same filters without the date range: what a view that shows the dates itself (the timeline) filters by. */
export function withoutDates(filters: Filters): Filters {
  const rest: Filters = { ...filters };
  delete rest.from;
  delete rest.to;
  return rest;
}

/**
 * A string that is equal for filters that select the same events, ignoring the selected event
 * (and the dates or the place when asked): a cheap memo key for work that depends only on that.
 */
export function selectionKey(filters: Filters, ignore: { dates?: boolean; place?: boolean } = {}): string {
  return JSON.stringify([
    ignore.dates ? null : (filters.from ?? null),
    ignore.dates ? null : (filters.to ?? null),
    filters.actors,
    filters.match,
    filters.categories,
    filters.subTypes,
    filters.regions,
    filters.q,
    ignore.place ? null : (filters.place ?? null),
  ]);
}

/** The last selection per index, with the filters (place aside) and the place it was made for. */
type KeptSelection = WeakMap<EventIndex, { key: string; place: string | undefined; selection: Selection }>;

/**
 * The kept selection when `key` and the place are unchanged; the same `filtered` narrowed to the
 * new place when only the place changed (the place narrows `shown` only, so views keyed on
 * `filtered`, the map's layout among them, do not redraw); otherwise `compute()`, then kept.
 */
function keptOrNarrowed(kept: KeptSelection, index: EventIndex, key: string, place: string | undefined, compute: () => Selection): Selection {
  const last = kept.get(index);
  if (last && last.key === key && last.place === place) return last.selection;
  const selection = last && last.key === key ? { filtered: last.selection.filtered, shown: narrowToPlace(index, last.selection.filtered, place) } : compute();
  kept.set(index, { key, place, selection });
  return selection;
}

const lastSelection: KeptSelection = new WeakMap();

/**
 * selectEvents, but returns the very same Selection when only the selected event changed (it
 * does not affect which events are shown), and the very same `filtered` array when only the
 * place changed, so views keyed on them do not redraw.
 */
export function selectEventsReusing(index: EventIndex, filters: Filters): Selection {
  return keptOrNarrowed(lastSelection, index, selectionKey(filters, { place: true }), filters.place, () => datedSelection(index, filters));
}

const lastUndated: KeptSelection = new WeakMap();

/**
 * The events that pass every filter but the dates (what the timeline, the charts and the map's
 * layout draw: they show the dates as a window). Kept for the last filters per index, so the
 * dated selection, the timeline, the charts and the map share one scan of the events per filter
 * change; reused like selectEventsReusing when only the place changes.
 */
export function undatedSelection(index: EventIndex, filters: Filters): Selection {
  return keptOrNarrowed(lastUndated, index, selectionKey(filters, { dates: true, place: true }), filters.place, () => selectEvents(index, withoutDates(filters)));
}

/** selectEvents by way of the undated selection: a date change scans only the events that pass the other filters. */
function datedSelection(index: EventIndex, filters: Filters): Selection {
  const undated = undatedSelection(index, filters);
  if (filters.from === undefined && filters.to === undefined) return undated;
  const c = compileFilters(index, { ...EMPTY_FILTERS, from: filters.from, to: filters.to });
  const inDates = (positions: Uint32Array): Uint32Array => {
    const out = new Uint32Array(positions.length);
    let n = 0;
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k] as number;
      if (passesDates(index, c, position)) out[n++] = position;
    }
    return out.slice(0, n);
  };
  return { filtered: inDates(undated.filtered), shown: inDates(undated.shown) };
}

/** The positions at the place with id `place` (all of them when undefined). */
function narrowToPlace(index: EventIndex, positions: Uint32Array, place: string | undefined): Uint32Array {
  if (place === undefined) return positions;
  const code = index.placeCodeById.get(place) ?? -1;
  const out = new Uint32Array(positions.length);
  let n = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (index.placeCode[position] === code) out[n++] = position;
  }
  return out.slice(0, n);
}
