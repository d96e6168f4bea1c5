/**
 * The default dataset against the fact sheet it was built from, row by row: a row that is missing,
 * moved, recategorised, re-placed or given other numbers fails here.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord, Figure } from '../../src/domain/core/model';
import { factSheetRows, loadDefaultDataset } from './load-files';

const dataset = loadDefaultDataset();
const rows = factSheetRows();
const eventsById = new Map(dataset.events.map((event) => [event.id, event]));
const placesById = new Map(dataset.places.map((place) => [place.id, place]));

const FIGURE_COLUMNS = ['killed', 'injured', 'drones', 'missiles', 'prisoners_exchanged'] as const;
type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/**
 * The figure key a sheet column lands in. Two deliberate exceptions: a prisoner swap agreed at a
 * talks round is `prisonersAgreed` (the swap itself is `prisonersExchanged`, so charts never count
 * it twice), and the disputed Valdai drone claim is `dronesClaimed`, never summed as launched.
 */
function figureKey(column: FigureColumn, event: EventRecord): string {
  if (column === 'prisoners_exchanged') return event.category === 'talks' ? 'prisonersAgreed' : 'prisonersExchanged';
  if (column === 'drones' && event.id === 'stmt-2025-12-29-valdai-claim') return 'dronesClaimed';
  return column;
}

const NUMBER = /\d[\d,]*/g;

function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER)].map((match) => Number(match[0].replace(/,/g, '')));
}

/**
 * The sheet cell's headline figure: "500-for-500" is 1000 people; otherwise the first number, or
 * the first "a-b" range. "about 26-29 in Kyiv, plus 6 in Kyiv region" → [26, 29].
 */
function headline(cell: string): [number, number] {
  const swap = /(\d+)-for-(\d+)/.exec(cell);
  if (swap) {
    const total = Number(swap[1]) + Number(swap[2]);
    return [total, total];
  }
  const match = /(\d[\d,]*)(?:\s*-\s*(\d[\d,]*))?/.exec(cell);
  if (!match?.[1]) throw new Error(`no number in "${cell}"`);
  const min = Number(match[1].replace(/,/g, ''));
  return [min, match[2] ? Number(match[2].replace(/,/g, '')) : min];
}

function expectFigureMatchesCell(cell: string, figure: Figure | undefined, otherFigures: string | undefined): void {
  if (!/\d/.test(cell)) {
    // Words such as "'significant number' (no verified total)" are not a figure: they stay as text.
    expect(figure, `"${cell}" must not become a figure`).toBeUndefined();
    expect(otherFigures ?? '').toContain(cell);
    return;
  }
  expect(figure, `no figure for "${cell}"`).toBeDefined();
  if (!figure) return;
  const [min, max] = headline(cell);
  expect([figure.min, figure.max], `figure for "${cell}"`).toEqual([min, max]);
  // Every other number the sheet gives (regional split, first report, other source) is in the note.
  const kept = new Set([figure.min, figure.max, ...numbersIn(figure.note ?? '')]);
  for (const number of numbersIn(cell)) {
    expect(kept.has(number), `${number} from "${cell}" is kept in ${JSON.stringify(figure)}`).toBe(true);
  }
}

describe('default dataset vs the fact sheet (data/sources/fact-sheet-events.csv)', () => {
  it('has exactly the sheet’s 60 events, with the sheet’s ids', () => {
    expect(rows).toHaveLength(60);
    expect(dataset.events.map((event) => event.id).sort()).toEqual(rows.map((row) => row.id).sort());
  });

  describe.each(rows.map((row) => [row.id ?? '', row] as const))('%s', (id, row) => {
    const event = eventsById.get(id);

    it('keeps the date, end date, precision and category', () => {
      expect(event).toBeDefined();
      expect(event?.date).toBe(row.date);
      expect(event?.endDate).toBe(row.end_date === '' ? undefined : row.end_date);
      expect(event?.datePrecision).toBe(row.date_precision === 'exact' ? 'day' : 'approximate');
      expect(event?.category).toBe(row.category);
    });

    it('sits at the sheet’s coordinates, or nowhere when the sheet has none', () => {
      if (row.lat === '' || row.lon === '') {
        expect(event?.place).toBeNull();
        expect(event?.geoNote).toMatch(/no coordinates/i);
        return;
      }
      const place = placesById.get(event?.place ?? '');
      expect(place, `place ${String(event?.place)}`).toBeDefined();
      expect([place?.lat, place?.lon]).toEqual([Number(row.lat), Number(row.lon)]);
    });

    it('keeps every killed/injured/drones/missiles/prisoners number and invents none', () => {
      if (!event) throw new Error(`missing ${id}`);
      for (const column of FIGURE_COLUMNS) {
        const cell = row[column] ?? '';
        const key = figureKey(column, event);
        if (cell === '') expect(event.figures[key], `${key} has no sheet value`).toBeUndefined();
        else expectFigureMatchesCell(cell, event.figures[key], event.otherFigures);
      }
    });

    it('keeps every source URL, the confidence note and the other figures', () => {
      const urls = (row.sources ?? '').split(' | ').filter((url) => url !== '');
      expect(event?.sources.map((source) => source.url).filter((url) => url !== undefined)).toEqual(urls);
      expect(event?.confidence).toBe(row.confidence);
      if (row.other_figures) expect(event?.otherFigures).toContain(row.other_figures);
    });
  });
});
