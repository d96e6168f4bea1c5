import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function EventsListView({ model }: { model: DashboardModel }) {
  return <h2>Events ({model.shownEvents.length})</h2>;
}
