/**
 * The text the search box matches for each event: title, summary, place, actor names (each with
 * its translations, so a reader can search in Ukrainian or Russian) and sources, lower-cased. The events worker builds it while parsing (off the main thread);
 * otherwise the event index builds it on the first search.
 */
import { translatedTexts } from './localized';
import type { Actor, EventRecord, Place } from './model';

/** Lower-cased searchable text of one event. */
export function eventSearchText(event: EventRecord, placeById: ReadonlyMap<string, Place>, actorById: ReadonlyMap<string, Actor>): string {
  const place = event.place === null ? undefined : placeById.get(event.place);
  return [
    event.title,
    ...translatedTexts(event.title_i18n),
    event.summary,
    ...translatedTexts(event.summary_i18n),
    place?.name ?? '',
    ...translatedTexts(place?.name_i18n),
    place?.country ?? '',
    ...event.actors.flatMap((ref) => {
      const actor = actorById.get(ref.id);
      return actor === undefined ? [ref.id] : [actor.name, ...translatedTexts(actor.name_i18n)];
    }),
    ...event.sources.map((source) => `${source.title} ${source.publisher ?? ''} ${source.url ?? ''}`),
  ]
    .join('\n')
    .toLowerCase();
}
