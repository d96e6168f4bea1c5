/**
 * Story mode: which step is open (the URL position, see url/story-codec.ts) and the filters a
 * step sets. Ids a story names but the data lacks are reported and
 * left out, never fatal.
 */
import type { EventIndex } from '../core/event-index';
import { ENGLISH, type Translator } from '../core/i18n/translator';
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

/** Something a story step names by id: a category, an actor, an event or a place. */
export interface StepItem {
  kind: 'category' | 'actor' | 'event' | 'place';
  id: string;
}

export interface StepFilters {
  filters: Filters;
  /** What the view names that the loaded data does not have (left out of `filters`). */
  unknown: StepItem[];
}

/**
 * The complete filter state a step shows: everything not named in the view is reset, so a step
 * looks the same whatever the reader did before. Unknown ids are dropped and listed.
 */
export function stepFilters(view: StoryView, index: EventIndex): StepFilters {
  const unknown: StepItem[] = [];
  const keep = (ids: readonly string[] | undefined, known: (id: string) => boolean, kind: StepItem['kind']) =>
    (ids ?? []).filter((id) => {
      if (known(id)) return true;
      unknown.push({ kind, id });
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
    else unknown.push({ kind: 'event', id: view.event });
  }
  if (view.place !== undefined) {
    if (index.placeById.has(view.place)) filters.place = view.place;
    else unknown.push({ kind: 'place', id: view.place });
  }
  return { filters, unknown };
}

/**
 * One line per step that names something the data lacks, for the reader (and whoever edits
 * the stories file) to see, in `tr`'s language.
 * @example storyProblems(story, index) // ['Step 2 names event "x", which is not in the loaded data.']
 */
export function storyProblems(story: Story, index: EventIndex, tr: Translator = ENGLISH): string[] {
  const problems: string[] = [];
  story.steps.forEach((step, i) => {
    const { unknown } = stepFilters(step.view, index);
    if (unknown.length === 0) return;
    const items = unknown.map((item) => tr.t('story.unknownItem', { kind: item.kind, id: item.id })).join(', ');
    problems.push(tr.t('story.stepMissing', { step: tr.number(i + 1), items, count: unknown.length }));
  });
  return problems;
}
