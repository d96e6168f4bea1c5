/**
 * The records the app works with after parsing: normalised figures, day numbers and
 * categories resolved. Views only ever see these types.
 */
import type { DatePrecision } from './calendar-date';
import type { ActorInput, DatasetMeta, PlaceInput, SourceInput } from './dataset-schema';
import type { Translations } from './localized';

export type Actor = ActorInput;
export type Place = PlaceInput;
export type Source = SourceInput;

/** A figure as a closed range; an exact figure has min === max. */
export interface Figure {
  min: number;
  max: number;
  note?: string;
}

export interface EventActor {
  id: string;
  role: string;
}

export interface EventRecord {
  id: string;
  /** Start date, `YYYY-MM-DD`. */
  date: string;
  /** End date for spans (talk rounds); absent for single-day events. */
  endDate?: string;
  startDay: number;
  /** Last day (inclusive) as a day number; equals startDay for single-day events. */
  endDay: number;
  datePrecision: DatePrecision;
  category: string;
  title: string;
  summary: string;
  /**
   * Translations of title and summary by language tag (contract 1.1), absent when there are
   * none. Keys are data: read them through pickLocalized (domain/core/localized.ts).
   */
  title_i18n?: Translations;
  summary_i18n?: Translations;
  /** The language of title and summary when it is not the dataset's (`meta.lang`, default "en"). */
  lang?: string;
  actors: EventActor[];
  /** Place id, or null when no place was disclosed. */
  place: string | null;
  geoNote?: string;
  figures: Record<string, Figure>;
  otherFigures?: string;
  /**
   * Further facts a source file gives per event, by name, as text: ACLED's `sub_event_type` and
   * `admin1`. Absent when there are none. Names come from data, so read them with Object.hasOwn
   * (never `attributes[name]` alone: "constructor" would find a function).
   */
  attributes?: Record<string, string>;
  sources: Source[];
  confidence: string;
}

export interface Dataset {
  meta: DatasetMeta;
  actors: Actor[];
  places: Place[];
  /** Sorted by start date, then end date, then id. */
  events: EventRecord[];
}

/** The five categories of the contract, in legend order. Imported files may add others. */
export const KNOWN_CATEGORIES = ['talks', 'strike', 'humanitarian', 'statement', 'treaty'] as const;
export type KnownCategory = (typeof KNOWN_CATEGORIES)[number];

export function isKnownCategory(category: string): category is KnownCategory {
  return (KNOWN_CATEGORIES as readonly string[]).includes(category);
}

/** Killed plus injured, counting each range by its lower bound (what sources agree on at least). */
export function casualtiesAtLeast(event: EventRecord): number {
  return (event.figures.killed?.min ?? 0) + (event.figures.injured?.min ?? 0);
}

/** "7", "26–29" — a figure written as sources give it. */
export function formatFigure(figure: Figure, locale = 'en'): string {
  const fmt = (n: number) => n.toLocaleString(locale);
  return figure.min === figure.max ? fmt(figure.min) : `${fmt(figure.min)}–${fmt(figure.max)}`;
}
