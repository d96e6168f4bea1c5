import type { Rejection } from '../../domain/core/parse-dataset';

/**
 * Lists everything in the file that was not loaded, with where it was and why, so that a
 * reader knows exactly what the views leave out.
 */
export function RejectionReport({ rejected, loadedCount }: { rejected: readonly Rejection[]; loadedCount: number }) {
  if (rejected.length === 0) return null;
  const events = rejected.filter((r) => r.section === 'events').length;
  return (
    <details className="rejection-report" open={rejected.length <= 5}>
      <summary>
        {loadedCount} events loaded; {rejected.length} {rejected.length === 1 ? 'problem' : 'problems'} in the file
        {events > 0 ? ` (${events} ${events === 1 ? 'event' : 'events'} not loaded)` : ''}
      </summary>
      <table>
        <caption className="visually-hidden">Items of the file that were not loaded, and why</caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Id</th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r, i) => (
            <tr key={i}>
              <td>{r.index < 0 ? 'file' : `${r.section} #${r.index + 1}`}</td>
              <td>{r.id ?? '—'}</td>
              <td>{r.field}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
