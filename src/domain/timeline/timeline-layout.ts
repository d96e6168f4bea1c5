/**
 * Where every shown event goes on the timeline: its lane (category), its row inside the lane
 * (so events on the same days stay apart) and its extent in days. Built from the index's typed
 * arrays once per selection; the view then only maps days to pixels.
 */
import type { EventIndex } from '../core/event-index';
import { KNOWN_CATEGORIES } from '../core/model';
import type { TimeWindow } from './timeline-scale';

/** Above this many marks in view, lanes are drawn as density strips instead of marks. */
export const DENSITY_THRESHOLD = 2000;
/** Rows beyond this many per lane share rows: a lane cannot grow forever on a crowded day. */
export const MAX_ROWS = 24;

export interface TimelineLayout {
  /** Category of each lane, top to bottom. */
  lanes: readonly string[];
  /** Rows used in each lane (at least 1). */
  laneRows: readonly number[];
  /** Number of laid-out events; every array below has this length, in date order. */
  count: number;
  /** Position of each event in index.events. */
  positions: Uint32Array;
  lane: Uint16Array;
  row: Uint16Array;
  /** First day (inclusive). */
  start: Int32Array;
  /** Day after the last day: a span covers [start, end). */
  end: Int32Array;
  /** 1 when drawn as a span (the event has an end date), 0 for a mark. */
  span: Uint8Array;
  /** Killed plus injured (lower bounds), the size channel of marks. */
  casualties: Float64Array;
}

/**
 * Lane order: known categories in legend order, then any others in the order the data brings
 * them; narrowed to `only` when a category filter is set.
 * @example orderLanes(['strike', 'talks', 'drill'], []) // ['talks', 'strike', 'drill']
 */
export function orderLanes(categories: readonly string[], only: readonly string[]): string[] {
  const known = KNOWN_CATEGORIES.filter((category) => categories.includes(category));
  const others = categories.filter((category) => !(KNOWN_CATEGORIES as readonly string[]).includes(category));
  const ordered = [...known, ...others];
  return only.length === 0 ? ordered : ordered.filter((category) => only.includes(category));
}

/**
 * Lays out the events at `shown` (index positions in date order). Rows are assigned first-fit:
 * an event takes the lowest row whose previous event ended before it starts, which stacks
 * same-day marks and overlapping spans.
 */
export function layoutTimeline(index: EventIndex, shown: Uint32Array, onlyCategories: readonly string[] = []): TimelineLayout {
  const lanes = orderLanes(index.categories, onlyCategories);
  const laneOfCode = Int32Array.from(index.categories, (category) => lanes.indexOf(category));
  const { killedMin, injuredMin } = index.figures;
  const n = shown.length;
  const positions = new Uint32Array(n);
  const lane = new Uint16Array(n);
  const row = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const span = new Uint8Array(n);
  const casualties = new Float64Array(n);
  // Per lane, MAX_ROWS slots: the exclusive end day of the last event placed in each row. Plain
  // typed arrays and columns, no event objects: this runs over every shown event on each filter
  // change (150,000 at most), and a crowded lane scans all its rows per event.
  const rowEnds = new Int32Array(lanes.length * MAX_ROWS);
  const rowsUsed = new Int32Array(lanes.length);
  const overflow = new Int32Array(lanes.length);

  let count = 0;
  for (let k = 0; k < n; k++) {
    const position = shown[k] as number;
    const laneIndex = laneOfCode[index.categoryCode[position] as number] ?? -1;
    if (laneIndex < 0 || position >= index.events.length) continue;
    const first = index.startDay[position] as number;
    const after = (index.endDay[position] as number) + 1;
    const base = laneIndex * MAX_ROWS;
    const used = rowsUsed[laneIndex] as number;
    let r = -1;
    for (let candidate = 0; candidate < used; candidate++) {
      if ((rowEnds[base + candidate] as number) <= first) {
        r = candidate;
        break;
      }
    }
    if (r < 0 && used < MAX_ROWS) {
      r = used;
      rowsUsed[laneIndex] = used + 1;
      rowEnds[base + r] = after;
    } else {
      if (r < 0) {
        // Crowded beyond MAX_ROWS: cycle through the rows so the pile stays spread out.
        r = (overflow[laneIndex] as number) % MAX_ROWS;
        overflow[laneIndex] = r + 1;
      }
      rowEnds[base + r] = Math.max(rowEnds[base + r] as number, after);
    }

    positions[count] = position;
    lane[count] = laneIndex;
    row[count] = r;
    start[count] = first;
    end[count] = after;
    span[count] = index.hasEndDate[position] as number;
    // Killed plus injured, lower bounds (casualtiesAtLeast, from the index's figure columns).
    casualties[count] = (killedMin[position] as number) + (injuredMin[position] as number);
    count++;
  }
  return {
    lanes,
    laneRows: Array.from(rowsUsed, (used) => Math.max(1, used)),
    count,
    positions: positions.slice(0, count),
    lane: lane.slice(0, count),
    row: row.slice(0, count),
    start: start.slice(0, count),
    end: end.slice(0, count),
    span: span.slice(0, count),
    casualties: casualties.slice(0, count),
  };
}

/** Layout slots (indexes into the layout arrays) of events that show at least partly in `view`. */
export function visibleSlots(layout: TimelineLayout, view: TimeWindow): Uint32Array {
  const out = new Uint32Array(layout.count);
  let n = 0;
  for (let k = 0; k < layout.count; k++) {
    if ((layout.end[k] as number) > view.start && (layout.start[k] as number) < view.end) out[n++] = k;
  }
  return out.slice(0, n);
}

/** True when this many marks would overlap into a blur and lanes should be density strips. */
export function shouldDrawDensity(visibleCount: number, threshold = DENSITY_THRESHOLD): boolean {
  return visibleCount > threshold;
}

/** Layout slot of the event at an index position, or -1 (positions are ascending: binary search). */
export function slotOfPosition(layout: TimelineLayout, position: number): number {
  let low = 0;
  let high = layout.count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = layout.positions[mid] as number;
    if (value === position) return mid;
    if (value < position) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Radius of a mark for a casualty count: area grows with the count (square-root scale) from
 * `minRadius` for none up to `maxRadius` for the largest count in the data.
 * @example markRadius(0, 100) === 3.5 && markRadius(100, 100) === 10
 */
export function markRadius(casualties: number, maxCasualties: number, minRadius = 3.5, maxRadius = 10): number {
  if (maxCasualties <= 0 || casualties <= 0) return minRadius;
  const share = Math.sqrt(Math.min(casualties, maxCasualties) / maxCasualties);
  return minRadius + (maxRadius - minRadius) * share;
}

/** Largest casualty count in the index (what the size scale tops out at; stable across filters). */
export function maxCasualties(index: EventIndex): number {
  const { killedMin, injuredMin } = index.figures;
  let max = 0;
  for (let i = 0; i < killedMin.length; i++) max = Math.max(max, (killedMin[i] as number) + (injuredMin[i] as number));
  return max;
}

export interface LaneBox {
  category: string;
  top: number;
  height: number;
  /** Where the rows begin: below the label band, if any. */
  bodyTop: number;
  rows: number;
  /** Vertical distance between row centres. */
  rowStep: number;
}

export interface LaneOptions {
  /** Preferred distance between row centres. */
  rowHeight: number;
  /** Limits of a lane's body (rows plus padding), without the label band. */
  minHeight: number;
  maxHeight: number;
  /** Space above the first and below the last row. */
  padding: number;
  /** Band above the rows for the lane's label (0 when labels sit in a side gutter). */
  labelBand: number;
}

/**
 * Stacks the lanes top to bottom. A lane's body is as tall as its rows need, between
 * `minHeight` and `maxHeight`; rows squeeze together beyond that.
 */
export function laneBoxes(layout: TimelineLayout, options: LaneOptions): LaneBox[] {
  let top = 0;
  return layout.lanes.map((category, i) => {
    const rows = layout.laneRows[i] ?? 1;
    const body = Math.min(options.maxHeight, Math.max(options.minHeight, rows * options.rowHeight + 2 * options.padding));
    const box = { category, top, height: body + options.labelBand, bodyTop: top + options.labelBand, rows, rowStep: (body - 2 * options.padding) / rows };
    top += box.height;
    return box;
  });
}

/** Y position (centre) of a row inside a lane box. */
export function rowY(box: LaneBox, row: number, padding: number): number {
  return box.bodyTop + padding + (row + 0.5) * box.rowStep;
}
