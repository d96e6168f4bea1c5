/**
 * The shown events as CSV in the app's own layout (csv-layout.ts): one row per event, ACLED-style
 * place and casualty columns, the view's permalink in the last column of every row.
 */
import type { EventIndex } from '../core/event-index';
import type { EventRecord } from '../core/model';
import {
  CSV_COLUMNS,
  formatActorsCell,
  formatAttributesCell,
  formatFigureNotesCell,
  formatMoreFiguresCell,
  formatSourcesCell,
  type CsvColumn,
} from './csv-layout';
import { csvDocument } from './csv-writer';

/**
 * CSV text of `events`; `permalink` is the address of the view they were exported from.
 * @example exportCsv(model.shownEvents, model.index, pageUrl())
 */
export function exportCsv(events: readonly EventRecord[], index: EventIndex, permalink: string): string {
  const rows = events.map((event) => {
    const place = event.place === null ? undefined : index.placeById.get(event.place);
    // Own properties only: an event without a figure must not find one on Object.prototype.
    const killed = Object.hasOwn(event.figures, 'killed') ? event.figures.killed : undefined;
    const injured = Object.hasOwn(event.figures, 'injured') ? event.figures.injured : undefined;
    const cells: Record<CsvColumn, string | number | undefined> = {
      id: event.id,
      date: event.date,
      end_date: event.endDate,
      precision: event.datePrecision,
      category: event.category,
      title: event.title,
      summary: event.summary,
      actors: formatActorsCell(event.actors, (id) => index.actorById.get(id)),
      place: place?.id,
      location: place?.name,
      country: place?.country,
      lat: place?.lat,
      lon: place?.lon,
      geo_note: event.geoNote,
      killed_min: killed?.min,
      killed_max: killed?.max,
      injured_min: injured?.min,
      injured_max: injured?.max,
      more_figures: formatMoreFiguresCell(event.figures),
      figure_notes: formatFigureNotesCell(event.figures),
      other_figures: event.otherFigures,
      sources: formatSourcesCell(event.sources),
      confidence: event.confidence,
      attributes: formatAttributesCell(event.attributes),
      permalink,
    };
    return CSV_COLUMNS.map((column) => cells[column]);
  });
  return csvDocument([CSV_COLUMNS, ...rows]);
}
