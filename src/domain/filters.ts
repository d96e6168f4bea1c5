/**
 * What the reader has asked to see, and the one function that decides which events that is.
 * Every view is fed from `selectEvents`, so the views agree by construction.
 */
import { toDayNumber } from './calendar-date';
import type { EventIndex } from './event-index';
import { searchTextOf } from './search-text';

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
  /** Free-text search, matched case-insensitively against every word. */
  q: string;
  /** Selected event id. */
  event?: string;
  /** Selected place id: narrows the list, timeline, charts and details to that place. */
  place?: string;
}

export const EMPTY_FILTERS: Filters = { actors: [], match: 'any', categories: [], q: '' };

export interface Selection {
  /** Positions (into index.events) of events that pass the filters, in date order, ignoring the place. */
  filtered: Uint32Array;
  /** `filtered` narrowed to the selected place (equal to `filtered` when no place is selected). */
  shown: Uint32Array;
}

/**
 * Positions of the events that pass the filters. An event is in the date range when it
 * overlaps it: `startDay <= to` and `endDay >= from`. Text search needs every word to match.
 */
export function selectEvents(index: EventIndex, filters: Filters): Selection {
  const count = index.events.length;
  const fromDay = filters.from === undefined ? Number.NEGATIVE_INFINITY : (toDayNumber(filters.from) ?? Number.NEGATIVE_INFINITY);
  const toDay = filters.to === undefined ? Number.POSITIVE_INFINITY : (toDayNumber(filters.to) ?? Number.POSITIVE_INFINITY);

  const categoryAllowed = new Uint8Array(index.categories.length).fill(filters.categories.length === 0 ? 1 : 0);
  for (const category of filters.categories) {
    const code = index.categories.indexOf(category);
    if (code >= 0) categoryAllowed[code] = 1;
  }

  const actorCodes = filters.actors
    .map((id) => index.dataset.actors.findIndex((actor) => actor.id === id))
    .filter((code) => code >= 0);
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const placeCode = filters.place === undefined ? -2 : index.dataset.places.findIndex((p) => p.id === filters.place);

  const searchText = words.length > 0 ? searchTextOf(index) : [];
  const filtered = new Uint32Array(count);
  const shown = new Uint32Array(count);
  let filteredCount = 0;
  let shownCount = 0;
  for (let i = 0; i < count; i++) {
    if ((index.startDay[i] as number) > toDay || (index.endDay[i] as number) < fromDay) continue;
    if (categoryAllowed[index.categoryCode[i] as number] !== 1) continue;
    if (actorCodes.length > 0 && !matchesActors(index.actorCodes[i] as Uint32Array, actorCodes, filters.match)) continue;
    if (words.length > 0 && !matchesWords(searchText[i] as string, words)) continue;
    filtered[filteredCount++] = i;
    if (placeCode === -2 || index.placeCode[i] === placeCode) shown[shownCount++] = i;
  }
  return { filtered: filtered.slice(0, filteredCount), shown: shown.slice(0, shownCount) };
}

function matchesActors(eventActors: Uint32Array, wanted: readonly number[], match: ActorMatch): boolean {
  if (match === 'all') return wanted.every((code) => eventActors.includes(code));
  return wanted.some((code) => eventActors.includes(code));
}

function matchesWords(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** True when nothing narrows the view (no date, actor, category, text or place filter). */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.from === undefined &&
    filters.to === undefined &&
    filters.actors.length === 0 &&
    filters.categories.length === 0 &&
    filters.q.trim() === '' &&
    filters.place === undefined
  );
}
