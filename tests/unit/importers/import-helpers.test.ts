import { describe, expect, it } from 'vitest';
import { readCoordinates } from '../../../src/domain/importers/coordinates';
import { detectDelimiter } from '../../../src/domain/importers/csv-table';
import { readDayDate, readPartialDate } from '../../../src/domain/importers/import-dates';
import { htmlToText, parseLocaleNumber, toKebabId } from '../../../src/domain/importers/text-clean';
import { english } from '../../helpers/english-problem';

describe('toKebabId', () => {
  it('makes ids from actor names', () => {
    expect(toKebabId('Military Forces of Russia (2000-)')).toBe('military-forces-of-russia-2000');
    expect(toKebabId('Civilians (Ukraine)')).toBe('civilians-ukraine');
    expect(toKebabId('Zürich — Genève')).toBe('zurich-geneve');
    expect(toKebabId('  ()  ')).toBe('');
  });
});

describe('htmlToText', () => {
  it('removes tags and scripts and decodes entities without interpreting anything', () => {
    expect(htmlToText('<p>Hit <b>Kyiv</b></p><p>7&nbsp;killed &amp; 15&#160;injured</p>')).toBe('Hit Kyiv\n7 killed & 15 injured');
    expect(htmlToText('<script>alert(1)</script><img src=x onerror=alert(1)>ok')).toBe('ok');
    expect(htmlToText('&lt;b&gt; stays text &#x2014; &unknown;')).toBe('<b> stays text — &unknown;');
  });
});

describe('parseLocaleNumber', () => {
  it('reads decimal commas and refuses text', () => {
    expect(parseLocaleNumber('48,62')).toBe(48.62);
    expect(parseLocaleNumber(' -73.5 ')).toBe(-73.5);
    expect(parseLocaleNumber('')).toBeNull();
    expect(parseLocaleNumber('many')).toBeNull();
    expect(parseLocaleNumber('12abc')).toBeNull();
  });
});

describe('readDayDate', () => {
  it('reads ISO and "04 February 2026" dates', () => {
    expect(readDayDate('2026-02-04')).toEqual({ ok: true, date: '2026-02-04' });
    expect(readDayDate('04 February 2026')).toEqual({ ok: true, date: '2026-02-04' });
    expect(readDayDate('4 Feb 2026')).toEqual({ ok: true, date: '2026-02-04' });
    expect(readDayDate('2026-02-04T23:30:00-08:00')).toEqual({ ok: true, date: '2026-02-04' });
  });

  it('refuses impossible and unreadable dates with a reason', () => {
    const reasonFor = (text: string) => {
      const reading = readDayDate(text);
      return reading.ok ? 'read' : english(reading.problem);
    };
    expect(reasonFor('31 February 2026')).toBe('"31 February 2026" is not a real calendar date');
    expect(readDayDate('2026-13-01').ok).toBe(false);
    expect(reasonFor('04 Febtober 2026')).toBe('"04 Febtober 2026" has an unknown month name');
    expect(reasonFor('')).toBe('the date is empty');
    expect(reasonFor('0000-01-01')).toBe('"0000-01-01": the year is out of range');
    expect(readDayDate('02/04/2026').ok).toBe(false);
  });
});

describe('readPartialDate', () => {
  it('keeps year and month precision', () => {
    expect(readPartialDate('2026', '', '')).toEqual({ ok: true, value: { first: '2026-01-01', last: '2026-12-31', precision: 'year' } });
    expect(readPartialDate(2024, 2, undefined)).toEqual({ ok: true, value: { first: '2024-02-01', last: '2024-02-29', precision: 'month' } });
    expect(readPartialDate('2026', '2', '4')).toEqual({ ok: true, value: { first: '2026-02-04', last: '2026-02-04', precision: 'day' } });
  });

  it('refuses a missing year, a day without a month and impossible dates', () => {
    expect(readPartialDate('', '2', '4').ok).toBe(false);
    expect(readPartialDate('2026', '', '4').ok).toBe(false);
    expect(readPartialDate('2026', '13', '').ok).toBe(false);
    expect(readPartialDate('2026', 'Feb', '').ok).toBe(false);
  });
});

describe('readCoordinates', () => {
  it('reads decimal commas', () => {
    expect(readCoordinates('48,62', '37,53')).toEqual({ kind: 'ok', lat: 48.62, lon: 37.53 });
  });

  it('swaps a pair that is only valid the other way round, with a warning', () => {
    const reading = readCoordinates('131.9', '43.1');
    expect(reading).toMatchObject({ kind: 'ok', lat: 43.1, lon: 131.9 });
  });

  it('gives no place for out-of-range or non-numeric pairs, and none for empty cells', () => {
    expect(readCoordinates('250', '330').kind).toBe('invalid');
    expect(readCoordinates('north', '30').kind).toBe('invalid');
    expect(readCoordinates('', ' ')).toEqual({ kind: 'none' });
  });
});

describe('detectDelimiter', () => {
  it('picks ; for a semicolon header even when data rows have decimal commas', () => {
    expect(detectDelimiter('\uFEFFa;b;c\r\n48,6;37,5;x')).toBe(';');
    expect(detectDelimiter('a,b,"c;d"\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  });
});
