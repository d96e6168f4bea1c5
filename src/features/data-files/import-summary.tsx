import { exportProblemsCsv } from '../../domain/exporters/export-problems';
import { FORMAT_LABELS } from '../../domain/importers/import-types';
import type { OpenedData } from '../../state/data-source';
import { downloadText } from './download';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What an import gave: the file's name and format, how many events loaded and how many rows
 * were rejected or changed, the changes themselves, and the problem list as a CSV download.
 * (The rejected rows are listed by the dashboard's rejection report.)
 */
export function ImportSummary({ data }: { data: OpenedData }) {
  const { result, label } = data;
  const events = result.dataset.events.length;
  const rejectedRows = new Set(result.rejected.filter((r) => r.section === 'events').map((r) => r.index)).size;
  const otherRejections = result.rejected.filter((r) => r.section !== 'events').length;
  const changedRows = new Set(result.warnings.map((r) => r.index)).size;
  const problems = result.rejected.length + result.warnings.length;
  const problemsFile = `${label.split('/').pop() || 'import'}-problems.csv`;

  return (
    <div className="import-summary">
      <p className="import-counts">
        <strong className="import-name">{label}</strong> <span className="import-format">({FORMAT_LABELS[result.format]})</span>:{' '}
        {plural(events, 'event', 'events')} loaded, {plural(rejectedRows, 'row', 'rows')} rejected
        {otherRejections > 0 ? `, ${plural(otherRejections, 'actor or place', 'actors or places')} rejected` : ''}
        {changedRows > 0 ? `, ${plural(changedRows, 'row', 'rows')} loaded with a change` : ''}.
      </p>
      {result.warnings.length > 0 && (
        <details className="import-changes">
          <summary>{plural(result.warnings.length, 'change', 'changes')} made while loading</summary>
          <table>
            <caption className="visually-hidden">Rows that were loaded with a change, and what changed</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Id</th>
                <th scope="col">Field</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {result.warnings.map((w, i) => (
                <tr key={i}>
                  <td>{w.index < 0 ? 'file' : w.index + 1}</td>
                  <td>{w.id ?? '—'}</td>
                  <td>{w.field}</td>
                  <td>{w.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {problems > 0 && (
        <button
          type="button"
          onClick={() => downloadText(exportProblemsCsv(result.rejected, result.warnings, label), problemsFile, 'text/csv;charset=utf-8')}
        >
          Download problems (CSV)
        </button>
      )}
    </div>
  );
}
