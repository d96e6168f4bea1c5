import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { formatParams, readParams, withoutKeys } from '../../../src/domain/url/search-params';
import { applyUrlPatch, decodeUrlState, OWNED_KEYS } from '../../../src/domain/url/url-state';

describe('search params', () => {
  it('keeps commas in lists readable and writes nothing for an empty query', () => {
    expect(formatParams(readParams('?actors=russia%2Cukraine'))).toBe('?actors=russia,ukraine');
    expect(formatParams(readParams(''))).toBe('');
    expect(withoutKeys('?a=1&b=2', ['a', 'b'])).toBe('');
  });
});

describe('the URL state', () => {
  it('reads every group of keys from one query string', () => {
    const { state, notices } = decodeUrlState('?from=2026-02-01&play=2026-02-04&window=30&story=abu-dhabi&step=2&data=x.csv&tiles=t');
    expect(state.filters.from).toBe('2026-02-01');
    expect(state.playback).toEqual({ playhead: expect.any(Number), window: 30, speed: 1 });
    expect(state.story).toEqual({ storyId: 'abu-dhabi', step: 2 });
    expect(state.data).toBe('x.csv');
    expect(state.tiles).toBe('t');
    expect(notices).toEqual([]);
  });

  it('reports junk from every group and keeps the rest', () => {
    const { state, notices } = decodeUrlState('?from=yesterday&window=9&q=market');
    expect(state.filters.q).toBe('market');
    expect(state.filters.from).toBeUndefined();
    expect(state.playback.window).toBe(7);
    expect(notices).toEqual(['Ignored from="yesterday": not a date written YYYY-MM-DD.', 'Ignored window="9": use 1, 7, 30 or cumulative.']);
  });

  it('rewrites several groups in one patch and keeps keys no codec owns', () => {
    const next = applyUrlPatch('?q=x&story=s&step=2&utm_source=mail', {
      filters: { ...EMPTY_FILTERS, from: '2026-02-01', to: '2026-02-07' },
      playback: { playhead: undefined, window: 30, speed: 2 },
      story: undefined,
    });
    expect(next).toBe('?utm_source=mail&from=2026-02-01&to=2026-02-07&window=30&speed=2');
  });

  it('leaves groups that the patch does not name untouched', () => {
    expect(applyUrlPatch('?q=x&play=2026-02-04&data=a.csv', { story: { storyId: 's', step: 3 } })).toBe('?q=x&play=2026-02-04&data=a.csv&story=s&step=3');
  });

  it('clears a group set to undefined', () => {
    expect(applyUrlPatch('?data=a.csv&event=e1', { data: undefined })).toBe('?event=e1');
  });

  it('caps the search text as it is written, so a pasted essay never makes a link servers refuse', () => {
    const next = applyUrlPatch('', { filters: { ...EMPTY_FILTERS, q: 'x'.repeat(100_000) } });
    expect(next.length).toBeLessThan(220);
    expect(decodeUrlState(next).state.filters.q).toHaveLength(200);
  });

  it('declares each key once', () => {
    expect(new Set(OWNED_KEYS).size).toBe(OWNED_KEYS.length);
    expect([...OWNED_KEYS].sort()).toEqual(
      ['from', 'to', 'actors', 'match', 'categories', 'subtypes', 'regions', 'q', 'event', 'place', 'play', 'window', 'speed', 'story', 'step', 'data', 'columns', 'tiles', 'embed', 'lang'].sort(),
    );
  });
});
