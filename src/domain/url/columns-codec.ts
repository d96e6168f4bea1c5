/**
 * `columns=`: the reader's column choices for a `?data=` CSV or sheet in no known layout, so a
 * shared link opens the same file the same way anywhere, with no mapping step. Short and
 * readable: `columns=date.0,title.1,latitude.3,longitude.4,order.day-first` (field.column
 * position from 0, and how dates such as 03/04/2025 read).
 */
import { MAPPING_FIELDS, type ColumnMapping, type DayOrder, type MappingField } from '../importers/column-mapping';
import type { UrlCodec } from './codec';
import { ENGLISH } from '../core/i18n/translator';

export const COLUMNS_KEY = 'columns';
const ORDER = 'order';
/** No header has this many columns worth mapping; a longer value is junk. */
const MAX_VALUE_LENGTH = 400;
const MAX_COLUMN = 9999;

const isField = (name: string): name is MappingField => (MAPPING_FIELDS as readonly string[]).includes(name);
const isDayOrder = (value: string): value is DayOrder => value === 'day-first' || value === 'month-first';

/**
 * The mapping a `columns` value names, or undefined when any part of it is junk (a half-read
 * mapping would put titles in the date column).
 * @example parseColumnsParam('date.0,title.2,order.month-first') // { columns: { date: 0, title: 2 }, dayOrder: 'month-first' }
 */
export function parseColumnsParam(value: string): ColumnMapping | undefined {
  if (value.length > MAX_VALUE_LENGTH) return undefined;
  const columns: Partial<Record<MappingField, number>> = {};
  let dayOrder: DayOrder | undefined;
  for (const part of value.split(',')) {
    const dot = part.indexOf('.');
    const name = part.slice(0, dot).trim();
    const rest = part.slice(dot + 1).trim();
    if (dot <= 0) return undefined;
    if (name === ORDER && isDayOrder(rest) && dayOrder === undefined) dayOrder = rest;
    else if (isField(name) && /^\d{1,4}$/.test(rest) && columns[name] === undefined && Number(rest) <= MAX_COLUMN) columns[name] = Number(rest);
    else return undefined;
  }
  if (dayOrder === undefined || Object.keys(columns).length === 0) return undefined;
  return { columns, dayOrder };
}

/** The `columns` value for a mapping, fields in the mapping step's order. */
export function formatColumnsParam(mapping: ColumnMapping): string {
  const parts = MAPPING_FIELDS.flatMap((field) => {
    const column = mapping.columns[field];
    return column === undefined ? [] : [`${field}.${column}`];
  });
  return [...parts, `${ORDER}.${mapping.dayOrder}`].join(',');
}

export const columnsCodec: UrlCodec<ColumnMapping | undefined> = {
  keys: [COLUMNS_KEY],
  decode(params, tr = ENGLISH) {
    const value = params.get(COLUMNS_KEY)?.trim();
    if (!value) return { value: undefined, notices: [] };
    const mapping = parseColumnsParam(value);
    if (mapping) return { value: mapping, notices: [] };
    return { value: undefined, notices: [tr.t('url.badColumns', { key: COLUMNS_KEY, value: value.slice(0, 60) })] };
  },
  encode(value, params) {
    if (value) params.set(COLUMNS_KEY, formatColumnsParam(value));
  },
};
