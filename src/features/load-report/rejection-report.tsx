import type { Rejection } from '../../domain/core/parse-dataset';
import { describeProblem } from '../../domain/core/problem';
import { useT } from '../../state/i18n';

/**
 * Lists everything in the file that was not loaded, with where it was and why, so that a
 * reader knows exactly what the views leave out.
 */
export function RejectionReport({ rejected, loadedCount }: { rejected: readonly Rejection[]; loadedCount: number }) {
  const tr = useT();
  const { t } = tr;
  if (rejected.length === 0) return null;
  const events = rejected.filter((r) => r.section === 'events').length;
  return (
    <details className="rejection-report" open={rejected.length <= 5}>
      <summary>
        {t('rejections.summary', { loaded: loadedCount, problems: rejected.length })}
        {events > 0 ? t('rejections.notLoaded', { count: events }) : ''}
      </summary>
      <table>
        <caption className="visually-hidden">{t('rejections.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rejections.where')}</th>
            <th scope="col">{t('rejections.id')}</th>
            <th scope="col">{t('rejections.field')}</th>
            <th scope="col">{t('rejections.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r, i) => (
            <tr key={i}>
              <td>{r.index < 0 ? t('rejections.file') : t('problem.where', { section: r.section, row: r.index + 1 })}</td>
              <td>{r.id ?? '—'}</td>
              <td>{r.field}</td>
              <td>{describeProblem(r.problem, tr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
