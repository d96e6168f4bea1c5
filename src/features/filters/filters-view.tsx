import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function FiltersView({ model }: { model: DashboardModel }) {
  return <h2>Filters ({model.shownEvents.length})</h2>;
}
