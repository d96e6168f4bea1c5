import { describe, expect, it } from 'vitest';
import {
  brushDays,
  centerWindowOn,
  dayToX,
  MIN_SPAN_DAYS,
  panWindow,
  timelineDomain,
  visibleDays,
  xToDay,
  zoomWindow,
} from '../../../src/domain/timeline/timeline-scale';

describe('timelineDomain', () => {
  it('uses the date filter as the full range, with its last day included', () => {
    expect(timelineDomain({ fromDay: 100, toDay: 130, firstDay: 90, lastDay: 140 })).toEqual({ start: 100, end: 131 });
  });

  it('pads the events range when no date filter is set', () => {
    const domain = timelineDomain({ firstDay: 100, lastDay: 199 });
    expect(domain.start).toBeLessThan(100);
    expect(domain.end).toBeGreaterThan(200);
    // A little padding, not a lot: 3% each side.
    expect(domain.end - domain.start).toBeLessThanOrEqual(100 + 2 * 3 + 1);
  });

  it('keeps a one-sided filter and pads the open end', () => {
    const domain = timelineDomain({ fromDay: 120, firstDay: 100, lastDay: 199 });
    expect(domain.start).toBe(120);
    expect(domain.end).toBeGreaterThan(200);
  });

  it('widens a single day to the narrowest zoom', () => {
    const domain = timelineDomain({ firstDay: 50, lastDay: 50 });
    expect(domain.end - domain.start).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
    expect(domain.start).toBeLessThanOrEqual(50);
    expect(domain.end).toBeGreaterThanOrEqual(51);
  });
});

describe('dayToX and xToDay', () => {
  const view = { start: 100, end: 110 };
  it('maps the window onto the plot width and back', () => {
    expect(dayToX(100, view, 500)).toBe(0);
    expect(dayToX(110, view, 500)).toBe(500);
    expect(dayToX(105.5, view, 500)).toBe(275);
    expect(xToDay(275, view, 500)).toBe(105.5);
  });
});

describe('zoomWindow', () => {
  const bounds = { start: 0, end: 100 };
  it('keeps the day under the pointer in place', () => {
    const view = { start: 20, end: 60 };
    const anchor = 30;
    const zoomed = zoomWindow(view, 0.5, anchor, bounds);
    expect(zoomed.end - zoomed.start).toBe(20);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo((anchor - view.start) / (view.end - view.start));
  });

  it('stops at the narrowest span and at the full range', () => {
    expect(zoomWindow({ start: 10, end: 14 }, 0.1, 12, bounds)).toEqual({ start: 10.5, end: 13.5 });
    expect(zoomWindow({ start: 10, end: 50 }, 10, 12, bounds)).toEqual(bounds);
  });

  it('never leaves the bounds when zooming out near an edge', () => {
    const zoomed = zoomWindow({ start: 90, end: 100 }, 2, 99, bounds);
    expect(zoomed).toEqual({ start: 80, end: 100 });
  });
});

describe('panWindow and centerWindowOn', () => {
  const bounds = { start: 0, end: 100 };
  it('moves by whole days and stops at the ends', () => {
    expect(panWindow({ start: 10, end: 20 }, 5, bounds)).toEqual({ start: 15, end: 25 });
    expect(panWindow({ start: 10, end: 20 }, -50, bounds)).toEqual({ start: 0, end: 10 });
    expect(panWindow({ start: 80, end: 90 }, 50, bounds)).toEqual({ start: 90, end: 100 });
  });

  it('centres a window on a day, inside the bounds', () => {
    expect(centerWindowOn({ start: 0, end: 10 }, 50.5, bounds)).toEqual({ start: 45.5, end: 55.5 });
    expect(centerWindowOn({ start: 0, end: 10 }, 1, bounds)).toEqual({ start: 0, end: 10 });
  });
});

describe('visibleDays', () => {
  it('counts the days whose middle is in view', () => {
    expect(visibleDays({ start: 10, end: 20 })).toEqual({ firstDay: 10, lastDay: 19 });
    expect(visibleDays({ start: 10.6, end: 20.4 })).toEqual({ firstDay: 11, lastDay: 19 });
    expect(visibleDays({ start: 10.2, end: 20.7 })).toEqual({ firstDay: 10, lastDay: 20 });
  });
});

describe('brushDays', () => {
  const view = { start: 0, end: 10 };
  it('includes the day under each end of the drag, in either direction', () => {
    expect(brushDays(15, 45, view, 100)).toEqual({ firstDay: 1, lastDay: 4 });
    expect(brushDays(45, 15, view, 100)).toEqual({ firstDay: 1, lastDay: 4 });
  });

  it('does not include the next day when the drag ends exactly on its edge', () => {
    expect(brushDays(10, 40, view, 100)).toEqual({ firstDay: 1, lastDay: 3 });
  });

  it('clips a drag that runs past the plot', () => {
    expect(brushDays(-30, 200, view, 100)).toEqual({ firstDay: 0, lastDay: 9 });
  });
});
