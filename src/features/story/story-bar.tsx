import { useStories } from '../../api/stories-query';
import { describeError } from '../../domain/core/problem';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { StoryPanel } from './story-panel';

/**
 * Loads the stories file and shows the story panel (its open step in `dock`, over the map); a
 * missing file only costs the story, never the page.
 */
export function StoryBar({ model, dock }: { model: DashboardModel; dock?: Element | null }) {
  const query = useStories();
  const tr = useT();
  const { t } = tr;
  if (query.isPending) return <p className="story-loading muted">{t('story.loading')}</p>;
  if (query.isError) {
    return <p className="story-loading muted">{t('story.unavailable', { reason: describeError(query.error, tr) })}</p>;
  }
  // Stories are written for the default dataset: with a reader's own file open, a story none of
  // whose events are there would only lead to empty views.
  const usable = query.data.stories.filter((story) => story.steps.some((step) => step.view.event !== undefined && model.index.byId.has(step.view.event)));
  if (usable.length === 0) return null;
  return <StoryPanel model={model} stories={usable} fileProblems={query.data.problems} dock={dock} />;
}
