import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { breakLongWord, filtersInWords, imageText } from '../../../src/domain/share/image-text';
import { miniIndex } from '../../helpers/render-dashboard';

describe('filtersInWords', () => {
  const index = miniIndex();

  it('says every event is shown when nothing narrows the view, with the days covered', () => {
    expect(filtersInWords(EMPTY_FILTERS, index)).toMatch(/^Showing all events; \d+ \w{3} \d{4} – \d+ \w{3} \d{4}$/);
  });

  it('puts categories, place and dates in words', () => {
    const text = filtersInWords({ ...EMPTY_FILTERS, categories: ['strike'], place: 'kyiv', from: '2026-02-01', to: '2026-02-01' }, index);
    expect(text).toBe('Showing strikes; in Kyiv; 1 Feb 2026');
  });
});

describe('imageText', () => {
  it('carries the title, the sources line, the app and the date, and the permalink', () => {
    const text = imageText('Charts', EMPTY_FILTERS, miniIndex(), 'http://127.0.0.1/?categories=strike', '2026-11-29');
    expect(text.title).toBe('Charts');
    expect(text.sources).toMatch(/^Data: .+\.$/);
    expect(text.credit).toBe('Talks & Strikes · 29 Nov 2026');
    expect(text.permalink).toBe('http://127.0.0.1/?categories=strike');
  });
});

describe('breakLongWord', () => {
  it('breaks a long link at & or / so that it fits, losing no character', () => {
    const link = 'https://example.org/talks/?from=2026-02-01&to=2026-02-17&categories=strike,talks';
    const lines = breakLongWord(link, 30);
    expect(lines.join('')).toBe(link);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.slice(0, -1).every((line) => /[/&?]$/.test(line))).toBe(true);
  });
});
