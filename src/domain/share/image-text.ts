/**
 * The words printed on a published image (charts or map): a title, the active filters in words,
 * the data's attribution, the app's name with the date, and the permalink, in the reader's
 * language (the translator it is given). Pure: the page gives the filters, the index, the link
 * and the date.
 */
import { formatDateRange, formatDay, toDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import type { Filters } from '../selection/filters';
import { bareAttribution, citationFilterParts, citationRange } from './citation';

export interface ImageText {
  title: string;
  /** "Showing strikes; Russia; 1 Feb 2026 – 17 Feb 2026" */
  filters: string;
  /** "Data: …" */
  sources: string;
  /** "Talks & Strikes · 29 Nov 2026" */
  credit: string;
  permalink: string;
  /** Under the permalink when the link cannot restore the data shown (an opened file). */
  permalinkNote?: string;
}

/**
 * The active filters in words; every event when nothing narrows the view.
 * @example filtersInWords({ ...EMPTY_FILTERS, categories: ['strike'], from: '2026-02-01' }, index) // "Showing strikes; 1 Feb 2026 – 26 Feb 2026"
 */
export function filtersInWords(filters: Filters, index: EventIndex, tr: Translator = ENGLISH): string {
  const parts = citationFilterParts(filters, index, tr);
  const range = citationRange(filters, index);
  const dates = range === undefined ? '' : formatDateRange(range.fromDay, range.toDay, 'day', tr.locale);
  const what = parts.length === 0 ? tr.t('image.showingAll') : tr.t('image.showing', { filters: parts.join('; ') });
  return dates ? `${what}; ${dates}` : what;
}

/**
 * All the words of an image, in `tr`'s language (English by default).
 * @example imageText('Charts', filters, index, 'http://x/?from=2026-02-01', '2026-11-29').credit // "Talks & Strikes · 29 Nov 2026"
 */
export function imageText(
  title: string,
  filters: Filters,
  index: EventIndex,
  permalink: string,
  today: string,
  permalinkNote?: string,
  tr: Translator = ENGLISH,
): ImageText {
  const attribution = bareAttribution(index.dataset.meta.attribution);
  const todayNumber = toDayNumber(today);
  const date = todayNumber === null ? today : formatDay(todayNumber, tr.locale);
  return {
    title,
    filters: filtersInWords(filters, index, tr),
    sources: attribution ? tr.t('share.data', { attribution }) : tr.t('share.noSource'),
    credit: `${tr.t('app.title')} · ${date}`,
    permalink,
    ...(permalinkNote === undefined ? {} : { permalinkNote }),
  };
}

/**
 * Breaks a long line with no spaces (a URL) into pieces of at most `maxChars`, at `/`, `&` or `?`
 * where possible, so it fits the image's width.
 * @example breakLongWord('https://example.org/?from=2026-02-01&to=2026-02-17', 30)
 */
export function breakLongWord(text: string, maxChars: number): string[] {
  const limit = Math.max(8, Math.floor(maxChars));
  const lines: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const slice = rest.slice(0, limit);
    const cut = Math.max(slice.lastIndexOf('&'), slice.lastIndexOf('/'), slice.lastIndexOf('?'));
    const at = cut > limit / 2 ? cut + 1 : limit;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  lines.push(rest);
  return lines;
}
