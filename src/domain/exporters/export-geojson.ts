/**
 * The shown events as a GeoJSON FeatureCollection: one Point per event at its place
 * (`[lon, lat]`), `geometry: null` for events without a place, our field names as properties
 * and the view's permalink as a top-level member.
 */
import type { EventIndex } from '../core/event-index';
import type { Translations } from '../core/localized';
import type { EventRecord, Figure, Source } from '../core/model';

export interface ExportedFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: {
    id: string;
    date: string;
    endDate?: string;
    datePrecision: string;
    category: string;
    title: string;
    title_i18n?: Translations;
    summary: string;
    summary_i18n?: Translations;
    lang?: string;
    actors: { id: string; role: string; name: string; name_i18n?: Translations; kind: string; affiliation?: string }[];
    place: string | null;
    placeName?: string;
    placeName_i18n?: Translations;
    country?: string;
    geoNote?: string;
    figures: Record<string, Figure>;
    otherFigures?: string;
    attributes?: Record<string, string>;
    sources: Source[];
    confidence: string;
  };
}

export interface ExportedFeatureCollection {
  type: 'FeatureCollection';
  title: string;
  permalink: string;
  /** Present when the link cannot restore this data (an opened file): says so in words. */
  permalinkNote?: string;
  features: ExportedFeature[];
}

/** The FeatureCollection of `events`. */
export function exportFeatureCollection(events: readonly EventRecord[], index: EventIndex, permalink: string, permalinkNote?: string): ExportedFeatureCollection {
  return {
    type: 'FeatureCollection',
    title: index.dataset.meta.title,
    permalink,
    ...(permalinkNote === undefined ? {} : { permalinkNote }),
    features: events.map((event) => toFeature(event, index)),
  };
}

/** GeoJSON text of exportFeatureCollection. */
export function exportGeoJson(events: readonly EventRecord[], index: EventIndex, permalink: string, permalinkNote?: string): string {
  return `${JSON.stringify(exportFeatureCollection(events, index, permalink, permalinkNote), null, 2)}\n`;
}

function toFeature(event: EventRecord, index: EventIndex): ExportedFeature {
  const place = event.place === null ? undefined : index.placeById.get(event.place);
  const properties: ExportedFeature['properties'] = {
    id: event.id,
    date: event.date,
    datePrecision: event.datePrecision,
    category: event.category,
    title: event.title,
    summary: event.summary,
    actors: event.actors.map((ref) => {
      const actor = index.actorById.get(ref.id);
      const out: ExportedFeature['properties']['actors'][number] = { id: ref.id, role: ref.role, name: actor?.name ?? ref.id, kind: actor?.kind ?? 'organization' };
      if (actor?.affiliation) out.affiliation = actor.affiliation;
      if (actor?.name_i18n) out.name_i18n = actor.name_i18n;
      return out;
    }),
    place: place?.id ?? null,
    figures: event.figures,
    sources: event.sources,
    confidence: event.confidence,
  };
  if (event.endDate !== undefined) properties.endDate = event.endDate;
  if (place) {
    properties.placeName = place.name;
    if (place.name_i18n) properties.placeName_i18n = place.name_i18n;
    properties.country = place.country;
  }
  if (event.title_i18n !== undefined) properties.title_i18n = event.title_i18n;
  if (event.summary_i18n !== undefined) properties.summary_i18n = event.summary_i18n;
  if (event.lang !== undefined) properties.lang = event.lang;
  if (event.geoNote !== undefined) properties.geoNote = event.geoNote;
  if (event.otherFigures !== undefined) properties.otherFigures = event.otherFigures;
  if (event.attributes !== undefined) properties.attributes = event.attributes;
  return {
    type: 'Feature',
    id: event.id,
    geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties,
  };
}
