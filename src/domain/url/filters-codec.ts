/**
 * The filters' URL codec: `from`, `to`, `actors`, `match`, `categories`, `subtypes`, `regions`, `q`, `event`, `place`,
 * each declared once with its parse and serialise pair, so a shared link restores the exact view.
 * Junk values are dropped with a notice, never an error.
 */
import { isCalendarDate } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import { EMPTY_FILTERS, type Filters } from '../selection/filters';
import { KEBAB_ID } from '../core/dataset-schema';
import { ATTRIBUTE_FACET_NAMES } from '../core/attribute-facets';
import { decodeAttributeList, encodeAttributeList, knownAttributeSlugs } from './attribute-filters-codec';
import type { UrlCodec } from './codec';
import { formatParams, quotedValues, readParams } from './search-params';
import { ENGLISH, type Translator } from '../core/i18n/translator';

/** The keys this codec owns; any other key in the URL (e.g. `data`) is left untouched. */
export const FILTER_KEYS = ['from', 'to', 'actors', 'match', 'categories', 'subtypes', 'regions', 'q', 'event', 'place'] as const;

/**
 * The longest search text kept, read or written: a pasted essay must not make a link that
 * servers refuse (414/431), and 200 characters is far more than any search needs.
 */
export const MAX_SEARCH_LENGTH = 200;

export interface DecodedUrl {
  filters: Filters;
  /** Human-readable notes about values that were ignored. */
  notices: string[];
}

/**
 * Reads filters from a query string. Invalid values are ignored and reported.
 * @example decodeFilters('?from=2026-02-01&actors=russia').filters.actors // ['russia']
 */
export function decodeFilters(search: string): DecodedUrl {
  const { value, notices } = filtersCodec.decode(readParams(search));
  return { filters: value, notices };
}

function decodeFilterParams(params: URLSearchParams, tr: Translator = ENGLISH): { value: Filters; notices: string[] } {
  const { t } = tr;
  const notices: string[] = [];
  const filters: Filters = { ...EMPTY_FILTERS };

  const date = (key: 'from' | 'to') => {
    const value = params.get(key);
    if (value === null || value === '') return;
    if (isCalendarDate(value)) filters[key] = value;
    else notices.push(t('url.badDate', { key, value }));
  };
  date('from');
  date('to');
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    notices.push(t('url.backwardsRange', { from: filters.from, to: filters.to }));
    delete filters.from;
    delete filters.to;
  }

  const list = (key: 'actors' | 'categories') => {
    const value = params.get(key);
    if (value === null || value === '') return [];
    const items = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
    const bad = items.filter((item) => !KEBAB_ID.test(item));
    if (bad.length > 0) notices.push(t('url.badIds', { key, values: quotedValues(bad) }));
    return items.filter((item) => KEBAB_ID.test(item));
  };
  filters.actors = list('actors');
  filters.categories = list('categories');
  for (const facet of ATTRIBUTE_FACET_NAMES) {
    const decoded = decodeAttributeList(params, facet, tr);
    filters[facet] = decoded.slugs;
    notices.push(...decoded.notices);
  }

  const match = params.get('match');
  if (match === 'any' || match === 'all') filters.match = match;
  else if (match !== null && match !== '') notices.push(t('url.badMatch', { value: match }));

  filters.q = (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH);

  const event = params.get('event');
  if (event) filters.event = event;
  const place = params.get('place');
  if (place) filters.place = place;

  return { value: filters, notices };
}

/**
 * Drops ids that the dataset does not know (actors, categories, sub-types, regions, event, place) and reports them.
 * Returns the same object when nothing changed, so React state stays put.
 */
export function reconcileFilters(filters: Filters, index: EventIndex, tr: Translator = ENGLISH): DecodedUrl {
  const { t } = tr;
  const notices: string[] = [];
  const knownActors = filters.actors.filter((id) => index.actorById.has(id));
  const unknownActors = filters.actors.filter((id) => !index.actorById.has(id));
  if (unknownActors.length) notices.push(t('url.unknownActor', { values: quotedValues(unknownActors) }));
  const knownCategories = filters.categories.filter((c) => index.categories.includes(c));
  const unknownCategories = filters.categories.filter((c) => !index.categories.includes(c));
  if (unknownCategories.length) {
    notices.push(t('url.unknownCategory', { values: quotedValues(unknownCategories) }));
  }
  const subTypes = knownAttributeSlugs(index, 'subTypes', filters.subTypes, tr);
  const regions = knownAttributeSlugs(index, 'regions', filters.regions, tr);
  for (const notice of [subTypes.notice, regions.notice]) if (notice !== undefined) notices.push(notice);
  const eventKnown = filters.event === undefined || index.byId.has(filters.event);
  if (!eventKnown) notices.push(t('url.unknownEvent', { value: filters.event ?? '' }));
  const placeKnown = filters.place === undefined || index.placeById.has(filters.place);
  if (!placeKnown) notices.push(t('url.unknownPlace', { value: filters.place ?? '' }));
  if (notices.length === 0) return { filters, notices };

  const next: Filters = {
    ...filters,
    actors: knownActors,
    categories: knownCategories,
    subTypes: subTypes.known,
    regions: regions.known,
  };
  if (!eventKnown) delete next.event;
  if (!placeKnown) delete next.place;
  return { filters: next, notices };
}

/**
 * Writes filters into a query string, keeping every key this codec does not own.
 * Defaults are left out so links stay short. Returns "" or a string starting with "?".
 */
export function encodeFilters(filters: Filters, currentSearch = ''): string {
  const params = readParams(currentSearch);
  for (const key of FILTER_KEYS) params.delete(key);
  filtersCodec.encode(filters, params);
  return formatParams(params);
}

function encodeFilterParams(filters: Filters, params: URLSearchParams): void {
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.actors.length) params.set('actors', filters.actors.join(','));
  if (filters.actors.length && filters.match === 'all') params.set('match', 'all');
  if (filters.categories.length) params.set('categories', filters.categories.join(','));
  for (const facet of ATTRIBUTE_FACET_NAMES) encodeAttributeList(params, facet, filters[facet]);
  if (filters.q.trim()) params.set('q', filters.q.slice(0, MAX_SEARCH_LENGTH));
  if (filters.event) params.set('event', filters.event);
  if (filters.place) params.set('place', filters.place);
}

/** The filters' group of keys. */
export const filtersCodec: UrlCodec<Filters> = { keys: FILTER_KEYS, decode: decodeFilterParams, encode: encodeFilterParams };
