import type { DashboardModel } from '../../state/dashboard-model';

/** Placeholder: replaced by the real view. */
export function TimelineView({ model }: { model: DashboardModel }) {
  return <h2>Timeline ({model.shownEvents.length})</h2>;
}
