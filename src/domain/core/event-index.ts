/**
 * Indexes built once per dataset so that filtering is a scan over typed arrays instead of a
 * walk over objects, and look-ups by id, place, actor and day are constant time.
 */
import { ATTRIBUTE_FACETS, attributeColumnBuilder, type AttributeColumn, type AttributeFacet } from './attribute-facets';
import { buildFigureColumns, type FigureColumns } from './figure-columns';
import type { Actor, Dataset, EventRecord, Place } from './model';
import { searchTextBuilder } from './search-text';

export interface EventIndex {
  dataset: Dataset;
  /** events[i] is the i-th event in date order; every array below is parallel to it. */
  events: readonly EventRecord[];
  startDay: Int32Array;
  endDay: Int32Array;
  /** 1 when the event has an end date of its own (drawn as a span), 0 for a one-day event. */
  hasEndDate: Uint8Array;
  /** Index into `categories`. */
  categoryCode: Uint16Array;
  categories: readonly string[];
  /** Index into dataset.places, or -1 for events without a place. */
  placeCode: Int32Array;
  /**
   * The codes (indexes into dataset.actors) of each event's actors, end to end: event i's are
   * actorList[actorStart[i]] up to (not including) actorList[actorStart[i + 1]]. Two flat arrays
   * instead of one small array per event: scanning 150,000 events' actors (the facet counts on
   * every filter change) reads memory in order, and the index holds two objects, not 150,000.
   */
  actorStart: Uint32Array;
  actorList: Uint32Array;
  byId: ReadonlyMap<string, number>;
  /** Position of each place in dataset.places (the codes used by placeCode). */
  placeCodeById: ReadonlyMap<string, number>;
  /** Position of each actor in dataset.actors (the codes used by actorCodes). */
  actorCodeById: ReadonlyMap<string, number>;
  placeById: ReadonlyMap<string, Place>;
  actorById: ReadonlyMap<string, Actor>;
  /** Event positions per place id. */
  byPlace: ReadonlyMap<string, readonly number[]>;
  /** Event positions per actor id. */
  byActor: ReadonlyMap<string, readonly number[]>;
  /** Event positions per start day. */
  byDay: ReadonlyMap<number, readonly number[]>;
  /** First and last day covered by any event (0, 0 when empty). */
  minDay: number;
  maxDay: number;
  /** ACLED's sub-type and region (admin1) as coded columns, what their facets filter and count. */
  attributes: Readonly<Record<AttributeFacet, AttributeColumn>>;
  /** Killed, injured and launch figures as typed columns (what the charts bin). */
  figures: FigureColumns;
  /** Lower-cased search text per event, built on the first search unless handed over at build. */
  searchTexts(): readonly string[];
}

export interface IndexOptions {
  /**
   * Search texts built elsewhere (by the data worker), one per event in date order, or their
   * promise: a search before they arrive builds them here instead.
   */
  searchTexts?: readonly string[] | Promise<readonly string[] | undefined>;
}

/** Builds every index for a dataset in one pass over its events. */
export function buildEventIndex(dataset: Dataset, options: IndexOptions = {}): EventIndex {
  const { events, places, actors } = dataset;
  const count = events.length;
  const placeCodeById = new Map(places.map((place, i) => [place.id, i]));
  const actorCodeById = new Map(actors.map((actor, i) => [actor.id, i]));
  const categoryCodeByName = new Map<string, number>();
  const categories: string[] = [];

  const startDay = new Int32Array(count);
  const endDay = new Int32Array(count);
  const hasEndDate = new Uint8Array(count);
  const categoryCode = new Uint16Array(count);
  const placeCode = new Int32Array(count);
  let actorTotal = 0;
  for (const event of events) actorTotal += event.actors.length;
  const actorStart = new Uint32Array(count + 1);
  const actorList = new Uint32Array(actorTotal);
  let actorAt = 0;
  const byId = new Map<string, number>();
  const byPlace = new Map<string, number[]>();
  const byActor = new Map<string, number[]>();
  const byDay = new Map<number, number[]>();
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  const subTypes = attributeColumnBuilder(ATTRIBUTE_FACETS.subTypes, count);
  const regions = attributeColumnBuilder(ATTRIBUTE_FACETS.regions, count);

  for (let i = 0; i < count; i++) {
    const event = events[i] as EventRecord;
    startDay[i] = event.startDay;
    endDay[i] = event.endDay;
    hasEndDate[i] = event.endDate === undefined ? 0 : 1;
    minDay = Math.min(minDay, event.startDay);
    maxDay = Math.max(maxDay, event.endDay);

    let code = categoryCodeByName.get(event.category);
    if (code === undefined) {
      code = categories.length;
      categories.push(event.category);
      categoryCodeByName.set(event.category, code);
    }
    categoryCode[i] = code;

    placeCode[i] = event.place === null ? -1 : (placeCodeById.get(event.place) ?? -1);
    actorStart[i] = actorAt;
    for (const ref of event.actors) {
      actorList[actorAt++] = actorCodeById.get(ref.id) ?? 0xffffffff;
      push(byActor, ref.id, i);
    }

    byId.set(event.id, i);
    if (event.place !== null) push(byPlace, event.place, i);
    push(byDay, event.startDay, i);
    subTypes.add(i, event.attributes);
    regions.add(i, event.attributes);
  }

  actorStart[count] = actorAt;
  const placeById = new Map(places.map((place) => [place.id, place]));
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const given = options.searchTexts;
  let searchTexts = Array.isArray(given) && given.length === count ? (given as readonly string[]) : undefined;
  if (given instanceof Promise) {
    void given.then(
      (texts) => {
        if (searchTexts === undefined && texts?.length === count) searchTexts = texts;
      },
      () => undefined,
    );
  }

  return {
    dataset,
    events,
    startDay,
    endDay,
    hasEndDate,
    categoryCode,
    categories,
    placeCode,
    actorStart,
    actorList,
    byId,
    placeCodeById,
    actorCodeById,
    placeById,
    actorById,
    byPlace,
    byActor,
    byDay,
    minDay: count === 0 ? 0 : minDay,
    maxDay: count === 0 ? 0 : maxDay,
    attributes: { subTypes: subTypes.finish(), regions: regions.finish() },
    figures: buildFigureColumns(events, categories),
    searchTexts: () => (searchTexts ??= events.map(searchTextBuilder(placeById, actorById))),
  };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
