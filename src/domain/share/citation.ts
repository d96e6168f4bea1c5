/**
 * A citation for the current view, for journalists and analysts to paste into their notes:
 * what was shown (dates and filters), the permalink that restores it, the data's attribution
 * and the day it was accessed.
 */
import { formatDay, toDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import type { Filters } from '../selection/filters';
import { categoryPlural } from '../core/categories';
import { ATTRIBUTE_FACET_LABELS, ATTRIBUTE_FACET_NAMES, attributeLabel } from '../core/attribute-facets';

export const APP_TITLE = 'Talks & Strikes';

/** Plural names for the known categories, as a sentence would use them. */
/**
 * The filters in words, one part per kind of filter; empty when nothing narrows the view.
 * @example citationFilterParts({ ...EMPTY_FILTERS, categories: ['strike'], actors: ['russia'] }, index) // ['strikes', 'Russia']
 */
export function citationFilterParts(filters: Filters, index: EventIndex): string[] {
  const parts: string[] = [];
  if (filters.categories.length) {
    parts.push(filters.categories.map((category) => categoryPlural(category)).join(', '));
  }
  if (filters.actors.length) {
    const names = filters.actors.map((id) => index.actorById.get(id)?.name ?? id);
    parts.push(filters.match === 'all' && names.length > 1 ? `all of ${names.join(', ')}` : names.join(', '));
  }
  for (const facet of ATTRIBUTE_FACET_NAMES) {
    const labels = filters[facet].map((slug) => attributeLabel(index.attributes[facet], slug));
    if (labels.length) parts.push(`${ATTRIBUTE_FACET_LABELS[facet].one} ${labels.join(', ')}`);
  }
  if (filters.place !== undefined) parts.push(`in ${index.placeById.get(filters.place)?.name ?? filters.place}`);
  if (filters.q.trim()) parts.push(`matching “${filters.q.trim()}”`);
  return parts;
}

/** The days the view covers: the date filter where set, the data's own first/last day elsewhere. */
export function citationRange(filters: Filters, index: EventIndex): { fromDay: number; toDay: number } | undefined {
  if (index.events.length === 0 && filters.from === undefined && filters.to === undefined) return undefined;
  const fromDay = (filters.from === undefined ? null : toDayNumber(filters.from)) ?? index.minDay;
  const toDay = (filters.to === undefined ? null : toDayNumber(filters.to)) ?? index.maxDay;
  return { fromDay, toDay };
}

export interface CitationInput {
  datasetTitle: string;
  range: { fromDay: number; toDay: number } | undefined;
  filterParts: readonly string[];
  permalink: string;
  attribution: string;
  /** Access date, `YYYY-MM-DD`. */
  accessed: string;
}

/**
 * One line of citation text.
 * @example formatCitation({ datasetTitle: 'Events', range: { fromDay: 20406, toDay: 20510 }, filterParts: ['strikes'],
 *   permalink: 'https://x/?categories=strike', attribution: 'News reports', accessed: '2026-11-29' })
 * // 'Talks & Strikes: Events, events 14 Nov 2025 – 26 Feb 2026 (filtered: strikes). https://x/?categories=strike. Data: News reports. Accessed 2026-11-29.'
 */
export function formatCitation(input: CitationInput): string {
  const title = input.datasetTitle.trim();
  // The default dataset's title already starts with the app's name; do not say it twice.
  const head = title.startsWith(APP_TITLE) ? title : `${APP_TITLE}: ${title}`;
  const dates =
    input.range === undefined
      ? ''
      : input.range.fromDay === input.range.toDay
        ? `, events of ${formatDay(input.range.fromDay)}`
        : `, events ${formatDay(input.range.fromDay)} – ${formatDay(input.range.toDay)}`;
  const filtered = input.filterParts.length ? ` (filtered: ${input.filterParts.join('; ')})` : '';
  const attribution = input.attribution.trim().replace(/\.+$/, '');
  const data = attribution ? ` Data: ${attribution}.` : '';
  return `${head}${dates}${filtered}. ${input.permalink}.${data} Accessed ${input.accessed}.`;
}

/**
 * The reader's own calendar date of `now`, `YYYY-MM-DD`.
 * Everywhere else the app refuses local time, because an event's date must not move with the
 * reader's time zone; an access date is the opposite case: it records the day on the reader's
 * own calendar when they looked, so the local parts are the right ones here.
 */
export function localCalendarDate(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('Not a valid clock time');
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const date = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/** The citation of the view a reader is looking at. */
export function citeView(filters: Filters, index: EventIndex, permalink: string, now: Date): string {
  const { meta } = index.dataset;
  return formatCitation({
    datasetTitle: meta.title,
    range: citationRange(filters, index),
    filterParts: citationFilterParts(filters, index),
    permalink,
    attribution: meta.attribution,
    accessed: localCalendarDate(now),
  });
}
