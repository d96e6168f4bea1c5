import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function ChartsView({ model }: { model: DashboardModel }) {
  return <h2>Charts ({model.shownEvents.length})</h2>;
}
