/**
 * What the map frames: at first load the places of the source article (Abu Dhabi, where the
 * talks were held, and Kyiv and Druzhkivka, struck meanwhile); "Show all places" frames every one.
 */
import type { Place } from '../core/model';

/** The article's places, framed at first load when the dataset has them. */
export const ARTICLE_PLACE_IDS = ['abu-dhabi', 'kyiv', 'druzhkivka'] as const;

export interface LatLonBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Smallest span (degrees) framed, so one place is shown with some context, not at street level. */
const MIN_SPAN = 2;

/**
 * Bounds around some places, at least MIN_SPAN degrees each way; undefined for none.
 * @example boundsOf([{ lat: 50, lon: 30 }]) // { south: 49, west: 29, north: 51, east: 31 }
 */
export function boundsOf(places: readonly Pick<Place, 'lat' | 'lon'>[]): LatLonBounds | undefined {
  if (places.length === 0) return undefined;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lon } of places) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  const padLat = Math.max(0, (MIN_SPAN - (north - south)) / 2);
  const padLon = Math.max(0, (MIN_SPAN - (east - west)) / 2);
  return { south: south - padLat, west: west - padLon, north: north + padLat, east: east + padLon };
}

/**
 * The places framed at first load: the article's places the dataset has (plus a place chosen
 * in the link); when the dataset lacks them, every place with events (or every place).
 */
export function initialFramePlaces(allPlaces: ReadonlyMap<string, Place>, mapped: readonly Place[], extra?: Place): readonly Place[] {
  const article = ARTICLE_PLACE_IDS.map((id) => allPlaces.get(id)).filter((place): place is Place => place !== undefined);
  const base = article.length === ARTICLE_PLACE_IDS.length ? article : mapped.length > 0 ? mapped : [...allPlaces.values()];
  return extra && !base.includes(extra) ? [...base, extra] : base;
}
