import { formatDateRange } from '../domain/core/calendar-date';
import type { EventRecord } from '../domain/core/model';

/** "4 Feb 2026", "23 Jan 2026 – 24 Jan 2026", "about 30 Jan 2026 – about 1 Feb 2026". */
export function eventDateLabel(event: EventRecord, locale = 'en'): string {
  return formatDateRange(event.startDay, event.endDay, event.datePrecision, locale);
}
