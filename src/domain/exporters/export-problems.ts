/**
 * The import's problem list as CSV, so a reader can fix their file row by row.
 */
import type { Translator } from '../core/i18n/translator';
import type { Rejection } from '../core/parse-dataset';
import { describeProblem } from '../core/problem';
import { csvDocument } from './csv-writer';

/**
 * One line per problem: whether the row was loaded, where it is (row numbers count data rows
 * from 1, the header not included), its id, the field and the reason.
 *
 * The reason is written in the reader's language (`tr`): the file is for the person who clicked
 * "Download problems" to go through their rows, in the language they read the same reasons on
 * screen. The header and the outcome stay fixed English identifiers, like the column names of
 * the CSV export, so a sheet's filters or a script keep working whichever language wrote the file.
 */
export function exportProblemsCsv(rejected: readonly Rejection[], warnings: readonly Rejection[], fileName: string, tr: Translator): string {
  // A change noted on a row that was then rejected (a short row with a bad date) was not loaded.
  const notLoaded = new Set(rejected.map((r) => `${r.section}:${r.index}`));
  const line = (outcome: string) => (r: Rejection) => [
    fileName,
    outcome,
    r.section,
    r.index < 0 ? '' : r.index + 1,
    r.id,
    r.field,
    describeProblem(r.problem, tr),
  ];
  return csvDocument([
    ['file', 'outcome', 'section', 'row', 'id', 'field', 'reason'],
    ...rejected.map(line('not loaded')),
    ...warnings.map((w) => line(notLoaded.has(`${w.section}:${w.index}`) ? 'not loaded' : 'loaded with a change')(w)),
  ]);
}
