import { describeProblem } from '../../domain/core/problem';
import { exportProblemsCsv } from '../../domain/exporters/export-problems';
import type { ImportReport } from '../../api/read-data';
import type { LoadedEvents } from '../../api/load-data';
import { useT } from '../../state/i18n';
import { downloadText } from './download';

/** A polygon file can bring 10,000 changes: the page lists the first ones, the CSV has them all. */
const MAX_LISTED_CHANGES = 100;


/**
 * What an import gave: the file's name and format, how many events loaded and how many rows
 * were rejected or changed, the changes themselves, and the problem list as a CSV download.
 * (The rejected rows are listed by the dashboard's rejection report.)
 */
export function ImportSummary({ loaded, report }: { loaded: LoadedEvents; report: ImportReport }) {
  const tr = useT();
  const { t } = tr;
  const label = loaded.sourceLabel;
  const { rejected } = loaded;
  const { warnings } = report;
  const events = loaded.index.events.length;
  const rejectedRows = new Set(rejected.filter((r) => r.section === 'events').map((r) => r.index)).size;
  const otherRejections = rejected.filter((r) => r.section !== 'events').length;
  const changedRows = new Set(warnings.map((r) => r.index)).size;
  const problems = rejected.length + warnings.length;
  const problemsFile = `${label.split('/').pop() || 'import'}-problems.csv`;

  return (
    <div className="import-summary">
      <p className="import-counts">
        <strong className="import-name">{label}</strong> <span className="import-format">({t(`importFormat.${report.format}`)})</span>:{' '}
        {t('import.counts', { events, rejected: rejectedRows, others: otherRejections, changed: changedRows })}
      </p>
      {warnings.length > 0 && (
        <details className="import-changes">
          <summary>{t('import.changes', { count: warnings.length })}</summary>
          {warnings.length > MAX_LISTED_CHANGES && (
            <p>{t('import.firstListed', { shown: tr.number(MAX_LISTED_CHANGES), count: tr.number(warnings.length) })}</p>
          )}
          <table>
            <caption className="visually-hidden">{t('import.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('rejections.id')}</th>
                <th scope="col">{t('rejections.field')}</th>
                <th scope="col">{t('import.whatChanged')}</th>
              </tr>
            </thead>
            <tbody>
              {warnings.slice(0, MAX_LISTED_CHANGES).map((w, i) => (
                <tr key={i}>
                  <td>{w.index < 0 ? t('rejections.file') : w.index + 1}</td>
                  <td>{w.id ?? '—'}</td>
                  <td>{w.field}</td>
                  <td>{describeProblem(w.problem, tr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {problems > 0 && (
        <button
          type="button"
          onClick={() => downloadText(exportProblemsCsv(rejected, warnings, label, tr), problemsFile, 'text/csv;charset=utf-8')}
        >
          {t('import.download')}
        </button>
      )}
    </div>
  );
}
