import { describe, expect, it } from 'vitest';
import { circlesOverlap, markerBoxesOverlap, placeCircles, PLACEMENT_GAP, type Circle, type Placement } from '../../../src/domain/map/map-placement';

function placedCircles(input: readonly Circle[], placements: readonly Placement[]): Circle[] {
  return placements.flatMap((p, i) => (p.kind === 'placed' ? [{ x: p.x, y: p.y, r: (input[i] as Circle).r }] : []));
}

function overlaps(circles: readonly Circle[]): [number, number][] {
  const bad: [number, number][] = [];
  for (let i = 0; i < circles.length; i++)
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i] as Circle;
      const b = circles[j] as Circle;
      if (circlesOverlap(a, b) || markerBoxesOverlap(a, b)) bad.push([i, j]);
    }
  return bad;
}

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('placeCircles', () => {
  it('leaves markers that do not touch where they are', () => {
    const input = [
      { x: 0, y: 0, r: 12 },
      { x: 100, y: 0, r: 12 },
      { x: 0, y: 100, r: 12 },
    ];
    expect(placeCircles(input, true)).toEqual(input.map(({ x, y }) => ({ kind: 'placed', x, y })));
  });

  it('keeps the first marker in place and moves the next one just clear of it, away from it', () => {
    const [first, second] = placeCircles(
      [
        { x: 50, y: 50, r: 12 },
        { x: 55, y: 50, r: 12 },
      ],
      true,
    );
    expect(first).toEqual({ kind: 'placed', x: 50, y: 50 });
    if (second?.kind !== 'placed') throw new Error('expected the second marker to be placed');
    const distance = Math.hypot(second.x - 50, second.y - 50);
    expect(distance).toBeGreaterThanOrEqual(24 + PLACEMENT_GAP - 1e-6);
    expect(distance).toBeLessThan(24 + PLACEMENT_GAP + 12);
    expect(second.x).toBeGreaterThan(55);
  });

  it('merges a marker into the one in its way when there is no room nearby', () => {
    // A square grid of 24 px boxes 2 px apart: no free spot anywhere near the middle.
    const grid: Circle[] = [{ x: 0, y: 0, r: 12 }];
    for (let row = -6; row <= 6; row++)
      for (let col = -6; col <= 6; col++) {
        if (col !== 0 || row !== 0) grid.push({ x: col * 26, y: row * 26, r: 12 });
      }
    const input = [...grid, { x: 1, y: 0, r: 12 }, { x: 2, y: 1, r: 12 }];
    const placements = placeCircles(input, true);
    expect(placements.slice(0, grid.length).every((p) => p.kind === 'placed')).toBe(true);
    expect(placements.at(-2)).toEqual({ kind: 'merged', into: 0 });
    expect(placements.at(-1)).toEqual({ kind: 'merged', into: 0 });
    expect(overlaps(placedCircles(input, placements))).toEqual([]);
  });

  it('moves a marker next to a small group rather than merging it', () => {
    const placements = placeCircles(
      [
        { x: 0, y: 0, r: 12 },
        { x: 3, y: 0, r: 12 },
        { x: 0, y: 3, r: 12 },
      ],
      true,
    );
    expect(placements.map((p) => p.kind)).toEqual(['placed', 'placed', 'placed']);
  });

  it('places every marker, however far it must move, when merging is not allowed', () => {
    const input = Array.from({ length: 60 }, () => ({ x: 0, y: 0, r: 12 }));
    const placements = placeCircles(input, false);
    expect(placements.every((p) => p.kind === 'placed')).toBe(true);
    expect(overlaps(placedCircles(input, placements))).toEqual([]);
  });

  it('never leaves two placed markers overlapping, for dense random scatters of mixed sizes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const input = Array.from({ length: 400 }, () => ({ x: next() * 300, y: next() * 300, r: 12 + next() * 8 }));
      for (const allowMerge of [true, false]) {
        const placements = placeCircles(input, allowMerge);
        expect(overlaps(placedCircles(input, placements)), `seed ${seed}`).toEqual([]);
        for (const p of placements) if (p.kind === 'merged') expect(placements[p.into]?.kind).toBe('placed');
      }
    }
  });

  it('keeps the square boxes of diagonal neighbours apart (a pointer hits the box, not the circle)', () => {
    const placements = placeCircles(
      [
        { x: 0, y: 0, r: 12 },
        { x: 18, y: 18, r: 12 },
      ],
      true,
    );
    const second = placements[1];
    if (second?.kind !== 'placed') throw new Error('expected the second marker to be placed');
    expect(Math.max(Math.abs(second.x), Math.abs(second.y))).toBeGreaterThanOrEqual(24 + PLACEMENT_GAP - 1e-6);
  });

  it('is deterministic', () => {
    const next = random(9);
    const input = Array.from({ length: 50 }, () => ({ x: next() * 60, y: next() * 60, r: 12 }));
    expect(placeCircles(input, true)).toEqual(placeCircles(input, true));
  });
});
