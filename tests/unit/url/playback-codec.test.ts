import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { decodePlayback, encodePlayback } from '../../../src/domain/url/playback-codec';
import { withoutKeys } from '../../../src/domain/url/search-params';
import { decodeFilters, encodeFilters } from '../../../src/domain/url/filters-codec';

describe('playback URL keys', () => {
  it('round-trips the playhead, window and speed', () => {
    const state = { playhead: toDayNumber('2026-02-04') ?? 0, window: 'cumulative' as const, speed: 4 as const };
    const search = encodePlayback(state);
    expect(search).toBe('?play=2026-02-04&window=cumulative&speed=4');
    expect(decodePlayback(search)).toEqual({ state, notices: [] });
  });

  it('leaves out the defaults (7-day window, 1×) and an unset playhead', () => {
    expect(encodePlayback({ playhead: undefined, window: 7, speed: 1 })).toBe('');
    expect(decodePlayback('').state).toEqual({ playhead: undefined, window: 7, speed: 1 });
  });

  it('keeps the filter keys, and the filter codec keeps the playback keys', () => {
    const search = encodePlayback({ playhead: toDayNumber('2026-02-04') ?? 0, window: 30, speed: 1 }, '?from=2026-01-06&to=2026-02-04');
    expect(decodeFilters(search).filters).toMatchObject({ from: '2026-01-06', to: '2026-02-04' });
    const again = encodeFilters({ ...EMPTY_FILTERS, from: '2026-01-07', to: '2026-02-05' }, search);
    expect(new URLSearchParams(again).get('play')).toBe('2026-02-04');
    expect(new URLSearchParams(again).get('window')).toBe('30');
  });

  it('ignores junk with a notice instead of failing', () => {
    const { state, notices } = decodePlayback('?play=2026-02-31&window=5&speed=3');
    expect(state).toEqual({ playhead: undefined, window: 7, speed: 1 });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain('play="2026-02-31"');
    expect(notices[1]).toContain('window="5"');
    expect(notices[2]).toContain('speed="3"');
  });

  it('accepts the half speed written as 0.5', () => {
    expect(decodePlayback('?speed=0.5').state.speed).toBe(0.5);
  });

  it('withoutKeys drops only the named keys', () => {
    expect(withoutKeys('?play=2026-02-04&window=1&event=x', ['play', 'window', 'speed'])).toBe('?event=x');
    expect(withoutKeys('?play=2026-02-04', ['play'])).toBe('');
  });
});
