/**
 * Which story step is open (from the URL) and the moves between steps. A step sets the whole
 * filter state (dates, categories, selected event), so the map, timeline and lists follow it.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { isUnfiltered } from '../../domain/selection/filters';
import { resolveStoryStep, stepFilters, storyProblems, type OpenStep } from '../../domain/story/story';
import type { Story } from '../../domain/story/story-schema';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { useUrlState, writeUrl, type HistoryMode } from '../../state/url';

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
  const { index, filters } = model;
  const position = useUrlState().state.story;
  const open = useMemo(() => resolveStoryStep(stories, position), [stories, position]);
  const openStory = open?.story;
  const tr = useT();
  const problems = useMemo(() => (openStory ? storyProblems(openStory, index, tr) : []), [openStory, index, tr]);

  const goToStep = useCallback(
    (story: Story, stepIndex: number, mode: HistoryMode = 'push') => {
      const step = story.steps[stepIndex];
      if (!step) return;
      // The step's whole view, its position and no playback (which would no longer describe the
      // view), in one history entry. The step's filters are whole, so nothing from the reader's
      // previous view leaks into the step.
      const { filters } = stepFilters(step.view, index);
      writeUrl({ filters, story: { storyId: story.id, step: stepIndex + 1 }, playback: undefined }, mode);
    },
    [index],
  );

  const leave = useCallback(() => {
    writeUrl({ story: undefined }, 'push');
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
