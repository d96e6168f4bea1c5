import { describe, expect, it } from 'vitest';
import { markShape } from '../../../src/domain/timeline/mark-geometry';
import { MIN_FITTED_LANE, minFittedHeight, timelineGeometry } from '../../../src/domain/timeline/timeline-geometry';
import { layoutTimeline, rowY } from '../../../src/domain/timeline/timeline-layout';
import { allPositions, day, indexOf } from './timeline-fixtures';

const index = indexOf([
  { id: 'a', date: '2026-01-02', category: 'strike', killed: 500 },
  { id: 'b', date: '2026-01-02', category: 'strike' },
  { id: 't', date: '2026-01-02', category: 'talks' },
  { id: 'h', date: '2026-01-03', category: 'humanitarian' },
]);
const layout = layoutTimeline(index, allPositions(index));
const view = { start: day('2026-01-01'), end: day('2026-01-05') };

describe('timelineGeometry with a panel height', () => {
  it('keeps the natural lane heights when no height is given', () => {
    const natural = timelineGeometry(layout, 900);
    expect(natural.lanes.map((lane) => lane.height)).toEqual([40, 44, 40]);
    expect(natural.height).toBe(natural.lanesHeight + natural.axisHeight);
  });

  it('shrinks the lanes to fill a short panel exactly, with no lane under the floor', () => {
    const fitted = timelineGeometry(layout, 900, 110);
    expect(fitted.height).toBeLessThanOrEqual(110);
    expect(fitted.height).toBeGreaterThan(100);
    for (const lane of fitted.lanes) expect(lane.height).toBeGreaterThanOrEqual(MIN_FITTED_LANE);
    // Lanes stay stacked without gaps or overlaps.
    fitted.lanes.forEach((lane, i) => expect(lane.top).toBe(i === 0 ? 0 : (fitted.lanes[i - 1]?.top ?? 0) + (fitted.lanes[i - 1]?.height ?? 0)));
  });

  it('gives a small lane the floor and the room it leaves to the crowded lane', () => {
    const crowded = indexOf([
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `s${n}`, date: '2026-01-02', category: 'strike' as const })),
      { id: 't', date: '2026-01-02', category: 'talks' },
    ]);
    const crowdedLayout = layoutTimeline(crowded, allPositions(crowded));
    expect(timelineGeometry(crowdedLayout, 900).lanes.map((lane) => lane.height)).toEqual([40, 108]);
    const fitted = timelineGeometry(crowdedLayout, 900, 50 + 26);
    expect(fitted.lanes.map((lane) => lane.height)).toEqual([MIN_FITTED_LANE, 50 - MIN_FITTED_LANE]);
    expect(fitted.height).toBe(76);
  });

  it('stops at the floor when the panel is too short for every lane, so the drawing overflows rather than crushing marks', () => {
    const fitted = timelineGeometry(layout, 900, 40);
    expect(fitted.lanes.map((lane) => lane.height)).toEqual([MIN_FITTED_LANE, MIN_FITTED_LANE, MIN_FITTED_LANE]);
    expect(fitted.height).toBe(minFittedHeight(fitted));
    expect(minFittedHeight(timelineGeometry(layout, 900))).toBe(fitted.height);
  });

  it('grows the lanes in a tall panel, to at most twice their natural height', () => {
    const natural = timelineGeometry(layout, 900);
    const fitted = timelineGeometry(layout, 900, 2000);
    fitted.lanes.forEach((lane, i) => expect(lane.height).toBe(2 * (natural.lanes[i]?.height ?? 0)));
  });

  it('keeps every row and every mark inside its lane when fitted', () => {
    const fitted = timelineGeometry(layout, 900, 90);
    for (let k = 0; k < layout.count; k++) {
      const lane = fitted.lanes[layout.lane[k] as number];
      if (!lane) throw new Error('no lane');
      const y = rowY(lane, layout.row[k] as number, 4);
      expect(y).toBeGreaterThan(lane.top);
      expect(y).toBeLessThan(lane.top + lane.height);
      const shape = markShape(k, { layout, view, geometry: fitted, maxCasualties: 500 });
      if (shape.kind === 'mark') expect(shape.r).toBeLessThanOrEqual(lane.rowStep * 0.75 + 1e-9);
    }
  });

  it('keeps a large mark its full size in a lane at its natural height', () => {
    const natural = timelineGeometry(layout, 900);
    const k = Array.from(layout.positions).indexOf(index.byId.get('a') ?? -1);
    const shape = markShape(k, { layout, view, geometry: natural, maxCasualties: 500 });
    expect(shape.kind === 'mark' && shape.r).toBe(10);
  });

  it('makes room for figure strips under the lanes and puts the axis under them', () => {
    const natural = timelineGeometry(layout, 900, undefined, 3);
    expect(natural.figures).toHaveLength(3);
    expect(natural.figures[0]?.top).toBeGreaterThan(natural.lanesHeight);
    natural.figures.forEach((box, i) => i > 0 && expect(box.top).toBe((natural.figures[i - 1]?.top ?? 0) + (natural.figures[i - 1]?.height ?? 0)));
    const lastStrip = natural.figures[2];
    expect(natural.axisTop).toBe((lastStrip?.top ?? 0) + (lastStrip?.height ?? 0));
    expect(natural.height).toBe(natural.axisTop + natural.axisHeight);
    // Fitted into a panel, lanes and strips together fill it, the strips within their bounds.
    const fitted = timelineGeometry(layout, 900, 260, 3);
    expect(fitted.height).toBeLessThanOrEqual(260);
    expect(fitted.height).toBeGreaterThan(250);
    for (const box of fitted.figures) expect(box.height).toBeGreaterThanOrEqual(24);
    // Without strips the axis sits right under the lanes, as before.
    expect(timelineGeometry(layout, 900).axisTop).toBe(timelineGeometry(layout, 900).lanesHeight);
  });
});
