/**
 * A citation for the current view, for journalists and analysts to paste into their notes:
 * what was shown (dates and filters), the permalink that restores it, the data's attribution
 * and the day it was accessed, in the reader's language (the translator it is given).
 */
import { formatDay, toDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import type { Filters } from '../selection/filters';
import { categoryPlural } from '../core/categories';
import { ATTRIBUTE_FACET_NAMES, attributeLabel } from '../core/attribute-facets';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import { pickLocalized, type Translations } from '../core/localized';

/** The app's name as the data files write it (the catalogs translate it: `app.title`). */
export const APP_TITLE = 'Talks & Strikes';

/** A name from the data (actor, place, the dataset's title) in the reader's language where the file translates it. */
function localName(item: { name: string; name_i18n?: Translations | undefined } | undefined, fallback: string, index: EventIndex, tr: Translator): string {
  return item === undefined ? fallback : pickLocalized(item.name, item.name_i18n, tr.locale, index.dataset.meta.lang).text;
}

/** The dataset's title in the reader's language where the file translates it. */
export function localizedDatasetTitle(index: EventIndex, tr: Translator = ENGLISH): string {
  const { meta } = index.dataset;
  return pickLocalized(meta.title, meta.title_i18n, tr.locale, meta.lang).text;
}

/**
 * The filters in words, one part per kind of filter; empty when nothing narrows the view.
 * @example citationFilterParts({ ...EMPTY_FILTERS, categories: ['strike'], actors: ['russia'] }, index) // ['strikes', 'Russia']
 */
export function citationFilterParts(filters: Filters, index: EventIndex, tr: Translator = ENGLISH): string[] {
  const { t } = tr;
  const parts: string[] = [];
  if (filters.categories.length) {
    parts.push(filters.categories.map((category) => categoryPlural(category, tr)).join(', '));
  }
  if (filters.actors.length) {
    const names = filters.actors.map((id) => localName(index.actorById.get(id), id, index, tr)).join(', ');
    parts.push(filters.match === 'all' && filters.actors.length > 1 ? t('citation.allOf', { names }) : names);
  }
  for (const facet of ATTRIBUTE_FACET_NAMES) {
    const labels = filters[facet].map((slug) => attributeLabel(index.attributes[facet], slug));
    if (labels.length) parts.push(t('citation.attribute', { facet, values: labels.join(', ') }));
  }
  if (filters.place !== undefined) parts.push(t('citation.place', { name: localName(index.placeById.get(filters.place), filters.place, index, tr) }));
  if (filters.q.trim()) parts.push(t('citation.matching', { text: filters.q.trim() }));
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
 * The access date as the citation writes it: English keeps the `YYYY-MM-DD` its citations have
 * always carried; Ukrainian and Russian write the day the way their other dates are written
 * ("29 лист. 2026 р."), since a bare ISO date reads as foreign there.
 */
function accessDate(accessed: string, tr: Translator): string {
  const day = toDayNumber(accessed);
  return tr.locale === 'en' || day === null ? accessed : formatDay(day, tr.locale);
}

/** `text` closed with a full stop, unless it already ends with one (a date such as "29 лист. 2026 р."). */
function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** The attribution with its closing full stops dropped, so a sentence can end it once. */
export function bareAttribution(attribution: string): string {
  return attribution.trim().replace(/\.+$/, '');
}

/**
 * One line of citation text, in `tr`'s language (English by default).
 * @example formatCitation({ datasetTitle: 'Events', range: { fromDay: 20406, toDay: 20510 }, filterParts: ['strikes'],
 *   permalink: 'https://x/?categories=strike', attribution: 'News reports', accessed: '2026-11-29' })
 * // 'Talks & Strikes: Events, events 14 Nov 2025 – 26 Feb 2026 (filtered: strikes). https://x/?categories=strike. Data: News reports. Accessed 2026-11-29.'
 */
export function formatCitation(input: CitationInput, tr: Translator = ENGLISH): string {
  const { t, locale } = tr;
  const title = input.datasetTitle.trim();
  const appTitle = t('app.title');
  // The default dataset's title already starts with the app's name (the data keeps the English
  // brand in every language); do not say it twice.
  const head = title.startsWith(APP_TITLE) || title.startsWith(appTitle) ? title : `${appTitle}: ${title}`;
  const dates =
    input.range === undefined
      ? ''
      : input.range.fromDay === input.range.toDay
        ? `, ${t('citation.eventsOn', { date: formatDay(input.range.fromDay, locale) })}`
        : `, ${t('citation.eventsFromTo', { from: formatDay(input.range.fromDay, locale), to: formatDay(input.range.toDay, locale) })}`;
  const filtered = input.filterParts.length ? ` (${t('citation.filtered', { filters: input.filterParts.join('; ') })})` : '';
  const attribution = bareAttribution(input.attribution);
  const data = attribution ? ` ${t('share.data', { attribution })}` : '';
  return `${endSentence(`${head}${dates}${filtered}`)} ${input.permalink}.${data} ${endSentence(t('citation.accessed', { date: accessDate(input.accessed, tr) }))}`;
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

/** The citation of the view a reader is looking at, in `tr`'s language. */
export function citeView(filters: Filters, index: EventIndex, permalink: string, now: Date, tr: Translator = ENGLISH): string {
  return formatCitation(
    {
      datasetTitle: localizedDatasetTitle(index, tr),
      range: citationRange(filters, index),
      filterParts: citationFilterParts(filters, index, tr),
      permalink,
      attribution: index.dataset.meta.attribution,
      accessed: localCalendarDate(now),
    },
    tr,
  );
}
