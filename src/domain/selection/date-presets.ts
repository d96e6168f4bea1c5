/**
 * Ready-made date ranges for the filter panel: the whole dataset, the last 30 days of data,
 * and each multi-day talk round with a week either side.
 */
import { addDays, formatDay, fromDayNumber } from '../core/calendar-date';
import type { EventIndex } from '../core/event-index';
import { ENGLISH, type Translator } from '../core/i18n/translator';

export interface DatePreset {
  id: string;
  label: string;
  from?: string;
  to?: string;
}

/** Presets for a dataset; talk rounds are talks events that last more than one day. */
export function datePresets(index: EventIndex, tr: Translator = ENGLISH): DatePreset[] {
  const presets: DatePreset[] = [{ id: 'all', label: tr.t('preset.all') }];
  if (index.events.length === 0) return presets;
  const last = fromDayNumber(index.maxDay);
  presets.push({ id: 'last-30', label: tr.t('preset.last30'), from: addDays(last, -29), to: last });
  // Large imported files can hold thousands of rounds; the latest 30 keep the menu usable.
  const rounds = index.events.filter((event) => event.category === 'talks' && event.endDate !== undefined).slice(-30);
  for (const event of rounds) {
    if (event.endDate === undefined) continue;
    presets.push({
      id: `round-${event.id}`,
      label: tr.t('preset.round', { title: event.title, date: formatDay(event.startDay, tr.locale) }),
      from: addDays(event.date, -7),
      to: addDays(event.endDate, 7),
    });
  }
  return presets;
}
