/**
 * The text the search box matches for each event: title, summary, place, actor names (each with
 * its translations, so a reader can search in Ukrainian or Russian) and sources, lower-cased. The events worker builds it while parsing (off the main thread);
 * otherwise the event index builds it on the first search.
 */
import { translatedTexts } from './localized';
import type { Actor, EventRecord, Place } from './model';

/**
 * Builds the search texts of many events: each place's and actor's part is lower-cased once and
 * reused (an export names the same few hundred actors and places on thousands of rows).
 */
export function searchTextBuilder(placeById: ReadonlyMap<string, Place>, actorById: ReadonlyMap<string, Actor>): (event: EventRecord) => string {
  const placeParts = new Map<string, string>();
  const actorParts = new Map<string, string>();
  const placePart = (id: string): string => {
    let part = placeParts.get(id);
    if (part === undefined) {
      const place = placeById.get(id);
      part = place === undefined ? '' : [place.name, ...translatedTexts(place.name_i18n), place.country ?? ''].join('\n').toLowerCase();
      placeParts.set(id, part);
    }
    return part;
  };
  const actorPart = (id: string): string => {
    let part = actorParts.get(id);
    if (part === undefined) {
      const actor = actorById.get(id);
      part = (actor === undefined ? id : [actor.name, ...translatedTexts(actor.name_i18n)].join('\n')).toLowerCase();
      actorParts.set(id, part);
    }
    return part;
  };
  return (event) => {
    let text = event.title;
    for (const translated of translatedTexts(event.title_i18n)) text += `\n${translated}`;
    text += `\n${event.summary}`;
    for (const translated of translatedTexts(event.summary_i18n)) text += `\n${translated}`;
    for (const source of event.sources) text += `\n${source.title} ${source.publisher ?? ''} ${source.url ?? ''}`;
    text = text.toLowerCase();
    text += `\n${event.place === null ? '' : placePart(event.place)}`;
    for (const ref of event.actors) text += `\n${actorPart(ref.id)}`;
    return text;
  };
}
