/**
 * TimelineJS → events, for both of its formats: the JSON (`events[]`, `eras[]`) and the
 * Google-sheet template saved as CSV. Headlines and texts are HTML in TimelineJS; they are
 * turned into plain text here and never rendered as HTML.
 */
import { isKnownCategory } from '../core/model';
import { DatasetFormatError } from '../core/parse-dataset';
import { problem } from '../core/problem';
import { checkRowWidth, columnsOf, requireColumns, type Columns, type CsvRowImporter } from './csv-table';
import { createDatasetBuilder, importedMeta, type DatasetBuilder } from './dataset-builder';
import { readPartialDate } from './import-dates';
import { FORMAT_LABELS, type ImportResult } from './import-types';
import { htmlToText, toKebabId } from './text-clean';

type DatePart = string | number | undefined;

/** One TimelineJS slide, whichever format it came from. */
export interface TimelineSlide {
  start: { year: DatePart; month: DatePart; day: DatePart } | undefined;
  end: { year: DatePart; month: DatePart; day: DatePart } | undefined;
  headline: string;
  /** HTML, as TimelineJS stores it. */
  text: string;
  group: string;
  mediaUrl: string;
  mediaCaption: string;
  mediaCredit: string;
  uniqueId: string;
  isEra: boolean;
}

/**
 * Our category for a TimelineJS group: a known category when the group names one ("Strikes"
 * → strike), otherwise the group in kebab case; eras without a group are "era".
 */
export function timelineCategory(group: string, isEra: boolean): string {
  const id = toKebabId(group);
  if (id === '') return isEra ? 'era' : 'other';
  const singular = id.endsWith('ies') ? `${id.slice(0, -3)}y` : id.endsWith('s') ? id.slice(0, -1) : id;
  for (const candidate of [id, singular]) if (isKnownCategory(candidate)) return candidate;
  return id;
}

/** Adds one slide to the builder, or rejects it with the reason. */
export function addSlide(builder: DatasetBuilder, usedIds: Set<string>, slide: TimelineSlide, row: number, where: string): void {
  const headline = htmlToText(slide.headline);
  const text = htmlToText(slide.text);
  const title = headline || firstLine(text);
  const idHint = slide.uniqueId || undefined;
  if (title === '') return builder.reject(row, `${where}headline`, problem('problem.row.noHeadlineOrText'), idHint);
  if (!slide.start) return builder.reject(row, `${where}start_date`, problem('problem.date.noStart'), idHint);
  const start = readPartialDate(slide.start.year, slide.start.month, slide.start.day);
  if (!start.ok) return builder.reject(row, `${where}start_date`, start.problem, idHint);
  let endDate: string | undefined;
  if (slide.end && String(slide.end.year ?? '').trim() !== '') {
    const end = readPartialDate(slide.end.year, slide.end.month, slide.end.day);
    if (!end.ok) return builder.reject(row, `${where}end_date`, end.problem, idHint);
    if (end.value.last < start.value.first) return builder.reject(row, `${where}end_date`, problem('problem.date.endBeforeStart'), idHint);
    // A span ends on the last day of its end period: an era "2014–2022" covers all of 2022.
    if (end.value.last !== start.value.first) endDate = end.value.last;
  }
  const id = uniqueId(usedIds, slide.uniqueId || `${toKebabId(title).slice(0, 48).replace(/-+$/, '')}-${start.value.first}`);
  const mediaUrl = slide.mediaUrl.trim();
  const sources = builder.cleanSources(
    mediaUrl === '' ? [] : [{ title: htmlToText(slide.mediaCaption) || title, publisher: htmlToText(slide.mediaCredit), url: mediaUrl }],
    row,
    id,
  );
  builder.addEvent(
    {
      id,
      date: start.value.first,
      ...(endDate === undefined ? {} : { endDate }),
      datePrecision: start.value.precision,
      category: timelineCategory(slide.group, slide.isEra),
      title,
      summary: headline === '' ? text.slice(title.length).trim() : text,
      actors: [],
      place: null,
      figures: {},
      sources,
      confidence: '',
    },
    row,
    'unique',
  );
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

function uniqueId(used: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}

/** True for a decoded JSON object shaped like a TimelineJS file. */
export function isTimelineJson(value: Record<string, unknown>): boolean {
  const events = value.events;
  if (Array.isArray(value.eras)) return true;
  return Array.isArray(events) && events.some((item) => isObject(item) && 'start_date' in item);
}

/** Imports a decoded TimelineJS JSON object. */
export function importTimelineJson(value: Record<string, unknown>, fileName: string): ImportResult {
  const events = Array.isArray(value.events) ? value.events : [];
  const eras = Array.isArray(value.eras) ? value.eras : [];
  if (events.length === 0 && eras.length === 0) throw new DatasetFormatError(problem('problem.file.noSlides'));
  const builder = createDatasetBuilder(fileName);
  const used = new Set<string>();
  events.forEach((item: unknown, i) => addJsonSlide(builder, used, item, i, false, ''));
  eras.forEach((item: unknown, i) => addJsonSlide(builder, used, item, events.length + i, true, `eras[${i}].`));
  const titleSlide = isObject(value.title) && isObject(value.title.text) ? value.title.text : undefined;
  const meta = importedMeta(fileName, FORMAT_LABELS['timelinejs-json'], {
    title: htmlToText(text(titleSlide?.headline)),
  });
  return { format: 'timelinejs-json', fileName, ...builder.build(meta, events.length + eras.length) };
}

function addJsonSlide(builder: DatasetBuilder, used: Set<string>, item: unknown, row: number, isEra: boolean, where: string): void {
  if (!isObject(item)) return builder.reject(row, `${where}(slide)`, problem('problem.row.notObject'));
  const textObject = isObject(item.text) ? item.text : {};
  const media = isObject(item.media) ? item.media : {};
  addSlide(
    builder,
    used,
    {
      start: dateParts(item.start_date),
      end: dateParts(item.end_date),
      headline: text(textObject.headline),
      text: text(textObject.text),
      group: text(item.group),
      mediaUrl: text(media.url),
      mediaCaption: text(media.caption),
      mediaCredit: text(media.credit),
      uniqueId: toKebabId(text(item.unique_id)),
      isEra,
    },
    row,
    where,
  );
}

function dateParts(value: unknown): TimelineSlide['start'] {
  if (!isObject(value)) return undefined;
  return { year: part(value.year), month: part(value.month), day: part(value.day) };
}

function part(value: unknown): DatePart {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a CSV header is the TimelineJS sheet template. */
export function isTimelineSheetHeader(columns: Columns): boolean {
  return columns.has('year') && (columns.has('headline') || columns.has('text'));
}

/** A row importer for the TimelineJS sheet template saved as CSV. */
export function timelineSheetImporter(header: readonly string[], fileName: string): CsvRowImporter {
  const columns = columnsOf(header);
  requireColumns(columns, ['year', 'headline'], 'timeline');
  const builder = createDatasetBuilder(fileName);
  const used = new Set<string>();
  let title = '';
  return {
    addRow(cells, row) {
      const get = (name: string) => columns.get(cells, name);
      if (!checkRowWidth(cells, columns, (kind, why) => builder[kind](row, '(row)', why))) return;
      const type = get('type').toLowerCase();
      if (type === 'title') {
        // The sheet's title row names the timeline; it is counted as the file's details, not an event.
        if (title !== '') builder.warn(row, 'headline', problem('problem.row.secondTitle', { title: title.slice(0, 80) }));
        title = htmlToText(get('headline'));
        builder.info(row);
        return;
      }
      addSlide(
        builder,
        used,
        {
          start: { year: get('year'), month: get('month'), day: get('day') },
          end: { year: get('end_year'), month: get('end_month'), day: get('end_day') },
          headline: get('headline'),
          text: get('text'),
          group: get('group'),
          mediaUrl: get('media'),
          mediaCaption: get('media_caption'),
          mediaCredit: get('media_credit'),
          uniqueId: '',
          isEra: type === 'era',
        },
        row,
        '',
      );
    },
    rejectRow: (row, why) => builder.reject(row, '(row)', why),
    finish(rowCount) {
      const meta = importedMeta(fileName, FORMAT_LABELS['timelinejs-csv'], { title });
      return { format: 'timelinejs-csv', fileName, ...builder.build(meta, rowCount) };
    },
  };
}
