/**
 * Density strips: when too many events are in view to draw one by one, each lane becomes a row
 * of pixel buckets holding how many events touch each bucket.
 */
import type { TimelineLayout } from './timeline-layout';
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
    const b0 = Math.max(0, Math.floor(x0 / bucketPx));
    // The right edge belongs to the next day: step back a hair so a day fills only its own buckets.
    const b1 = Math.min(buckets - 1, Math.floor((x1 - 1e-6) / bucketPx));
    for (let b = b0; b <= Math.max(b0, b1) && b < buckets; b++) {
      const value = (laneCounts[b] as number) + 1;
      laneCounts[b] = value;
      if (value > max) max = value;
    }
  }
  return { bucketPx, buckets, counts, max };
}

/** The calendar days (inclusive) a density bucket stands for. */
export function bucketDays(bucket: number, strips: DensityStrips, view: TimeWindow, width: number): { firstDay: number; lastDay: number } {
  const firstDay = Math.floor(xToDay(bucket * strips.bucketPx, view, width));
  const lastDay = Math.max(firstDay, Math.floor(xToDay((bucket + 1) * strips.bucketPx, view, width) - 1e-9));
  return { firstDay, lastDay };
}
