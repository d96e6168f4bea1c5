/**
 * Ready-made date ranges for the filter panel: the whole dataset, the last 30 days of data,
 * and each multi-day talk round with a week either side.
 */
import { addDays, formatDay, fromDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';

export interface DatePreset {
  id: string;
  label: string;
  from?: string;
  to?: string;
}

/** Presets for a dataset; talk rounds are talks events that last more than one day. */
export function datePresets(index: EventIndex): DatePreset[] {
  const presets: DatePreset[] = [{ id: 'all', label: 'All dates' }];
  if (index.events.length === 0) return presets;
  const last = fromDayNumber(index.maxDay);
  presets.push({ id: 'last-30', label: 'Last 30 days of data', from: addDays(last, -29), to: last });
  // Large imported files can hold thousands of rounds; the latest 30 keep the menu usable.
  const rounds = index.events.filter((event) => event.category === 'talks' && event.endDate !== undefined).slice(-30);
  for (const event of rounds) {
    if (event.endDate === undefined) continue;
    presets.push({
      id: `round-${event.id}`,
      label: `${event.title} (${formatDay(event.startDay)}, ±7 days)`,
      from: addDays(event.date, -7),
      to: addDays(event.endDate, 7),
    });
  }
  return presets;
}
