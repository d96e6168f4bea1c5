/**
 * The import's problem list as CSV, so a reader can fix their file row by row.
 */
import type { Rejection } from '../core/parse-dataset';
import { csvDocument } from './csv-writer';

/**
 * One line per problem: whether the row was loaded, where it is (row numbers count data rows
 * from 1, the header not included), its id, the field and the reason.
 */
export function exportProblemsCsv(rejected: readonly Rejection[], warnings: readonly Rejection[], fileName: string): string {
  // A change noted on a row that was then rejected (a short row with a bad date) was not loaded.
  const notLoaded = new Set(rejected.map((r) => `${r.section}:${r.index}`));
  const line = (outcome: string) => (r: Rejection) => [
    fileName,
    outcome,
    r.section,
    r.index < 0 ? '' : r.index + 1,
    r.id,
    r.field,
    r.reason,
  ];
  return csvDocument([
    ['file', 'outcome', 'section', 'row', 'id', 'field', 'reason'],
    ...rejected.map(line('not loaded')),
    ...warnings.map((w) => line(notLoaded.has(`${w.section}:${w.index}`) ? 'not loaded' : 'loaded with a change')(w)),
  ]);
}
