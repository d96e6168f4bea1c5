/**
 * Density strips: when too many events are in view to draw one by one, each lane becomes a row
 * of pixel buckets holding how many events touch each bucket.
 */
import type { LaneBox, TimelineLayout } from './timeline-layout';
import { dayToX, xToDay, type TimeWindow } from './timeline-scale';

export interface DensityStrips {
  bucketPx: number;
  buckets: number;
  /** counts[lane][bucket]: events touching that bucket. */
  counts: Uint32Array[];
  /** Largest count over every lane (one scale for all lanes, so lanes compare honestly). */
  max: number;
}

/**
 * Counts the events at `slots` per lane and per `bucketPx`-wide bucket of a plot `width` pixels
 * wide. A span counts in every bucket it covers; a one-day event in the buckets its day covers.
 * Counts are not shares: a wide bucket holding three days shows the events of all three.
 */
export function densityStrips(layout: TimelineLayout, slots: Uint32Array, view: TimeWindow, width: number, bucketPx = 3): DensityStrips {
  const buckets = Math.max(1, Math.ceil(width / bucketPx));
  const counts = layout.lanes.map(() => new Uint32Array(buckets));
  let max = 0;
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i] as number;
    const laneCounts = counts[layout.lane[k] as number];
    if (laneCounts === undefined) continue;
    const x0 = dayToX(layout.start[k] as number, view, width);
    const x1 = dayToX(layout.end[k] as number, view, width);
    // An event counts in the buckets whose middle it covers, so a bucket straddling two days is
    // not counted for both (which drew false spikes at day edges). An event narrower than a
    // bucket counts once, in the bucket holding its middle.
    let b0 = Math.ceil(x0 / bucketPx - 0.5);
    let b1 = Math.ceil(x1 / bucketPx - 0.5) - 1;
    if (b1 < b0) b0 = b1 = Math.floor((x0 + x1) / 2 / bucketPx);
    b0 = Math.max(0, b0);
    b1 = Math.min(buckets - 1, b1);
    for (let b = b0; b <= b1; b++) {
      const value = (laneCounts[b] as number) + 1;
      laneCounts[b] = value;
      if (value > max) max = value;
    }
  }
  return { bucketPx, buckets, counts, max };
}

/** The calendar days (inclusive) a density bucket counts, by the same rule as `densityStrips`. */
export function bucketDays(bucket: number, strips: DensityStrips, view: TimeWindow, width: number): { firstDay: number; lastDay: number } {
  const firstDay = Math.ceil(xToDay(bucket * strips.bucketPx, view, width) - 0.5);
  const lastDay = Math.ceil(xToDay((bucket + 1) * strips.bucketPx, view, width) - 0.5) - 1;
  if (lastDay >= firstDay) return { firstDay, lastDay };
  // Days wider than a bucket: the bucket belongs to the day under its middle.
  const day = Math.floor(xToDay((bucket + 0.5) * strips.bucketPx, view, width));
  return { firstDay: day, lastDay: day };
}

/**
 * The bars of every lane as one SVG path per lane (a rectangle per non-empty bucket, height
 * proportional to the square root of its count, at least 2 px), bottom-aligned in the lane's
 * body. Lanes without bars are left out.
 * @example densityBarPaths(strips, boxes, 4) // [{ lane: 0, d: 'M0 40h3v-12h-3z…' }]
 */
export function densityBarPaths(strips: DensityStrips, boxes: readonly LaneBox[], padding: number): { lane: number; d: string }[] {
  const out: { lane: number; d: string }[] = [];
  strips.counts.forEach((counts, lane) => {
    const box = boxes[lane];
    if (box === undefined) return;
    const bottom = box.top + box.height - padding;
    const room = bottom - box.bodyTop - padding;
    let d = '';
    for (let b = 0; b < counts.length; b++) {
      const count = counts[b] as number;
      if (count === 0) continue;
      const height = Math.round(Math.max(2, room * Math.sqrt(count / strips.max)) * 10) / 10;
      d += `M${b * strips.bucketPx} ${Math.round(bottom * 10) / 10}h${strips.bucketPx}v${-height}h${-strips.bucketPx}z`;
    }
    if (d !== '') out.push({ lane, d });
  });
  return out;
}
