/**
 * The words for one event on the timeline, shared by the mark's accessible name, the tooltip
 * and the live text read out while moving through marks with the keyboard.
 */
import { formatDateRange } from '../../domain/core/calendar-date';
import { casualtiesAtLeast, type EventRecord } from '../../domain/core/model';
import { categoryStyle } from '../../domain/core/categories';

export interface EventDescription {
  title: string;
  date: string;
  category: string;
  casualties: string;
}

/** Title, date, category and casualties of an event, as plain text. */
export function describeEvent(event: EventRecord): EventDescription {
  const count = casualtiesAtLeast(event);
  return {
    title: event.title,
    date: formatDateRange(event.startDay, event.endDay, event.datePrecision),
    category: categoryStyle(event.category).label,
    casualties: count > 0 ? `At least ${count.toLocaleString('en-US')} killed or injured` : 'No casualty figures',
  };
}

/** One line: "Title, 4 Feb 2026, Strike, at least 22 killed or injured". */
export function eventLabel(event: EventRecord): string {
  const d = describeEvent(event);
  const casualties = casualtiesAtLeast(event) > 0 ? `, ${d.casualties.charAt(0).toLowerCase()}${d.casualties.slice(1)}` : '';
  return `${d.title}, ${d.date}, ${d.category}${casualties}`;
}
