/**
 * The words under each chart: what it shows, in numbers, for readers who cannot see it.
 * Casualties are stated by their lower bounds, with the upper bounds where sources differ.
 */
import { assertNever, formatDay } from '../core/calendar-date';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import type { BinUnit } from './chart-series';
import type { WindowPart } from './round-windows';

/** "7" or "7–9": a total kept as the range its sources give. */
export function formatRange(min: number, max: number, tr: Translator = ENGLISH): string {
  return min === max ? tr.number(min) : `${tr.number(min)}–${tr.number(max)}`;
}

/** A per-day rate written for reading aloud: "0.5", "12", "0.04", "under 0.01", "no days". */
export function formatRate(rate: number | null, tr: Translator = ENGLISH): string {
  if (rate === null) return tr.t('captions.rateNone');
  if (rate === 0) return tr.number(0);
  if (rate >= 10) return tr.number(Math.round(rate));
  if (rate >= 0.1) return tr.number(Number(rate.toFixed(1)));
  if (rate >= 0.01) return tr.number(Number(rate.toFixed(2)));
  return tr.t('captions.rateUnder');
}

/** What one bar stands for: "day", "week (Monday to Sunday)", ... */
export function unitPhrase(unit: BinUnit, tr: Translator = ENGLISH): string {
  switch (unit) {
    case 'day':
      return tr.t('charts.unit.day');
    case 'week':
      return tr.t('charts.unit.week');
    case 'month':
      return tr.t('charts.unit.month');
    case 'year':
      return tr.t('charts.unit.year');
    default:
      return assertNever(unit);
  }
}

/**
 * The honesty line every chart carries: how many events it draws on and that they are a
 * curated set, not a complete record.
 * @example sourceNote(60) // "From 60 recorded events, a curated set, not a complete record; strikes not in the data are not counted."
 */
export function sourceNote(events: number, tr: Translator = ENGLISH): string {
  return tr.t('captions.sourceNote', { count: events });
}

/** The panels of the small multiples, and of the summary around rounds. */
export type PanelKind = 'launches' | 'casualties' | 'strikes';

/** "from 1 Feb 2026 to 17 Feb 2026 (17 days)" or "on 4 Feb 2026". */
function spanWords(part: WindowPart, tr: Translator): string {
  const days = part.days === 0 ? tr.t('captions.noDaysInData') : tr.t('captions.days', { count: part.days });
  if (part.from === part.to) return tr.t('captions.onDay', { date: formatDay(part.from, tr.locale) });
  return tr.t('captions.span', { from: formatDay(part.from, tr.locale), to: formatDay(part.to, tr.locale), days });
}

/**
 * Caption of one time panel for the chosen days (or all days): its figures, ranges kept, then
 * the talk days and the honesty line.
 * @example panelCaption('casualties', part, 4) // "7–9 killed and 15 injured from … . Talks on 4 days. From 12 recorded events, …"
 */
export function panelCaption(kind: PanelKind, part: WindowPart, talkDays: number, tr: Translator = ENGLISH): string {
  const span = spanWords(part, tr);
  let figures: string;
  switch (kind) {
    case 'launches':
      figures =
        part.launchedMin === null
          ? tr.t('captions.noLaunches', { span })
          : tr.t('captions.launches', { range: formatRange(part.launchedMin, part.launchedMax ?? part.launchedMin, tr), span });
      break;
    case 'casualties':
      figures = tr.t('captions.casualties', { killed: formatRange(part.killedMin, part.killedMax, tr), injured: formatRange(part.injuredMin, part.injuredMax, tr), span });
      break;
    case 'strikes':
      figures = tr.t('captions.strikes', { count: part.strikes, span });
      break;
    default:
      return assertNever(kind);
  }
  const talks = talkDays === 0 ? tr.t('captions.noTalkDays') : tr.t('captions.talkDays', { count: talkDays });
  return `${figures}. ${talks} ${sourceNote(part.events, tr)}`;
}

/**
 * Caption of the summary across rounds.
 * @example "Average per round, 7 days either side of the first day of 17 rounds, lowest reported figures. …"
 */
export function offsetCaption(rounds: number, windowDays: number, events: number, tr: Translator = ENGLISH): string {
  if (rounds === 0) return `${tr.t('captions.noRounds')} ${sourceNote(events, tr)}`;
  return `${tr.t('captions.offset', { days: windowDays, rounds })} ${sourceNote(events, tr)}`;
}
