/**
 * The interactions the benchmark replays, derived from the dataset itself so that every step
 * really changes what is shown. Expected counts come from the app's own selectEvents, which
 * also lets the benchmark notice a view that shows the wrong number.
 */
import { fromDayNumber } from '../../src/domain/core/calendar-date';
import type { DatasetFile } from '../../src/domain/core/dataset-schema';
import { buildEventIndex, type EventIndex } from '../../src/domain/core/event-index';
import { selectEvents } from '../../src/domain/selection/filters';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { decodeFilters } from '../../src/domain/url/filters-codec';
import { createRng } from '../../scripts/lib/synth/prng';

export type FilterKind = 'date' | 'actor' | 'category' | 'text' | 'clear';

export interface FilterStep {
  kind: FilterKind;
  /** Whole query string of the new state ("" = no filter). */
  search: string;
  /** Events the status line should then show. */
  expected: number;
}

export interface SelectStep {
  id: string;
  /** Title the Event details view should then show. */
  title: string;
}

export interface Scenarios {
  index: EventIndex;
  filterSteps: FilterStep[];
  selectSteps: SelectStep[];
}

/** Builds `filterCount` filter steps (date, actor, category, text, clear, ...) and `selectCount` selections. */
export function buildScenarios(file: DatasetFile, filterCount: number, selectCount: number, seed = 7): Scenarios {
  const { dataset } = parseDataset(file);
  const index = buildEventIndex(dataset);
  const rng = createRng(seed);
  const countOf = (search: string) => selectEvents(index, decodeFilters(search).filters).shown.length;

  // Actors that narrow the view a lot but not to nothing: the busiest non-state actors.
  const actorUse = new Map<string, number>();
  for (const event of file.events) for (const ref of event.actors) actorUse.set(ref.id, (actorUse.get(ref.id) ?? 0) + 1);
  const kindOf = new Map(file.actors.map((a) => [a.id, a.kind]));
  const actors = [...actorUse.entries()]
    .filter(([id]) => kindOf.get(id) !== 'state')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([id]) => id);
  const categories = ['talks', 'humanitarian', 'statement', 'strike', 'talks,treaty', 'strike,talks'];
  const words = ['kharkiv', 'drones', 'prisoner exchange', 'market', 'synth-town 12', 'oil depot', 'abu dhabi', 'glide bombs'];

  const first = index.minDay;
  const months = Math.max(1, Math.floor((index.maxDay - index.minDay) / 30.4));
  const dateRange = (): string => {
    const start = first + Math.floor(rng.int(0, Math.max(0, months - 3)) * 30.4);
    const from = fromDayNumber(start);
    const to = fromDayNumber(Math.min(index.maxDay, start + rng.int(14, 120)));
    return `?from=${from}&to=${to}`;
  };
  const make: Record<FilterKind, () => string> = {
    date: dateRange,
    actor: () => (actors.length > 0 ? `?actors=${rng.pick(actors)}` : dateRange()),
    category: () => `?categories=${rng.pick(categories)}`,
    text: () => `?q=${encodeURIComponent(rng.pick(words))}`,
    clear: () => '',
  };
  const cycle: FilterKind[] = ['date', 'actor', 'category', 'text', 'clear'];

  const filterSteps: FilterStep[] = [];
  let previous = index.events.length;
  for (let i = 0; filterSteps.length < filterCount && i < filterCount * 20; i++) {
    const kind = cycle[filterSteps.length % cycle.length] ?? 'clear';
    const search = make[kind]();
    const expected = countOf(search);
    // A step that leaves the count unchanged cannot be timed by the status line; draw another.
    if (expected === previous) continue;
    filterSteps.push({ kind, search, expected });
    previous = expected;
  }
  // End unfiltered, so the heap after the steps compares with the heap after load.
  const last = filterSteps[filterSteps.length - 1];
  if (last && last.search !== '') filterSteps.push({ kind: 'clear', search: '', expected: index.events.length });

  const selectSteps: SelectStep[] = [];
  const located = file.events.filter((e) => e.place !== null);
  for (let i = 0; selectSteps.length < selectCount && i < selectCount * 20 && located.length > 0; i++) {
    const event = rng.pick(located);
    const before = selectSteps[selectSteps.length - 1];
    if (before && (before.title === event.title || before.id === event.id)) continue;
    selectSteps.push({ id: event.id, title: event.title });
  }
  return { index, filterSteps, selectSteps };
}

/** A `from` date in the middle of the data, for typing into the From field. */
export function middleDate(index: EventIndex): string {
  return fromDayNumber(Math.floor((index.minDay + index.maxDay) / 2));
}

