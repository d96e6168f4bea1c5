/**
 * Per-event figures as typed columns, built once with the event index, so that binning 150,000
 * events is one pass over numbers instead of a walk over figure objects.
 */
import type { EventRecord } from './model';

export interface FigureColumns {
  /** Killed, lower and upper bound (0 when no figure is given). */
  killedMin: Float64Array;
  killedMax: Float64Array;
  /** Injured, lower and upper bound (0 when no figure is given). */
  injuredMin: Float64Array;
  injuredMax: Float64Array;
  /** Drones plus missiles launched, lower bounds (0 when neither figure is given). */
  launchedMin: Float64Array;
  /** Drones plus missiles launched, upper bounds (0 when neither figure is given). */
  launchedMax: Float64Array;
  /** 1 when the event gives a drones or missiles figure, so "none recorded" differs from 0. */
  hasLaunched: Uint8Array;
  /** Category codes of strikes and talks in this index, or -1 when the index has none. */
  strikeCode: number;
  talksCode: number;
}

/** The figure columns of events in index order; `categories` are the index's category codes. */
export function buildFigureColumns(events: readonly EventRecord[], categories: readonly string[]): FigureColumns {
  const count = events.length;
  const columns: FigureColumns = {
    killedMin: new Float64Array(count),
    killedMax: new Float64Array(count),
    injuredMin: new Float64Array(count),
    injuredMax: new Float64Array(count),
    launchedMin: new Float64Array(count),
    launchedMax: new Float64Array(count),
    hasLaunched: new Uint8Array(count),
    strikeCode: categories.indexOf('strike'),
    talksCode: categories.indexOf('talks'),
  };
  events.forEach((event, i) => {
    const { killed, injured, drones, missiles } = event.figures;
    columns.killedMin[i] = killed?.min ?? 0;
    columns.killedMax[i] = killed?.max ?? 0;
    columns.injuredMin[i] = injured?.min ?? 0;
    columns.injuredMax[i] = injured?.max ?? 0;
    columns.launchedMin[i] = (drones?.min ?? 0) + (missiles?.min ?? 0);
    columns.launchedMax[i] = (drones?.max ?? 0) + (missiles?.max ?? 0);
    columns.hasLaunched[i] = drones !== undefined || missiles !== undefined ? 1 : 0;
  });
  return columns;
}
