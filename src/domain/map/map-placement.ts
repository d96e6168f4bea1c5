/**
 * Keeps map markers from hiding each other. Markers are placed one at a time, most important
 * first: a marker whose spot is taken moves to the nearest free spot nearby (a leader line then
 * points back to its true position); when there is no free spot within reach, it joins the
 * marker in its way, which becomes a cluster. Greedy label placement: earlier markers keep
 * their place, and no two placed markers ever overlap.
 */

export interface Circle {
  x: number;
  y: number;
  /** Radius of the marker's hit area, in pixels. */
  r: number;
}

/** Where a marker ended up: drawn at (x, y), or merged into an earlier marker (index). */
export type Placement = { kind: 'placed'; x: number; y: number } | { kind: 'merged'; into: number };

/** Gap kept between two hit areas, in pixels. */
export const PLACEMENT_GAP = 2;
/** How far a marker may move, in its own diameters, before it joins a cluster instead. */
const MAX_SHIFT_DIAMETERS = 1.5;

/**
 * Places `circles` (in priority order) so that no two placed ones overlap. A marker's hit area is
 * the square box around its circle (what the browser hit-tests and what WCAG 2.5.8 measures), so
 * two markers are apart when their centres are at least r1 + r2 + PLACEMENT_GAP apart on the x
 * or the y axis (see `markerBoxesOverlap`); circles apart that way never overlap either. A circle that is free stays where it is. A circle
 * whose spot is taken by a cluster joins it without searching (the area is known to be full,
 * and this keeps dense data fast). With `allowMerge` false (the highest zoom, where clusters
 * cannot open further) every circle is placed, however far it has to move.
 * @example placeCircles([{ x: 0, y: 0, r: 12 }, { x: 0, y: 0, r: 12 }], true)[1] // placed about 29 px above the first
 */
export function placeCircles(circles: readonly Circle[], allowMerge: boolean): Placement[] {
  let maxR = 0;
  for (const c of circles) maxR = Math.max(maxR, c.r);
  const cell = Math.max(1, 2 * maxR + PLACEMENT_GAP);
  // Column -> row -> indexes of placed circles. Small integer keys keep look-ups cheap.
  const grid = new Map<number, Map<number, number[]>>();
  const placed: (Circle | undefined)[] = [];
  const isCluster: boolean[] = [];
  const out: Placement[] = [];

  /** Calls `visit` with each placed circle overlapping (x, y, r); stops when it returns true. */
  const eachOverlap = (x: number, y: number, r: number, visit: (index: number, distanceSquared: number) => boolean): void => {
    const reach = r + maxR + PLACEMENT_GAP;
    const gy0 = Math.floor((y - reach) / cell);
    const gy1 = Math.floor((y + reach) / cell);
    for (let gx = Math.floor((x - reach) / cell); gx <= Math.floor((x + reach) / cell); gx++) {
      const column = grid.get(gx);
      if (!column) continue;
      for (let gy = gy0; gy <= gy1; gy++) {
        const bucket = column.get(gy);
        if (!bucket) continue;
        for (const i of bucket) {
          const other = placed[i] as Circle;
          const min = r + other.r + PLACEMENT_GAP;
          // Apart on either axis is apart: the hit areas are the markers' square boxes.
          if (Math.max(Math.abs(x - other.x), Math.abs(y - other.y)) >= min - 1e-6) continue;
          const d2 = (x - other.x) ** 2 + (y - other.y) ** 2;
          if (visit(i, d2)) return;
        }
      }
    }
  };
  /** The overlapping placed circle nearest to (x, y), or -1. */
  const nearestBlocker = (x: number, y: number, r: number): number => {
    let best = -1;
    let bestD2 = Infinity;
    eachOverlap(x, y, r, (i, d2) => {
      if (d2 < bestD2) {
        best = i;
        bestD2 = d2;
      }
      return false;
    });
    return best;
  };
  const isFree = (x: number, y: number, r: number): boolean => {
    let free = true;
    eachOverlap(x, y, r, () => {
      free = false;
      return true;
    });
    return free;
  };

  circles.forEach((circle, i) => {
    const blocker = nearestBlocker(circle.x, circle.y, circle.r);
    let spot: { x: number; y: number } | undefined = blocker < 0 ? circle : undefined;
    if (!spot && !(allowMerge && isCluster[blocker])) {
      const from = placed[blocker] as Circle;
      const maxShift = allowMerge ? MAX_SHIFT_DIAMETERS * 2 * circle.r : Infinity;
      spot = nearestFreeSpot(circle, from, maxShift, (x, y) => isFree(x, y, circle.r));
    }
    if (!spot) {
      out.push({ kind: 'merged', into: blocker });
      isCluster[blocker] = true;
      placed.push(undefined);
      return;
    }
    out.push({ kind: 'placed', x: spot.x, y: spot.y });
    placed.push({ x: spot.x, y: spot.y, r: circle.r });
    const gx = Math.floor(spot.x / cell);
    const gy = Math.floor(spot.y / cell);
    let column = grid.get(gx);
    if (!column) grid.set(gx, (column = new Map()));
    const bucket = column.get(gy);
    if (bucket) bucket.push(i);
    else column.set(gy, [i]);
  });
  return out;
}

/**
 * Searches rings of growing radius around the true position, starting in the direction away
 * from the marker in the way, so displaced markers fan out from their neighbour.
 */
function nearestFreeSpot(circle: Circle, blocker: Circle, maxShift: number, isFree: (x: number, y: number) => boolean): { x: number; y: number } | undefined {
  const away = blocker.x === circle.x && blocker.y === circle.y ? -Math.PI / 2 : Math.atan2(circle.y - blocker.y, circle.x - blocker.x);
  const step = Math.max(2, circle.r * 0.5);
  // Space is unbounded, so some ring is always free; the cap only guards against NaN input.
  for (let ring = 1; ring * step <= maxShift && ring < 100_000; ring++) {
    const distance = ring * step;
    const slots = Math.max(8, Math.ceil((2 * Math.PI * distance) / step));
    for (let k = 0; k < slots; k++) {
      // 0, +1, -1, +2, -2 ...: the directions closest to "away" first.
      const offset = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
      const angle = away + (offset * 2 * Math.PI) / slots;
      const x = circle.x + Math.cos(angle) * distance;
      const y = circle.y + Math.sin(angle) * distance;
      if (isFree(x, y)) return { x, y };
    }
  }
  return undefined;
}

/** True when two circles overlap (closer than their radii plus the gap allows). */
export function circlesOverlap(a: Circle, b: Circle): boolean {
  const min = a.r + b.r + PLACEMENT_GAP;
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2 < min * min - 1e-6;
}

/** True when the square boxes of two markers overlap (closer than their radii plus the gap on both axes). */
export function markerBoxesOverlap(a: Circle, b: Circle): boolean {
  const min = a.r + b.r + PLACEMENT_GAP;
  return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < min - 1e-6;
}
