/**
 * Any CSV → events, once the reader has said which column is which. `proposeMapping` guesses the
 * columns from their names (English, Ukrainian, Russian) and values; `mappedCsvImporter` reads
 * the rows through the dataset builder, so every row is checked and every rejected row listed.
 */
import { KEBAB_ID } from '../core/dataset-schema';
import type { EventActor, Figure, Source } from '../core/model';
import { DatasetFormatError } from '../core/parse-dataset';
import { problem, type Problem, type ProblemId } from '../core/problem';
import { readCoordinates } from './coordinates';
import { checkRowWidth, columnsOf, type CsvRowImporter } from './csv-table';
import { createDatasetBuilder, importedMeta, type DatasetBuilder, type EventDraft } from './dataset-builder';
import { dayOrderEvidence, looksLikeDate, readMappedDate, type DayOrder } from './mapped-dates';
import { FORMAT_LABELS } from './import-types';
import { parseLocaleNumber, toKebabId } from './text-clean';

export type { DayOrder };

/** The event fields a column can be mapped to, in the order the mapping step lists them. */
export const MAPPING_FIELDS = [
  'date',
  'endDate',
  'title',
  'description',
  'category',
  'latitude',
  'longitude',
  'place',
  'actors',
  'killed',
  'injured',
  'sourceUrl',
] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** How each field is named to the reader. */
export const MAPPING_FIELD_LABELS: Readonly<Record<MappingField, string>> = {
  date: 'Date',
  endDate: 'End date',
  title: 'Title',
  description: 'Description',
  category: 'Category',
  latitude: 'Latitude',
  longitude: 'Longitude',
  place: 'Place name',
  actors: 'Actors',
  killed: 'Killed (fatalities)',
  injured: 'Injured',
  sourceUrl: 'Source (link or name)',
};

/** Which column (0-based position in the header) holds each field, and how dates are read. */
export interface ColumnMapping {
  columns: Partial<Record<MappingField, number>>;
  dayOrder: DayOrder;
}

/** A guessed mapping; `dayOrderAmbiguous` means the reader must say how `03/04/2025` reads. */
export interface MappingProposal {
  mapping: ColumnMapping;
  dayOrderAmbiguous: boolean;
}

/** How many data rows a NeedsColumnMapping carries (for the guesses and the preview). */
export const SAMPLE_ROWS = 50;
/** Characters kept of each sampled cell: a 10 MB cell must not travel to the page to be previewed. */
const SAMPLE_CELL_CHARS = 300;

/**
 * A CSV whose header is none of the known layouts: carries the header and the first rows so the
 * page can ask which column is which. A DatasetFormatError, so where no mapping step is offered
 * (a `?data=` link) the message alone still says what is wrong.
 */
export class NeedsColumnMapping extends DatasetFormatError {
  override name = 'NeedsColumnMapping';
  constructor(
    readonly fileName: string,
    readonly header: readonly string[],
    readonly rows: readonly (readonly string[])[],
  ) {
    // The file's own column names, listed as they are; "—" when the header is blank.
    const found = header.filter((name) => name.trim() !== '').slice(0, 8).join(', ');
    super(problem('problem.file.unknownColumns', { fileName, columns: found || '—' }));
  }
}

/**
 * A row importer that collects the first SAMPLE_ROWS rows of an unknown CSV and then throws
 * NeedsColumnMapping (so a huge file is not read to the end before the reader is asked).
 */
export function samplingImporter(fullHeader: readonly string[], fileName: string): CsvRowImporter {
  const header = fullHeader.map((name) => name.slice(0, SAMPLE_CELL_CHARS));
  const rows: string[][] = [];
  return {
    addRow(cells) {
      rows.push(cells.map((cell) => cell.slice(0, SAMPLE_CELL_CHARS)));
      if (rows.length >= SAMPLE_ROWS) throw new NeedsColumnMapping(fileName, header, rows);
    },
    rejectRow() {},
    finish() {
      throw new NeedsColumnMapping(fileName, header, rows);
    },
  };
}

// ---- Guessing ----------------------------------------------------------------------------

/** Words that name each field, as whole header names or as one word of a longer name. */
const NAMES: Readonly<Record<Exclude<MappingField, 'endDate'>, readonly string[]>> = {
  date: ['date', 'дата', 'day', 'день', 'event_date', 'time', 'timestamp', 'datetime', 'start', 'start_date', 'when', 'час', 'время', 'date_start', 'data'],
  title: ['title', 'headline', 'name', 'event', 'subject', 'what', 'what_happened', 'назва', 'название', 'заголовок', 'подія', 'событие', 'тема', 'наименование'],
  description: ['description', 'desc', 'summary', 'notes', 'note', 'details', 'text', 'body', 'comment', 'опис', 'описание', 'подробиці', 'подробности', 'коментар', 'комментарий', 'примітка', 'примечание', 'текст'],
  category: ['category', 'categories', 'type', 'event_type', 'kind', 'class', 'категорія', 'категория', 'тип', 'вид'],
  latitude: ['lat', 'latitude', 'широта', 'y'],
  longitude: ['lon', 'lng', 'long', 'longitude', 'довгота', 'долгота', 'x'],
  place: ['place', 'where', 'location', 'city', 'town', 'settlement', 'locality', 'address', 'village', 'місце', 'место', 'локація', 'локация', 'місто', 'город', 'населений_пункт', 'населенный_пункт', 'пункт', 'адреса', 'адрес', 'region', 'oblast', 'область'],
  actors: ['actor', 'actors', 'who', 'actor1', 'actor2', 'sides', 'side', 'party', 'parties', 'perpetrator', 'учасники', 'участники', 'сторони', 'стороны', 'сторона', 'актор', 'актори', 'акторы'],
  killed: ['killed', 'fatalities', 'deaths', 'dead', 'deaths_total', 'загинули', 'загиблі', 'загиблих', 'убиты', 'убитые', 'убито', 'погибли', 'погибшие', 'погибших', 'жертви', 'жертвы', 'вбиті', 'вбито'],
  injured: ['injured', 'wounded', 'injuries', 'поранені', 'поранених', 'поранено', 'ранены', 'раненые', 'раненых', 'ранено'],
  sourceUrl: ['source', 'sources', 'url', 'link', 'links', 'href', 'джерело', 'джерела', 'источник', 'источники', 'посилання', 'ссылка', 'ссылки'],
};

const END_WORDS = ['end', 'to', 'until', 'finish', 'кінець', 'закінчення', 'конец', 'окончание', 'окончания', 'по'];
const DATE_WORDS = ['date', 'дата', 'day', 'time', 'день'];

/** Lower-case words of a header name (letters and digits of any script). */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function joined(name: string): string {
  return wordsOf(name).join('_');
}

/** 3: the whole name is one of the words; 2: one of its words is; 0: none. */
function nameScore(name: string, words: readonly string[]): number {
  if (words.includes(joined(name))) return 3;
  return wordsOf(name).some((word) => words.includes(word)) ? 2 : 0;
}

function isEndDateName(name: string): boolean {
  const words = wordsOf(name);
  if (['end_date', 'date_end', 'enddate', 'end', 'until', 'дата_закінчення', 'дата_окончания'].includes(words.join('_'))) return true;
  return words.some((word) => END_WORDS.includes(word)) && words.some((word) => DATE_WORDS.includes(word));
}

/**
 * Guesses which column is which from the header names, then (for what the names left open)
 * from the values: dates, coordinates in range, links. The day order comes from the date
 * column's values.
 * @example proposeMapping(['Дата', 'Назва', 'Широта', 'Довгота'], rows).mapping.columns.latitude // 2
 */
export function proposeMapping(header: readonly string[], rows: readonly (readonly string[])[]): MappingProposal {
  const columns: Partial<Record<MappingField, number>> = {};
  const used = new Set<number>();
  const take = (field: MappingField, index: number | undefined) => {
    if (index === undefined || used.has(index)) return;
    columns[field] = index;
    used.add(index);
  };
  const valuesOf = (index: number) => rows.map((row) => (row[index] ?? '').trim()).filter((value) => value !== '');

  take('endDate', header.findIndex(isEndDateName) >= 0 ? header.findIndex(isEndDateName) : undefined);
  const order: Exclude<MappingField, 'endDate'>[] = ['latitude', 'longitude', 'killed', 'injured', 'date', 'sourceUrl', 'category', 'actors', 'place', 'title', 'description'];
  for (const field of order) {
    let best: number | undefined;
    let bestScore = 0;
    header.forEach((name, index) => {
      if (used.has(index)) return;
      const score = nameScore(name, NAMES[field]);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    take(field, best);
  }

  // What the names left open, from the values.
  const free = () => header.map((_, index) => index).filter((index) => !used.has(index));
  if (columns.date === undefined) take('date', free().find((index) => share(valuesOf(index), looksLikeDate) >= 0.8));
  if (columns.latitude === undefined || columns.longitude === undefined) {
    const coordinate = (limit: number) => (value: string) => {
      const number = parseLocaleNumber(value);
      return number !== null && Math.abs(number) <= limit && !Number.isInteger(number);
    };
    if (columns.latitude === undefined) take('latitude', free().find((index) => share(valuesOf(index), coordinate(90)) === 1));
    if (columns.longitude === undefined) take('longitude', free().find((index) => share(valuesOf(index), coordinate(180)) === 1));
  }
  if (columns.sourceUrl === undefined) take('sourceUrl', free().find((index) => share(valuesOf(index), (value) => /^https?:\/\//i.test(value)) >= 0.8));
  if (columns.title === undefined) {
    // The first column of words (not numbers, not dates) reads best as a title.
    take('title', free().find((index) => share(valuesOf(index), (value) => /\p{L}{2}/u.test(value) && !looksLikeDate(value)) >= 0.8));
  }

  const dateValues = [columns.date, columns.endDate].flatMap((index) => (index === undefined ? [] : valuesOf(index)));
  const evidence = dayOrderEvidence(dateValues);
  return {
    mapping: { columns, dayOrder: evidence === 'month-first' ? 'month-first' : 'day-first' },
    dayOrderAmbiguous: evidence === 'ambiguous',
  };
}

/** Share of `values` that pass `test` (0 for no values). */
function share(values: readonly string[], test: (value: string) => boolean): number {
  if (values.length === 0) return 0;
  return values.filter(test).length / values.length;
}

// ---- Checking, saving ----------------------------------------------------------------------

/** Why a mapping cannot be used yet (no date column), or undefined when it can. */
export function mappingProblem(mapping: ColumnMapping): Problem | undefined {
  const id = mappingProblemId(mapping);
  return id === undefined ? undefined : problem(id);
}

function mappingProblemId(mapping: ColumnMapping): ProblemId | undefined {
  if (mapping.columns.date === undefined) return 'problem.mapping.noDate';
  if ((mapping.columns.latitude === undefined) !== (mapping.columns.longitude === undefined)) return 'problem.mapping.oneCoordinate';
  if (mapping.columns.title === undefined && mapping.columns.description === undefined) return 'problem.mapping.noTitle';
  return undefined;
}

/**
 * A short signature of a header (its normalised names), so a saved mapping is only reused for
 * a file with the same columns. FNV-1a, as text.
 */
export function headerSignature(header: readonly string[]): string {
  const text = columnsOf(header).names.join('\u001f');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${header.length}-${hash.toString(16)}`;
}

/** A mapping read back from storage or a message; undefined when it is not one. */
export function parseColumnMapping(value: unknown, width: number = Number.POSITIVE_INFINITY): ColumnMapping | undefined {
  if (typeof value !== 'object' || value === null || !('columns' in value) || !('dayOrder' in value)) return undefined;
  const { columns, dayOrder } = value;
  if ((dayOrder !== 'day-first' && dayOrder !== 'month-first') || typeof columns !== 'object' || columns === null) return undefined;
  const out: Partial<Record<MappingField, number>> = {};
  for (const field of MAPPING_FIELDS) {
    const index: unknown = Object.getOwnPropertyDescriptor(columns, field)?.value;
    if (index === undefined) continue;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= width) return undefined;
    out[field] = index;
  }
  return { columns: out, dayOrder };
}

/** "date ← Дата, title ← Назва, …; dates read day first": for the dataset's description. */
export function describeMapping(header: readonly string[], mapping: ColumnMapping): string {
  const parts = MAPPING_FIELDS.flatMap((field) => {
    const index = mapping.columns[field];
    return index === undefined ? [] : [`${MAPPING_FIELD_LABELS[field].toLowerCase()} ← "${header[index] ?? ''}"`];
  });
  return `${parts.join(', ')}; numeric dates read ${mapping.dayOrder === 'day-first' ? 'day first' : 'month first'}`;
}

// ---- Categories ---------------------------------------------------------------------------

/** Words in category values that mean one of our categories (checked as word prefixes). */
const CATEGORY_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['strike', ['strike', 'airstrike', 'air_strike', 'attack', 'shelling', 'missile', 'drone', 'bomb', 'explosion', 'удар', 'обстріл', 'обстрел', 'атак', 'ракет', 'дрон', 'бпла', 'вибух', 'взрыв', 'бомб', 'шахед']],
  ['talks', ['talk', 'negotiat', 'meeting', 'summit', 'переговор', 'зустріч', 'встреч', 'саміт', 'саммит']],
  ['humanitarian', ['humanitarian', 'evacuation', 'prisoner', 'exchange', 'гуманітар', 'гуманитар', 'евакуац', 'эвакуац', 'обмін', 'обмен', 'полонен', 'пленн']],
  ['statement', ['statement', 'declaration', 'speech', 'заява', 'заявлен', 'виступ', 'выступлен']],
  ['treaty', ['treaty', 'agreement', 'ceasefire', 'accord', 'deal', 'угод', 'соглашен', 'договір', 'договор', 'перемир']],
  ['battle', ['battle', 'fighting', 'clash', 'бій', 'бої', 'бой', 'бои', 'зіткнен', 'столкновен']],
  ['protest', ['protest', 'demonstration', 'rally', 'протест', 'мітинг', 'митинг']],
];

const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: '',
};

/** A kebab-case id for any text, Cyrillic transliterated (toKebabId alone drops it). */
export function idFromText(text: string): string {
  const latin = [...text.toLowerCase()].map((char) => TRANSLIT[char] ?? char).join('');
  return toKebabId(latin);
}

/**
 * Our category for a category value from a file: one of ours when its words say so
 * ("Missile strike", "Обстріл", "Переговори"), else the value as a new category id.
 * @example categoryFromValue('Обстріл') // 'strike'
 */
export function categoryFromValue(value: string): string {
  const text = value.trim();
  if (text === '') return 'other';
  if (KEBAB_ID.test(text)) return text;
  const words = wordsOf(text);
  for (const [category, stems] of CATEGORY_WORDS) {
    if (words.some((word) => stems.some((stem) => word.startsWith(stem)))) return category;
  }
  return idFromText(text) || 'other';
}

// ---- Importing ----------------------------------------------------------------------------

/** A row importer that reads the columns the mapping names. */
export function mappedCsvImporter(header: readonly string[], fileName: string, mapping: ColumnMapping): CsvRowImporter {
  const unusable = mappingProblem(mapping);
  if (unusable) throw new DatasetFormatError(problem('problem.file.badColumnChoices', { fileName }, unusable));
  const columns = columnsOf(header);
  const builder = createDatasetBuilder(fileName);
  const usedIds = new Set<string>();
  return {
    addRow(cells, row) {
      if (checkRowWidth(cells, columns, (kind, why) => builder[kind](row, '(row)', why))) addMappedRow(builder, usedIds, header, mapping, cells, row);
    },
    rejectRow: (row, why) => builder.reject(row, '(row)', why),
    finish(rowCount) {
      const label = FORMAT_LABELS['mapped-csv'];
      const meta = importedMeta(fileName, label, { description: `Imported from ${fileName} (${label}: ${describeMapping(header, mapping)}).` });
      return { format: 'mapped-csv', fileName, ...builder.build(meta, rowCount) };
    },
  };
}

function addMappedRow(
  builder: DatasetBuilder,
  usedIds: Set<string>,
  header: readonly string[],
  mapping: ColumnMapping,
  cells: readonly string[],
  row: number,
): void {
  const get = (field: MappingField) => {
    const index = mapping.columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const fieldName = (field: MappingField) => header[mapping.columns[field] ?? -1] ?? field;
  const reject = (field: MappingField, why: Problem) => builder.reject(row, fieldName(field), why);

  const date = readMappedDate(get('date'), mapping.dayOrder);
  if (!date.ok) return reject('date', date.problem);
  let endDate: string | undefined;
  if (get('endDate') !== '') {
    const end = readMappedDate(get('endDate'), mapping.dayOrder);
    if (!end.ok) return reject('endDate', end.problem);
    if (end.date < date.date) return reject('endDate', problem('problem.date.endBeforeStart'));
    if (end.date !== date.date) endDate = end.date;
  }
  const description = get('description');
  const title = get('title') || firstWords(description);
  if (title === '') return reject(mapping.columns.title === undefined ? 'description' : 'title', problem('problem.row.emptyTitle'));

  const id = uniqueId(usedIds, `${idFromText(title).slice(0, 48).replace(/-+$/, '') || 'event'}-${date.date}`);
  usedIds.add(id);
  const warn = (field: MappingField, why: Problem) => builder.warn(row, fieldName(field), why, id);

  const draft: EventDraft = {
    id,
    date: date.date,
    datePrecision: 'day',
    category: categoryFromValue(get('category')),
    title,
    summary: description === title ? '' : description,
    actors: readActors(builder, get('actors')),
    place: readPlace(builder, mapping, get, warn),
    figures: readFigures(get, warn),
    sources: builder.cleanSources(readSource(get('sourceUrl')), row, id),
    confidence: '',
  };
  if (endDate !== undefined) draft.endDate = endDate;
  builder.addEvent(draft, row, 'unique');
}

/** The first words of a description (up to about 80 characters) as a title. */
function firstWords(text: string): string {
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

function readActors(builder: DatasetBuilder, cell: string): EventActor[] {
  const names = cell.split(/[;|\n]/).map((name) => name.trim()).filter(Boolean);
  const out: EventActor[] = [];
  for (const name of names) {
    const id = idFromText(name);
    if (id === '' || out.some((ref) => ref.id === id)) continue;
    out.push({ id: builder.actor({ id, name, kind: 'organization' }), role: 'actor' });
  }
  return out;
}

function readPlace(
  builder: DatasetBuilder,
  mapping: ColumnMapping,
  get: (field: MappingField) => string,
  warn: (field: MappingField, why: Problem) => void,
): string | null {
  const name = get('place');
  if (mapping.columns.latitude === undefined) {
    if (name !== '') warn('place', problem('problem.place.noCoordinateColumns', { place: name }));
    return null;
  }
  const reading = readCoordinates(get('latitude'), get('longitude'));
  if (reading.kind === 'none') {
    if (name !== '') warn('place', problem('problem.place.noCoordinates', { place: name }));
    return null;
  }
  if (reading.kind === 'invalid') {
    warn('latitude', reading.warning);
    return null;
  }
  if (reading.warning) warn('latitude', reading.warning);
  const id = idFromText(name) || toKebabId(`place ${reading.lat} ${reading.lon}`);
  return builder.place({ id, name: name || `${reading.lat}, ${reading.lon}`, lat: reading.lat, lon: reading.lon, country: '' });
}

/** killed and injured: a number or a range ("3-5", "3–5"); anything else is left out with a note. */
function readFigures(get: (field: MappingField) => string, warn: (field: MappingField, why: Problem) => void): Record<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const key of ['killed', 'injured'] as const) {
    const text = get(key);
    if (text === '') continue;
    const range = /^(.+?)\s*[-–—]\s*(.+)$/.exec(text);
    const min = parseLocaleNumber(range ? range[1] : text);
    const max = parseLocaleNumber(range ? range[2] : text);
    if (min === null || max === null || min < 0 || min > max) {
      warn(key, problem('problem.figure.notNumberOrRange', { figure: key, value: text.slice(0, 40) }));
      continue;
    }
    figures.set(key, { min, max });
  }
  return Object.fromEntries(figures);
}

/** A link becomes a source with the link's host as its title; other text names the source. */
function readSource(cell: string): Source[] {
  return cell
    .split(/[\s;|]+(?=https?:\/\/)|\n/i)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(part)) return { title: part };
      let title = part;
      try {
        title = new URL(part).hostname || part;
      } catch {
        // Not a URL after all: cleanSources drops the link and says so.
      }
      return { title, url: part };
    });
}

function uniqueId(used: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  return id;
}
