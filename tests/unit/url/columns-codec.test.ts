import { describe, expect, it } from 'vitest';
import { NeedsColumnMapping } from '../../../src/domain/importers/column-mapping';
import { importText } from '../../../src/domain/importers/import-text';
import { formatColumnsParam, parseColumnsParam } from '../../../src/domain/url/columns-codec';
import { applyUrlPatch, decodeUrlState } from '../../../src/domain/url/url-state';
import { translatorFor } from '../../../src/domain/core/i18n/translator';

describe('columns= (column choices for a ?data= file)', () => {
  const mapping = { columns: { date: 0, title: 1, latitude: 3, longitude: 4 }, dayOrder: 'day-first' as const };

  it('writes a short, readable value and reads it back', () => {
    const search = applyUrlPatch('?data=https://example.org/own.csv', { columns: mapping });
    expect(search).toBe('?data=https%3A%2F%2Fexample.org%2Fown.csv&columns=date.0,title.1,latitude.3,longitude.4,order.day-first');
    expect(decodeUrlState(search).state).toMatchObject({ data: 'https://example.org/own.csv', columns: mapping });
  });

  it('lists fields in the mapping step order, whatever order they were chosen in', () => {
    expect(formatColumnsParam({ columns: { longitude: 4, date: 2, endDate: 3 }, dayOrder: 'month-first' })).toBe('date.2,endDate.3,longitude.4,order.month-first');
  });

  it.each([
    'date.0,title.1', // no date order
    'date.x,order.day-first',
    'when.0,order.day-first',
    'date.0,date.1,order.day-first',
    'constructor.0,order.day-first',
    '__proto__.0,order.day-first',
    'date.0,order.sideways',
    'date.-1,order.day-first',
    `date.0,${'title.1,'.repeat(80)}order.day-first`,
  ])('ignores the whole of %s, with a notice', (value) => {
    expect(parseColumnsParam(value)).toBeUndefined();
    const decoded = decodeUrlState(`?data=x.csv&columns=${encodeURIComponent(value)}`);
    expect(decoded.state.columns).toBeUndefined();
    expect(decoded.notices).toEqual([expect.stringMatching(/^Ignored columns=/)]);
    expect(decodeUrlState(`?data=x.csv&columns=${encodeURIComponent(value)}`, translatorFor('uk')).notices).toEqual([expect.stringMatching(/^Пропущено columns=".*": це не вибір стовпців/)]);
  });

  it('asks again when the choices name a column the file does not have (the file changed since the link was made)', () => {
    const csv = 'when,what\n2025-04-03,Shelling\n';
    expect(() => importText(csv, 'own.csv', { columns: { date: 0, title: 1, latitude: 5, longitude: 6 }, dayOrder: 'day-first' })).toThrow(NeedsColumnMapping);
    expect(importText(csv, 'own.csv', { columns: { date: 0, title: 1 }, dayOrder: 'day-first' }).dataset.events).toHaveLength(1);
  });
});
