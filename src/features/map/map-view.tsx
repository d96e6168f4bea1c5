import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function MapView({ model }: { model: DashboardModel }) {
  return <h2>Map ({model.shownEvents.length})</h2>;
}
