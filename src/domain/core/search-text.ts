/**
 * The text the search box matches for each event: title, summary, place, actor names and
 * sources, lower-cased. The events worker builds it while parsing (off the main thread);
 * otherwise it is built on the first search.
 */
import type { EventIndex } from './event-index';
import type { Actor, EventRecord, Place } from './model';

const cache = new WeakMap<EventIndex, readonly string[]>();

/** Lower-cased searchable text of one event. */
export function eventSearchText(event: EventRecord, placeById: ReadonlyMap<string, Place>, actorById: ReadonlyMap<string, Actor>): string {
  const place = event.place === null ? undefined : placeById.get(event.place);
  return [
    event.title,
    event.summary,
    place?.name ?? '',
    place?.country ?? '',
    ...event.actors.map((ref) => actorById.get(ref.id)?.name ?? ref.id),
    ...event.sources.map((source) => `${source.title} ${source.publisher ?? ''} ${source.url ?? ''}`),
  ]
    .join('\n')
    .toLowerCase();
}

/** Lower-cased searchable text per event position (memoised per index). */
export function searchTextOf(index: EventIndex): readonly string[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const texts = index.events.map((event) => eventSearchText(event, index.placeById, index.actorById));
  cache.set(index, texts);
  return texts;
}

/** Hands over texts built elsewhere (the events worker), one per event in index order. */
export function primeSearchText(index: EventIndex, texts: readonly string[]): void {
  if (texts.length === index.events.length) cache.set(index, texts);
}
