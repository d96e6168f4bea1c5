import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function DetailsView({ model }: { model: DashboardModel }) {
  return <h2>'Event ({model.shownEvents.length})</h2>;
}
