/**
 * The text the search box matches for each event: title, summary, place, actor names and
 * sources, lower-cased. Built on the first search rather than at load, since many readers
 * never search and at 150,000 events it costs time and memory.
 */
import type { EventIndex } from './event-index';

const cache = new WeakMap<EventIndex, readonly string[]>();

/** Lower-cased searchable text per event position (memoised per index). */
export function searchTextOf(index: EventIndex): readonly string[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const texts = index.events.map((event) => {
    const place = event.place === null ? undefined : index.placeById.get(event.place);
    return [
      event.title,
      event.summary,
      place?.name ?? '',
      place?.country ?? '',
      ...event.actors.map((ref) => index.actorById.get(ref.id)?.name ?? ref.id),
      ...event.sources.map((source) => `${source.title} ${source.publisher ?? ''} ${source.url ?? ''}`),
    ]
      .join('\n')
      .toLowerCase();
  });
  cache.set(index, texts);
  return texts;
}
