/**
 * The URL keys of the attribute facets: `subtypes` (ACLED sub_event_type) and `regions` (ACLED
 * admin1), each a comma-separated list of value slugs (`subtypes=air-drone-strike,shelling-artillery-missile-attack`).
 * Part of the filters' group of keys; the filters codec reads and writes them through here.
 */
import { ATTRIBUTE_SLUG, type AttributeFacet } from '../core/attribute-facets';
import type { EventIndex } from '../core/event-index';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import { quotedValues } from './search-params';

/** The URL key of each attribute facet. */
export const ATTRIBUTE_FILTER_KEYS: Readonly<Record<AttributeFacet, string>> = { subTypes: 'subtypes', regions: 'regions' };

/** Longer slugs are not values any file writes: dropping them keeps a pasted essay out of links. */
const MAX_SLUG_LENGTH = 120;

/**
 * Reads one facet's slugs; junk (not a slug, or too long) is dropped with a notice in `tr`'s language.
 * @example decodeAttributeList(new URLSearchParams('regions=donetsk,Kyiv!'), 'regions') // { slugs: ['donetsk'], notices: ['Ignored regions "Kyiv!": …'] }
 */
export function decodeAttributeList(params: URLSearchParams, facet: AttributeFacet, tr: Translator = ENGLISH): { slugs: string[]; notices: string[] } {
  const key = ATTRIBUTE_FILTER_KEYS[facet];
  const value = params.get(key);
  if (value === null || value === '') return { slugs: [], notices: [] };
  const items = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
  const valid = (item: string) => item.length <= MAX_SLUG_LENGTH && ATTRIBUTE_SLUG.test(item);
  const bad = items.filter((item) => !valid(item));
  const notices = bad.length === 0 ? [] : [tr.t('url.badAttribute', { key, values: quotedValues(bad.map((item) => item.slice(0, 40))) })];
  return { slugs: items.filter(valid), notices };
}

/** Writes one facet's slugs (nothing when none is chosen). */
export function encodeAttributeList(params: URLSearchParams, facet: AttributeFacet, slugs: readonly string[]): void {
  if (slugs.length) params.set(ATTRIBUTE_FILTER_KEYS[facet], slugs.join(','));
}

/** Drops slugs the dataset has no value for, with one notice per facet in `tr`'s language. */
export function knownAttributeSlugs(
  index: EventIndex,
  facet: AttributeFacet,
  slugs: readonly string[],
  tr: Translator = ENGLISH,
): { known: readonly string[]; notice: string | undefined } {
  const column = index.attributes[facet];
  const unknown = slugs.filter((slug) => !column.codeBySlug.has(slug));
  if (unknown.length === 0) return { known: slugs, notice: undefined };
  return {
    known: slugs.filter((slug) => column.codeBySlug.has(slug)),
    notice: tr.t('url.unknownAttribute', { facet, values: quotedValues(unknown) }),
  };
}
