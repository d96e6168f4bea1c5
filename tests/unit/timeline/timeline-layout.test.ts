import { describe, expect, it } from 'vitest';
import { densityBarPaths, densityStrips, bucketDays } from '../../../src/domain/timeline/timeline-density';
import {
  DENSITY_THRESHOLD,
  laneBoxes,
  layoutTimeline,
  markRadius,
  maxCasualties,
  MAX_ROWS,
  orderLanes,
  rowY,
  shouldDrawDensity,
  slotOfPosition,
  visibleSlots,
  type TimelineLayout,
} from '../../../src/domain/timeline/timeline-layout';
import { dayToX } from '../../../src/domain/timeline/timeline-scale';
import { allPositions, day, indexOf, type EventSpec } from './timeline-fixtures';

const slotOf = (layout: TimelineLayout, index: ReturnType<typeof indexOf>, id: string) => slotOfPosition(layout, index.byId.get(id) ?? -1);

describe('orderLanes', () => {
  it('puts known categories in legend order, then the others as the data brings them', () => {
    expect(orderLanes(['strike', 'drill', 'talks', 'census', 'treaty'], [])).toEqual(['talks', 'strike', 'treaty', 'drill', 'census']);
  });

  it('keeps only the filtered categories when a category filter is set', () => {
    expect(orderLanes(['strike', 'talks', 'statement'], ['statement', 'strike'])).toEqual(['strike', 'statement']);
  });
});

describe('layoutTimeline', () => {
  const specs: EventSpec[] = [
    { id: 'talks-a', date: '2026-01-23', endDate: '2026-01-24', category: 'talks' },
    { id: 'talks-b', date: '2026-01-24', endDate: '2026-01-26', category: 'talks' },
    { id: 'talks-c', date: '2026-01-25', category: 'talks' },
    { id: 'strike-1', date: '2026-01-24', category: 'strike', killed: 1, injured: 4 },
    { id: 'strike-2', date: '2026-01-24', category: 'strike', killed: 7 },
    { id: 'strike-3', date: '2026-01-24', category: 'strike' },
    { id: 'strike-4', date: '2026-01-25', category: 'strike' },
    { id: 'drill-1', date: '2026-01-24', category: 'drill' },
  ];
  const index = indexOf(specs);
  const layout = layoutTimeline(index, allPositions(index));
  const lane = (id: string) => layout.lanes[layout.lane[slotOf(layout, index, id)] ?? -1];
  const row = (id: string) => layout.row[slotOf(layout, index, id)];

  it('puts each event in its category lane', () => {
    expect(layout.lanes).toEqual(['talks', 'strike', 'drill']);
    expect(lane('talks-a')).toBe('talks');
    expect(lane('strike-2')).toBe('strike');
    expect(lane('drill-1')).toBe('drill');
  });

  it('stacks events of the same day and lane on separate rows', () => {
    expect([row('strike-1'), row('strike-2'), row('strike-3')].sort()).toEqual([0, 1, 2]);
    // The next day starts again at the top: a day's pile does not push later events down.
    expect(row('strike-4')).toBe(0);
    // Other lanes are not affected by the strikes' pile.
    expect(row('drill-1')).toBe(0);
    expect(layout.laneRows).toEqual([2, 3, 1]);
  });

  it('keeps overlapping talk rounds apart and reuses a row once a round has ended', () => {
    expect(row('talks-a')).toBe(0);
    expect(row('talks-b')).toBe(1); // starts on talks-a's last day: they overlap
    expect(row('talks-c')).toBe(0); // talks-a ended on the 24th
  });

  it('draws talk rounds as spans that include their last day', () => {
    const k = slotOf(layout, index, 'talks-b');
    expect(layout.span[k]).toBe(1);
    expect(layout.start[k]).toBe(day('2026-01-24'));
    expect(layout.end[k]).toBe(day('2026-01-27'));
    const view = { start: day('2026-01-20'), end: day('2026-01-30') };
    const width = dayToX(layout.end[k] ?? 0, view, 1000) - dayToX(layout.start[k] ?? 0, view, 1000);
    expect(width).toBe(300); // three days of 100 px: 24, 25 and 26 January
    expect(layout.span[slotOf(layout, index, 'strike-1')]).toBe(0);
  });

  it('records casualties (killed plus injured) as the size channel', () => {
    expect(layout.casualties[slotOf(layout, index, 'strike-1')]).toBe(5);
    expect(layout.casualties[slotOf(layout, index, 'strike-3')]).toBe(0);
    expect(maxCasualties(index)).toBe(7);
  });

  it('leaves out events whose lane is filtered away', () => {
    const only = layoutTimeline(index, allPositions(index), ['strike']);
    expect(only.lanes).toEqual(['strike']);
    expect(only.count).toBe(4);
  });

  it('shares rows once a crowded day exceeds the row limit', () => {
    const crowded = indexOf(Array.from({ length: MAX_ROWS + 6 }, (_, i) => ({ id: `s-${i}`, date: '2026-02-01', category: 'strike' })));
    const packed = layoutTimeline(crowded, allPositions(crowded));
    expect(packed.laneRows[0]).toBe(MAX_ROWS);
    expect(Math.max(...packed.row)).toBe(MAX_ROWS - 1);
  });
});

describe('markRadius', () => {
  it('has a minimum size for events without casualties', () => {
    expect(markRadius(0, 100)).toBe(3.5);
    expect(markRadius(0, 0)).toBe(3.5);
  });

  it('grows with the square root of casualties so that area tracks the count', () => {
    const grow = (count: number) => markRadius(count, 400) - markRadius(0, 400);
    expect(grow(100) / grow(25)).toBeCloseTo(2);
    expect(markRadius(400, 400)).toBe(10);
    expect(markRadius(10_000, 400)).toBe(10);
  });
});

describe('visibleSlots', () => {
  const index = indexOf([
    { id: 'long-round', date: '2026-01-01', endDate: '2026-01-20', category: 'talks' },
    { id: 'before', date: '2026-01-05', category: 'strike' },
    { id: 'inside', date: '2026-01-12', category: 'strike' },
    { id: 'after', date: '2026-01-25', category: 'strike' },
  ]);
  const layout = layoutTimeline(index, allPositions(index));

  it('keeps events in view, including a span that began before the view', () => {
    const slots = [...visibleSlots(layout, { start: day('2026-01-10'), end: day('2026-01-15') })];
    const ids = slots.map((k) => index.events[layout.positions[k] ?? 0]?.id);
    expect(ids).toEqual(['long-round', 'inside']);
  });

  it('counts a day as in view up to its end', () => {
    const slots = visibleSlots(layout, { start: day('2026-01-05') + 0.9, end: day('2026-01-06') });
    expect([...slots].map((k) => index.events[layout.positions[k] ?? 0]?.id)).toEqual(['long-round', 'before']);
  });
});

describe('density switch', () => {
  it('switches to density strips only above the threshold', () => {
    expect(shouldDrawDensity(DENSITY_THRESHOLD)).toBe(false);
    expect(shouldDrawDensity(DENSITY_THRESHOLD + 1)).toBe(true);
  });

  it('counts events per lane and pixel bucket, spans in every bucket they cover', () => {
    const index = indexOf([
      { id: 'a', date: '2026-01-02', category: 'strike' },
      { id: 'b', date: '2026-01-02', category: 'strike' },
      { id: 'c', date: '2026-01-09', category: 'strike' },
      { id: 'r', date: '2026-01-02', endDate: '2026-01-04', category: 'talks' },
    ]);
    const layout = layoutTimeline(index, allPositions(index));
    const view = { start: day('2026-01-01'), end: day('2026-01-11') };
    const strips = densityStrips(layout, visibleSlots(layout, view), view, 100, 10);
    expect(strips.buckets).toBe(10);
    expect([...(strips.counts[1] ?? [])]).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect([...(strips.counts[0] ?? [])]).toEqual([0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(strips.max).toBe(2);
    expect(bucketDays(1, strips, view, 100)).toEqual({ firstDay: day('2026-01-02'), lastDay: day('2026-01-02') });
  });

  it('draws the bars of each lane as one path, bottom-aligned, the fullest bucket filling the lane', () => {
    const strips = { bucketPx: 3, buckets: 4, counts: [Uint32Array.of(0, 4, 1, 0), new Uint32Array(4)], max: 4 };
    const boxes = [{ category: 'strike', top: 0, height: 48, bodyTop: 0, rows: 1, rowStep: 40 }, { category: 'talks', top: 48, height: 48, bodyTop: 48, rows: 1, rowStep: 40 }];
    // Lane 0: room 48 - 2 × 4 = 40 px; count 4 of 4 → 40 px, count 1 → sqrt(1/4) × 40 = 20 px. Lane 1 has no bars.
    expect(densityBarPaths(strips, boxes, 4)).toEqual([{ lane: 0, d: 'M3 44h3v-40h-3zM6 44h3v-20h-3z' }]);
  });

  it('does not count an event in a bucket that only touches its day', () => {
    const index = indexOf([
      { id: 'a', date: '2026-01-01', category: 'strike' },
      { id: 'b', date: '2026-01-02', category: 'strike' },
    ]);
    const layout = layoutTimeline(index, allPositions(index));
    const view = { start: day('2026-01-01'), end: day('2026-01-03') };
    // 10 px per day and 3 px buckets: bucket 3 (9–12 px) straddles the two days.
    const strips = densityStrips(layout, visibleSlots(layout, view), view, 20, 3);
    expect([...(strips.counts[0] ?? [])]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(bucketDays(3, strips, view, 20)).toEqual({ firstDay: day('2026-01-02'), lastDay: day('2026-01-02') });
  });

  it('counts several narrow days in one wide bucket', () => {
    const index = indexOf([
      { id: 'a', date: '2026-01-01', category: 'strike' },
      { id: 'b', date: '2026-01-02', category: 'strike' },
      { id: 'c', date: '2026-01-03', category: 'strike' },
    ]);
    const layout = layoutTimeline(index, allPositions(index));
    const view = { start: day('2026-01-01'), end: day('2026-01-07') };
    const strips = densityStrips(layout, visibleSlots(layout, view), view, 6, 3);
    expect([...(strips.counts[0] ?? [])]).toEqual([3, 0]);
    expect(bucketDays(0, strips, view, 6)).toEqual({ firstDay: day('2026-01-01'), lastDay: day('2026-01-03') });
  });

  it('lays out and bins 150,000 events quickly', () => {
    const categories = ['strike', 'strike', 'strike', 'talks', 'statement', 'humanitarian'];
    const first = day('2023-01-01');
    const specs: EventSpec[] = Array.from({ length: 150_000 }, (_, i) => {
      const start = first + ((i * 7919) % 1100);
      const category = categories[i % categories.length] ?? 'strike';
      return { id: `e-${i}`, date: isoOf(start), category, killed: i % 13 };
    });
    const index = indexOf(specs);
    // CPU time, not wall time: the machine is shared and waiting for a core is not our cost.
    const t0 = process.cpuUsage();
    const layout = layoutTimeline(index, allPositions(index));
    const view = { start: first, end: first + 1100 };
    const slots = visibleSlots(layout, view);
    const strips = densityStrips(layout, slots, view, 1200);
    const cpu = process.cpuUsage(t0);
    const elapsed = (cpu.user + cpu.system) / 1000;
    expect(layout.count).toBe(150_000);
    expect(shouldDrawDensity(slots.length)).toBe(true);
    const total = strips.counts.reduce((sum, lane) => sum + lane.reduce((a, b) => a + b, 0), 0);
    expect(total).toBeGreaterThanOrEqual(150_000);
    expect(elapsed).toBeLessThan(1500);
  });
});

describe('laneBoxes', () => {
  it('sizes each lane for its rows within limits and places rows inside it', () => {
    const index = indexOf([
      { id: 'a', date: '2026-01-02', category: 'strike' },
      { id: 'b', date: '2026-01-02', category: 'strike' },
      { id: 'c', date: '2026-01-02', category: 'strike' },
      { id: 't', date: '2026-01-02', category: 'talks' },
    ]);
    const layout = layoutTimeline(index, allPositions(index));
    const boxes = laneBoxes(layout, { rowHeight: 20, minHeight: 30, maxHeight: 50, padding: 4, labelBand: 10 });
    expect(boxes.map((b) => [b.category, b.top, b.height])).toEqual([
      ['talks', 0, 40],
      ['strike', 40, 60],
    ]);
    const strike = boxes[1];
    if (!strike) throw new Error('no strike lane');
    const ys = [0, 1, 2].map((r) => rowY(strike, r, 4));
    expect(ys[0]).toBeGreaterThan(strike.bodyTop);
    expect(ys[2]).toBeLessThan(strike.top + strike.height);
    expect((ys[1] ?? 0) - (ys[0] ?? 0)).toBeCloseTo(14);
  });
});

function isoOf(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}
