/**
 * Story mode: which step is open (the URL position, see url/story-codec.ts) and the filters a
 * step sets. Ids a story names but the data lacks are reported and
 * left out, never fatal.
 */
import type { EventIndex } from '../core/event-index';
import { EMPTY_FILTERS, type Filters } from '../selection/filters';
import type { StoryPosition } from '../url/story-codec';
import type { Story, StoryView } from './story-schema';

export interface OpenStep {
  story: Story;
  /** 0-based index into story.steps, clamped to the story's length. */
  index: number;
}

/** The story and step a URL position points at, or undefined when the story is not known. */
export function resolveStoryStep(stories: readonly Story[], position: StoryPosition | undefined): OpenStep | undefined {
  if (!position) return undefined;
  const story = stories.find((s) => s.id === position.storyId);
  if (!story) return undefined;
  return { story, index: Math.min(story.steps.length, position.step) - 1 };
}

export interface StepFilters {
  filters: Filters;
  /** Ids the view names that the loaded data does not have (left out of `filters`). */
  unknown: string[];
}

/**
 * The complete filter state a step shows: everything not named in the view is reset, so a step
 * looks the same whatever the reader did before. Unknown ids are dropped and listed.
 */
export function stepFilters(view: StoryView, index: EventIndex): StepFilters {
  const unknown: string[] = [];
  const keep = (ids: readonly string[] | undefined, known: (id: string) => boolean, kind: string) =>
    (ids ?? []).filter((id) => {
      if (known(id)) return true;
      unknown.push(`${kind} "${id}"`);
      return false;
    });
  const filters: Filters = {
    ...EMPTY_FILTERS,
    categories: keep(view.categories, (id) => index.categories.includes(id), 'category'),
    actors: keep(view.actors, (id) => index.actorById.has(id), 'actor'),
  };
  if (view.from !== undefined) filters.from = view.from;
  if (view.to !== undefined) filters.to = view.to;
  if (view.event !== undefined) {
    if (index.byId.has(view.event)) filters.event = view.event;
    else unknown.push(`event "${view.event}"`);
  }
  if (view.place !== undefined) {
    if (index.placeById.has(view.place)) filters.place = view.place;
    else unknown.push(`place "${view.place}"`);
  }
  return { filters, unknown };
}

/**
 * One line per step that names something the data lacks, for the reader (and whoever edits
 * the stories file) to see.
 * @example storyProblems(story, index) // ['Step 2 names event "x", which is not in the loaded data.']
 */
export function storyProblems(story: Story, index: EventIndex): string[] {
  const problems: string[] = [];
  story.steps.forEach((step, i) => {
    const { unknown } = stepFilters(step.view, index);
    if (unknown.length === 0) return;
    const which = unknown.length === 1 ? 'which is' : 'which are';
    problems.push(`Step ${i + 1} names ${unknown.join(', ')}, ${which} not in the loaded data.`);
  });
  return problems;
}
