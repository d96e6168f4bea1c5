import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { citationFilterParts, citationRange, citeView, formatCitation, localCalendarDate } from '../../../src/domain/share/citation';
import { EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { miniIndex } from '../../helpers/render-dashboard';

const day = (text: string) => toDayNumber(text) ?? Number.NaN;

describe('formatCitation', () => {
  const base = {
    datasetTitle: 'Russia–Ukraine talks and strikes',
    range: { fromDay: day('2025-11-14'), toDay: day('2026-02-26') },
    filterParts: ['strikes', 'Russia'],
    permalink: 'https://example.org/?categories=strike&actors=russia',
    attribution: 'Compiled from public news reports.',
    accessed: '2026-11-29',
  };

  it('reads as the issue asks: title, dates, filters, permalink, attribution, access date', () => {
    expect(formatCitation(base)).toBe(
      'Talks & Strikes: Russia–Ukraine talks and strikes, events 14 Nov 2025 – 26 Feb 2026 (filtered: strikes; Russia). ' +
        'https://example.org/?categories=strike&actors=russia. Data: Compiled from public news reports. Accessed 2026-11-29.',
    );
  });

  it('does not repeat the app name when the dataset title starts with it', () => {
    expect(formatCitation({ ...base, datasetTitle: 'Talks & Strikes: the default data' })).toMatch(/^Talks & Strikes: the default data, events/);
  });

  it('leaves out the filter part when nothing is filtered, and names a single day once', () => {
    const text = formatCitation({ ...base, filterParts: [], range: { fromDay: day('2026-02-04'), toDay: day('2026-02-04') } });
    expect(text).toContain('events of 4 Feb 2026. https://');
    expect(text).not.toContain('filtered');
  });

  it('leaves out an empty attribution', () => {
    expect(formatCitation({ ...base, attribution: ' ' })).not.toContain('Data:');
  });
});

describe('citationFilterParts', () => {
  const index = miniIndex();
  it('is empty for the unfiltered view', () => {
    expect(citationFilterParts(EMPTY_FILTERS, index)).toEqual([]);
  });
  it('names categories in the plural, actors and places by name, and the search words', () => {
    const parts = citationFilterParts(
      { ...EMPTY_FILTERS, categories: ['strike', 'talks'], actors: ['russia', 'steve-witkoff'], match: 'all', place: 'kyiv', q: 'market' },
      index,
    );
    expect(parts).toEqual(['strikes, talks', 'all of Russia, Steve Witkoff', 'in Kyiv', 'matching “market”']);
  });
});

describe('citationRange', () => {
  const index = miniIndex();
  it("uses the data's first and last day where the date filter is open", () => {
    expect(citationRange(EMPTY_FILTERS, index)).toEqual({ fromDay: day('2026-01-23'), toDay: day('2026-02-17') });
    expect(citationRange({ ...EMPTY_FILTERS, from: '2026-02-01' }, index)).toEqual({ fromDay: day('2026-02-01'), toDay: day('2026-02-17') });
  });
});

describe('localCalendarDate', () => {
  it("is the reader's own calendar day, not the UTC one", () => {
    // 23:30 local time on 29 November, wherever the test runs (TZ=Asia/Tokyo, America/Los_Angeles, UTC).
    const lateEvening = new Date(2026, 10, 29, 23, 30);
    expect(localCalendarDate(lateEvening)).toBe('2026-11-29');
    const earlyMorning = new Date(2026, 10, 29, 0, 15);
    expect(localCalendarDate(earlyMorning)).toBe('2026-11-29');
  });

  it('citeView stamps the access date from the clock it is given', () => {
    const text = citeView({ ...EMPTY_FILTERS, categories: ['strike'] }, miniIndex(), 'http://localhost/?categories=strike', new Date(2026, 10, 29, 9));
    expect(text).toBe(
      'Talks & Strikes: Mini test dataset, events 23 Jan 2026 – 17 Feb 2026 (filtered: strikes). http://localhost/?categories=strike. Data: Test fixture. Accessed 2026-11-29.',
    );
  });
});
