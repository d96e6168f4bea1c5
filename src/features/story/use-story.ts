/**
 * Which story step is open (from the URL) and the moves between steps. A step sets the whole
 * filter state (dates, categories, selected event), so the map, timeline and lists follow it.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { isUnfiltered, type Filters } from '../../domain/selection/filters';
import { PLAYBACK_KEYS, withoutKeys } from '../../domain/url/playback-codec';
import { decodeStoryUrl, encodeStoryUrl, resolveStoryStep, stepFilters, storyProblems, type OpenStep } from '../../domain/story/story';
import type { Story } from '../../domain/story/story-schema';
import type { DashboardModel } from '../../state/dashboard-model';
import { useSearch, writeSearch, type HistoryMode } from '../../state/url-filters';

export interface StoryState {
  open: OpenStep | undefined;
  /** The story id the URL names when no loaded story has it. */
  missingStoryId: string | undefined;
  /** What the open story names that the data lacks, one line per step. */
  problems: string[];
  goToStep(story: Story, stepIndex: number, mode?: HistoryMode): void;
  leave(): void;
}

/** Story position and moves over the model. `stories` is the validated stories file. */
export function useStory(model: DashboardModel, stories: readonly Story[]): StoryState {
  const { index, filters, actions } = model;
  const search = useSearch();
  const position = useMemo(() => decodeStoryUrl(search), [search]);
  const open = useMemo(() => resolveStoryStep(stories, position), [stories, position]);
  const openStory = open?.story;
  const problems = useMemo(() => (openStory ? storyProblems(openStory, index) : []), [openStory, index]);

  const goToStep = useCallback(
    (story: Story, stepIndex: number, mode: HistoryMode = 'push') => {
      const step = story.steps[stepIndex];
      if (!step) return;
      // Every key named, so nothing from the reader's previous view leaks into the step.
      const patch: Partial<Filters> = { from: undefined, to: undefined, event: undefined, place: undefined, ...stepFilters(step.view, index).filters };
      actions.setFilters(patch, mode);
      // A step replaces the view, so a playback position would no longer describe it.
      const rest = withoutKeys(window.location.search, PLAYBACK_KEYS);
      writeSearch(encodeStoryUrl({ storyId: story.id, step: stepIndex + 1 }, rest), 'replace');
    },
    [actions, index],
  );

  const leave = useCallback(() => {
    writeSearch(encodeStoryUrl(undefined, window.location.search), 'push');
  }, []);

  // A bare step link (`?story=…&step=3`, no filters) restores the step's view once the stories
  // have loaded. A link that carries filters already says what to show, so it is left alone.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !open) return;
    restored.current = true;
    if (isUnfiltered(filters) && filters.event === undefined) goToStep(open.story, open.index, 'replace');
  }, [open, filters, goToStep]);

  return {
    open,
    missingStoryId: position && !open ? position.storyId : undefined,
    problems,
    goToStep,
    leave,
  };
}
