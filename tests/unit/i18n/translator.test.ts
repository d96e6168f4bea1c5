import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { formatDay, formatDayWithPrecision, monthName } from '../../../src/domain/core/calendar-date';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { countCategory } from '../../../src/domain/core/categories';

const uk = translatorFor('uk');
const ru = translatorFor('ru');
const en = translatorFor('en');

describe('the translator', () => {
  it('writes Ukrainian counts with one, few and many forms', () => {
    expect([1, 3, 5, 21, 22, 11].map((count) => uk.t('status.eventCount', { count }))).toEqual([
      '1 подія',
      '3 події',
      '5 подій',
      '21 подія',
      '22 події',
      '11 подій',
    ]);
  });

  it('writes Russian counts with one, few and many forms', () => {
    expect([1, 3, 5, 21].map((count) => ru.t('status.eventCount', { count }))).toEqual(['1 событие', '3 события', '5 событий', '21 событие']);
  });

  it('fills a message asked for again with the same arguments alike, and with other arguments anew', () => {
    const asked = [1, 5, 1, 5, 2].map((count) => en.t('status.eventCount', { count }));
    expect(asked).toEqual(['1 event', '5 events', '1 event', '5 events', '2 events']);
    // The same number as text fills the same way; argument order does not matter.
    expect(en.t('status.eventCount', { count: '5' })).toBe('5 events');
    const columns = { format: 'acled', count: 2, columns: 'a, b' };
    const reordered = { columns: 'a, b', count: 2, format: 'acled' };
    expect(en.t('problem.file.missingColumns', reordered)).toBe(en.t('problem.file.missingColumns', columns));
    expect(en.t('problem.file.missingColumns', { ...columns, count: 1, columns: 'a' })).toContain('column a.');
  });

  it('groups thousands the language’s way', () => {
    expect(en.t('status.eventCount', { count: 1234 })).toBe('1,234 events');
    // Ukrainian and Russian group with a (narrow) no-break space.
    expect(uk.number(1234).replace(/\s/g, ' ')).toBe('1 234');
    expect(ru.t('status.eventCount', { count: 1234 }).replace(/\s/g, ' ')).toBe('1 234 события');
  });

  it('counts categories in the reader’s language', () => {
    expect(countCategory('strike', 5, uk)).toBe('5 ударів');
    expect(countCategory('strike', 2, ru)).toBe('2 удара');
    expect(countCategory('treaty', 3)).toBe('3 treaties');
  });
});

describe('calendar dates in a language', () => {
  const feb4 = toDayNumber('2026-02-04') ?? 0;
  it('keeps the English day-month-year form', () => {
    expect(formatDay(feb4)).toBe('4 Feb 2026');
    expect(monthName(1, 'long')).toBe('February');
  });

  it('writes Ukrainian and Russian dates the local way, from the calendar date', () => {
    expect(formatDay(feb4, 'uk')).toBe('4 лют. 2026 р.');
    expect(formatDay(feb4, 'ru')).toBe('4 февр. 2026 г.');
    expect(formatDayWithPrecision(feb4, 'approximate', 'ru')).toBe('около 4 февр. 2026 г.');
    expect(monthName(1, 'long', 'uk')).toBe('лютий');
  });

  it('no time zone moves the day (the first and last day of a year)', () => {
    const jan1 = toDayNumber('2026-01-01') ?? 0;
    const dec31 = toDayNumber('2025-12-31') ?? 0;
    expect(formatDay(jan1, 'uk')).toBe('1 січ. 2026 р.');
    expect(formatDay(dec31, 'ru')).toBe('31 дек. 2025 г.');
  });
});

describe('domain words in the reader’s language', () => {
  it('the map’s summary and marker names', async () => {
    const { mapSummary, placeMarkerLabel } = await import('../../../src/domain/map/map-labels');
    expect(mapSummary(24, 3, uk)).toBe('24 місця на мапі; 3 події не мають розкритого місця і не показані на мапі.');
    expect(mapSummary(1, 5, ru)).toBe('1 место на карте; 5 событий не имеют раскрытого места и не показаны на карте.');
    expect(placeMarkerLabel('Київ', 12, { category: 'strike', count: 9, uniform: false }, uk)).toBe('Київ: 12 подій, переважно удари');
    expect(placeMarkerLabel('Kyiv', 12, { category: 'strike', count: 9, uniform: false })).toBe('Kyiv: 12 events, mostly strikes');
  });

  it('the charts’ honesty line', async () => {
    const { sourceNote } = await import('../../../src/domain/charts/chart-captions');
    expect(sourceNote(21, ru)).toMatch(/^На основе 21 зафиксированного события — /);
    expect(sourceNote(61, uk)).toMatch(/^На основі 61 зафіксованої події — /);
    expect(sourceNote(1)).toMatch(/^From 1 recorded event, /);
  });
});
