import { useStories } from '../../api/stories-query';
import type { DashboardModel } from '../../state/dashboard-model';
import { StoryPanel } from './story-panel';

/** Loads the stories file and shows the story panel; a missing file only costs the story, never the page. */
export function StoryBar({ model }: { model: DashboardModel }) {
  const query = useStories();
  if (query.isPending) return <p className="story-loading muted">Loading the guided story…</p>;
  if (query.isError) {
    return <p className="story-loading muted">The guided story is not available. {query.error.message}</p>;
  }
  return <StoryPanel model={model} stories={query.data.stories} fileProblems={query.data.problems} />;
}
