/**
 * The app's own CSV layout (what the CSV exporter writes) → events, so an exported file
 * imports back to the same events.
 */
import { DATE_PRECISIONS, type DatePrecision } from '../core/calendar-date';
import { KEBAB_ID } from '../core/dataset-schema';
import {
  MAIN_FIGURES,
  parseActorsCell,
  parseAttributesCell,
  parseFigureNotesCell,
  parseMoreFiguresCell,
  parseSourcesCell,
} from '../exporters/csv-layout';
import type { EventActor, Figure } from '../core/model';
import { RESERVED_KEY } from '../core/parse-dataset';
import { problem, type Problem } from '../core/problem';
import { readCoordinates } from './coordinates';
import { checkRowWidth, columnsOf, requireColumns, type Columns, type CsvRowImporter } from './csv-table';
import { createDatasetBuilder, importedMeta, type DatasetBuilder, type EventDraft } from './dataset-builder';
import { badPrecision, readDayDate } from './import-dates';
import { FORMAT_LABELS } from './import-types';
import { parseLocaleNumber, toKebabId } from './text-clean';

const REQUIRED = ['id', 'date', 'category', 'title'] as const;

/** True when a header has any of the columns that only our own layout uses. */
export function isGenericHeader(columns: Columns): boolean {
  return columns.has('title') || columns.has('category') || (columns.has('id') && columns.has('date'));
}

/**
 * True when a header has every column our layout needs. A CSV with only some of them (a `title`
 * and a `date` but no `id`) is someone else's layout: it goes to the mapping step.
 */
export function hasGenericRequired(columns: Columns): boolean {
  return REQUIRED.every((name) => columns.has(name));
}

/**
 * Undoes the exporter's spreadsheet-formula guard (neutraliseFormula): a `'` before `=`, `+`,
 * `-`, `@`, tab or CR at the start of a cell, and one between a `;`, tab or line break and
 * `=`, `+`, `-` or `@` inside it, were added on export and are removed here.
 */
export function unguardCell(cell: string): string {
  const inner = cell.replace(/([;\t\r\n])'(?=[=+\-@])/g, '$1');
  return /^'[=+\-@\t\r]/.test(inner) ? inner.slice(1) : inner;
}

/** A row importer for our CSV layout; throws one clear message when required columns are missing. */
export function genericCsvImporter(header: readonly string[], fileName: string): CsvRowImporter {
  const columns = columnsOf(header);
  requireColumns(columns, REQUIRED, 'own');
  const builder = createDatasetBuilder(fileName);
  return {
    addRow: (cells, row) => addRow(columns, builder, cells, row),
    rejectRow: (row, why) => builder.reject(row, '(row)', why),
    finish(rowCount) {
      const meta = importedMeta(fileName, FORMAT_LABELS['generic-csv']);
      return { format: 'generic-csv', fileName, ...builder.build(meta, rowCount) };
    },
  };
}

function addRow(columns: Columns, builder: DatasetBuilder, cells: readonly string[], row: number): void {
  const get = (name: string) => unguardCell(columns.get(cells, name));
  const id = get('id');
  if (!checkRowWidth(cells, columns, (kind, why) => builder[kind](row, '(row)', why, id))) return;
  if (id === '') return builder.reject(row, 'id', problem('problem.row.emptyId'));
  const date = readDayDate(get('date'));
  if (!date.ok) return builder.reject(row, 'date', date.problem, id);
  let endDate: string | undefined;
  if (get('end_date') !== '') {
    const end = readDayDate(get('end_date'));
    if (!end.ok) return builder.reject(row, 'end_date', end.problem, id);
    if (end.date < date.date) return builder.reject(row, 'end_date', problem('problem.date.endBeforeStart'), id);
    if (end.date !== date.date) endDate = end.date;
  }
  const precision = readPrecision(get('precision'));
  if (precision === null) return builder.reject(row, 'precision', badPrecision(get('precision')), id);
  const title = get('title');
  if (title === '') return builder.reject(row, 'title', problem('problem.row.emptyTitle'), id);
  const categoryText = get('category');
  const category = KEBAB_ID.test(categoryText) ? categoryText : toKebabId(categoryText);
  if (category === '') return builder.reject(row, 'category', problem('problem.row.emptyCategory'), id);

  const warn = (field: string, why: Problem) => builder.warn(row, field, why, id);
  const actors: EventActor[] = [];
  for (const { actor, role } of parseActorsCell(get('actors'), toKebabId)) {
    if (!KEBAB_ID.test(actor.id)) {
      warn('actors', problem('problem.actor.notKebab', { id: actor.id, name: actor.name }));
      continue;
    }
    actors.push({ id: builder.actor(actor), role });
  }

  const draft: EventDraft = {
    id,
    date: date.date,
    datePrecision: precision,
    category,
    title,
    summary: get('summary'),
    actors,
    place: readPlace(columns, builder, cells, row, id),
    figures: readFigures(get, warn),
    sources: builder.cleanSources(parseSourcesCell(get('sources')), row, id),
    confidence: get('confidence'),
  };
  if (endDate !== undefined) draft.endDate = endDate;
  if (get('geo_note') !== '') draft.geoNote = get('geo_note');
  if (get('other_figures') !== '') draft.otherFigures = get('other_figures');
  const attributes = readAttributes(get('attributes'), warn);
  if (attributes !== undefined) draft.attributes = attributes;
  builder.addEvent(draft, row, 'unique');
}

function readPrecision(text: string): DatePrecision | null {
  if (text === '') return 'day';
  const lower = text.toLowerCase();
  return DATE_PRECISIONS.find((precision) => precision === lower) ?? null;
}

function readPlace(columns: Columns, builder: DatasetBuilder, cells: readonly string[], row: number, id: string): string | null {
  const get = (name: string) => unguardCell(columns.get(cells, name));
  const reading = readCoordinates(columns.raw(cells, 'lat'), columns.raw(cells, 'lon'));
  const placeText = get('place');
  if (reading.kind === 'none') {
    if (placeText !== '') builder.warn(row, 'place', problem('problem.place.noCoordinates', { place: placeText }), id);
    return null;
  }
  if (reading.kind === 'invalid') {
    builder.warn(row, 'lat', reading.warning, id);
    return null;
  }
  if (reading.warning) builder.warn(row, 'lat', reading.warning, id);
  const name = get('location') || placeText || `${reading.lat}, ${reading.lon}`;
  const placeId = KEBAB_ID.test(placeText)
    ? placeText
    : toKebabId(placeText || get('location')) || toKebabId(`place ${reading.lat} ${reading.lon}`);
  return builder.place({ id: placeId, name, lat: reading.lat, lon: reading.lon, country: get('country') });
}

/**
 * Figures from the killed/injured columns, more_figures and figure_notes. Built in a Map and
 * turned into a record only at the end (Object.fromEntries defines keys as data): assigning a
 * note to `figures["__proto__"]` of a plain object wrote onto Object.prototype, so that every
 * object in the page seemed to have that note.
 */
function readFigures(get: (name: string) => string, warn: (field: string, why: Problem) => void): Record<string, Figure> {
  const { figures: more, bad } = parseMoreFiguresCell(get('more_figures'));
  for (const item of bad) warn('more_figures', problem('problem.figure.notNameNumber', { item }));
  const figures = new Map<string, Figure>();
  for (const key of MAIN_FIGURES) {
    const minText = get(`${key}_min`);
    const maxText = get(`${key}_max`);
    if (minText === '' && maxText === '') continue;
    const min = parseLocaleNumber(minText || maxText);
    const max = parseLocaleNumber(maxText || minText);
    if (min === null || max === null || min < 0 || min > max) {
      warn(`${key}_min`, problem('problem.figure.notRange', { figure: key, min: minText, max: maxText }));
      continue;
    }
    figures.set(key, { min, max });
  }
  for (const [key, figure] of more) figures.set(key, figure);
  for (const [key, note] of parseFigureNotesCell(get('figure_notes'))) {
    const figure = figures.get(key);
    if (figure) figure.note = note;
    else warn('figure_notes', problem('problem.figure.noteWithoutFigure', { figure: key, note: note.slice(0, 80) }));
  }
  if (figures.delete(RESERVED_KEY)) warn('more_figures', problem('problem.reservedNameLeftOut'));
  return Object.fromEntries(figures);
}

/** The attributes cell, or undefined when it names none. */
function readAttributes(cell: string, warn: (field: string, why: Problem) => void): Record<string, string> | undefined {
  const { attributes, bad } = parseAttributesCell(cell);
  for (const line of bad) warn('attributes', problem('problem.attribute.notNameValue', { line: line.slice(0, 80) }));
  if (attributes.delete(RESERVED_KEY)) warn('attributes', problem('problem.reservedNameLeftOut'));
  return attributes.size === 0 ? undefined : Object.fromEntries(attributes);
}
