/**
 * The words under each chart: what it shows, in numbers, for readers who cannot see it.
 * Casualties are stated by their lower bounds, with the upper bounds where sources differ.
 */
import { assertNever, formatDay } from '../core/calendar-date';
import type { BinUnit } from './chart-series';
import type { WindowPart } from './round-windows';

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;

/** "7" or "7–9": a total kept as the range its sources give. */
export function formatRange(min: number, max: number): string {
  return min === max ? fmt(min) : `${fmt(min)}–${fmt(max)}`;
}

/** A per-day rate written for reading aloud: "0.5", "12", "0.04", "under 0.01", "no days". */
export function formatRate(rate: number | null): string {
  if (rate === null) return 'no days';
  if (rate === 0) return '0';
  if (rate >= 10) return fmt(Math.round(rate));
  if (rate >= 0.1) return String(Number(rate.toFixed(1)));
  if (rate >= 0.01) return String(Number(rate.toFixed(2)));
  return 'under 0.01';
}

/** What one bar stands for: "day", "week (Monday to Sunday)", ... */
export function unitPhrase(unit: BinUnit): string {
  switch (unit) {
    case 'day':
      return 'day';
    case 'week':
      return 'week (Monday to Sunday)';
    case 'month':
      return 'month';
    case 'year':
      return 'year';
    default:
      return assertNever(unit);
  }
}

/**
 * The honesty line every chart carries: how many events it draws on and that they are a
 * curated set, not a complete record.
 * @example sourceNote(60) // "From 60 recorded events, a curated set, not a complete record; strikes not in the data are not counted."
 */
export function sourceNote(events: number): string {
  return `From ${plural(events, 'recorded event', 'recorded events')}, a curated set, not a complete record; strikes not in the data are not counted.`;
}

/** The panels of the small multiples, and of the summary around rounds. */
export type PanelKind = 'launches' | 'casualties' | 'strikes';

/** "from 1 Feb 2026 to 17 Feb 2026 (17 days)" or "on 4 Feb 2026". */
function spanWords(part: WindowPart): string {
  const days = part.days === 0 ? 'no days in the data' : plural(part.days, 'day', 'days');
  return part.from === part.to ? `on ${formatDay(part.from)}` : `from ${formatDay(part.from)} to ${formatDay(part.to)} (${days})`;
}

/**
 * Caption of one time panel for the chosen days (or all days): its figures, ranges kept, then
 * the talk days and the honesty line.
 * @example panelCaption('casualties', part, 4) // "7–9 killed and 15 injured from … . Talks on 4 days. From 12 recorded events, …"
 */
export function panelCaption(kind: PanelKind, part: WindowPart, talkDays: number): string {
  let figures: string;
  switch (kind) {
    case 'launches':
      figures =
        part.launchedMin === null
          ? `No drone or missile counts ${spanWords(part)}`
          : `${formatRange(part.launchedMin, part.launchedMax ?? part.launchedMin)} drones and missiles launched ${spanWords(part)}, in the strikes that give a count`;
      break;
    case 'casualties':
      figures = `${formatRange(part.killedMin, part.killedMax)} killed and ${formatRange(part.injuredMin, part.injuredMax)} injured ${spanWords(part)}`;
      break;
    case 'strikes':
      figures = `${plural(part.strikes, 'strike', 'strikes')} ${spanWords(part)}`;
      break;
    default:
      return assertNever(kind);
  }
  const talks = talkDays === 0 ? 'No talk days.' : `Talks on ${plural(talkDays, 'day', 'days')}.`;
  return `${figures}. ${talks} ${sourceNote(part.events)}`;
}

/**
 * Caption of the summary across rounds.
 * @example "Average per round, 7 days either side of the first day of 17 rounds, lowest reported figures. …"
 */
export function offsetCaption(rounds: number, windowDays: number, events: number): string {
  if (rounds === 0) return `No talk rounds in this selection. ${sourceNote(events)}`;
  return (
    `Average per round on each day from ${windowDays} days before to ${windowDays} days after the first day of ${plural(rounds, 'round', 'rounds')} ` +
    `(day 0, shaded); bars show the lowest reported figures, whiskers the highest. Rounds close together share days. ${sourceNote(events)}`
  );
}
