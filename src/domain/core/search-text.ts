/**
 * The text the search box matches for each event: title, summary, place, actor names and
 * sources, lower-cased. The events worker builds it while parsing (off the main thread);
 * otherwise the event index builds it on the first search.
 */
import type { Actor, EventRecord, Place } from './model';

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
