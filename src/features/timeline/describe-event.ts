/**
 * The words for one event on the timeline, shared by the mark's accessible name, the tooltip
 * and the live text read out while moving through marks with the keyboard.
 */
import { formatDateRange } from '../../domain/core/calendar-date';
import { pickLocalized } from '../../domain/core/localized';
import { casualtiesAtLeast, type EventRecord } from '../../domain/core/model';
import { categoryLabel } from '../../domain/core/categories';
import { ENGLISH, type Translator } from '../../domain/core/i18n/translator';

export interface EventDescription {
  title: string;
  date: string;
  category: string;
  casualties: string;
}

/** Title, date, category and casualties of an event, as plain text in the reader's language. */
export function describeEvent(event: EventRecord, tr: Translator = ENGLISH): EventDescription {
  const count = casualtiesAtLeast(event);
  return {
    title: pickLocalized(event.title, event.title_i18n, tr.locale, event.lang).text,
    date: formatDateRange(event.startDay, event.endDay, event.datePrecision, tr.locale),
    category: categoryLabel(event.category, tr),
    casualties: count > 0 ? tr.t('timeline.atLeastCasualties', { count: tr.number(count) }) : tr.t('timeline.noCasualties'),
  };
}

/** One line: "Title, 4 Feb 2026, Strike, at least 22 killed or injured". */
export function eventLabel(event: EventRecord, tr: Translator = ENGLISH): string {
  const d = describeEvent(event, tr);
  const count = casualtiesAtLeast(event);
  const words = { title: d.title, date: d.date, category: d.category };
  return count > 0 ? tr.t('timeline.eventLabelCasualties', { ...words, count: tr.number(count) }) : tr.t('timeline.eventLabel', words);
}
