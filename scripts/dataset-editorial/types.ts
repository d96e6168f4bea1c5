/**
 * The hand-written part of each default-dataset event: what the fact sheet's CSV does not give
 * in the contract's shape (our own title and summary, actor ids with roles, the place id, figures
 * parsed by hand from the sheet's wording).
 */
import type { FigureInput, SourceInput } from '../../src/domain/core/dataset-schema';

export interface EditorialEvent {
  title: string;
  summary: string;
  /** [actor id, role] pairs. */
  actors: ReadonlyArray<readonly [string, string]>;
  /** Place id, or null where the sheet gives no coordinates. */
  place: string | null;
  geoNote?: string;
  figures: Record<string, FigureInput>;
  /** Counts the sheet gives only in words ("significant number"), appended to its other figures. */
  otherFiguresExtra?: string;
  /** True when the 4 February 2026 source article states this event's facts. */
  inArticle?: true;
  /**
   * A documented departure from the sheet's date: the sheet's row keeps its date (and the id made
   * from it), the event gets this one. `why` says which part of the sheet gives the corrected date.
   */
  dateFix?: { date: string; endDate?: string; why: string };
}

/**
 * An event the fact sheet has no row for: a claim of the source article that the sheet verifies
 * only in its notes (the cross-check of the article). Everything the CSV would give is written here.
 */
export interface AddedEvent extends EditorialEvent {
  date: string;
  endDate?: string;
  datePrecision: 'day' | 'approximate';
  category: string;
  /** URLs only from the sheet (build-dataset checks that each one is in some row). */
  sources: SourceInput[];
  confidence: string;
}

/** A single figure, optionally qualified: v(430, 'about; nationwide'). */
export function v(value: number, note?: string): FigureInput {
  return note === undefined ? value : { value, note };
}

/** A range as the sheet gives it: r(33, 34, 'incl. 6 children'). */
export function r(min: number, max: number, note?: string): FigureInput {
  return note === undefined ? { min, max } : { min, max, note };
}
