/**
 * The words the map uses: marker names (what a screen reader announces), tooltip lines and
 * the text alternative under the map. Plain strings, rendered as text only.
 */
import { categoryPlural } from '../core/categories';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import { compareCategories, type DominantCategory } from './map-places';

/** "1 event", "12 events". */
export function countEvents(count: number, tr: Translator = ENGLISH): string {
  return tr.t('status.eventCount', { count });
}

function mix(count: number, dominant: DominantCategory, tr: Translator): string {
  if (count < 2 || dominant.category === '') return '';
  return tr.t(dominant.uniform ? 'map.allOf' : 'map.mostly', { categories: categoryPlural(dominant.category, tr) });
}

/**
 * Accessible name of a place marker.
 * @example placeMarkerLabel('Kyiv', 12, { category: 'strike', count: 9, uniform: false }) // 'Kyiv: 12 events, mostly strikes'
 */
export function placeMarkerLabel(name: string, count: number, dominant: DominantCategory, tr: Translator = ENGLISH): string {
  return tr.t('map.markerLabel', { name, count, mix: mix(count, dominant, tr) });
}

/**
 * Accessible name of a cluster marker: named after its busiest place.
 * @example clusterMarkerLabel('Kramatorsk', 12, 40, d) // 'Kramatorsk and 11 more places: 40 events, mostly strikes. Activate to zoom in'
 */
export function clusterMarkerLabel(topName: string, placeCount: number, count: number, dominant: DominantCategory, tr: Translator = ENGLISH): string {
  return tr.t('map.clusterLabel', { name: topName, others: placeCount - 1, count, mix: mix(count, dominant, tr) });
}

/**
 * The text alternative under the map, honest about events that cannot be mapped.
 * @example mapSummary(12, 3) // '12 places on the map; 3 events have no disclosed place and are not mapped.'
 */
export function mapSummary(placeCount: number, unplaced: number, tr: Translator = ENGLISH): string {
  const places = placeCount === 0 ? tr.t('map.noPlaces') : tr.t('map.places', { count: placeCount });
  if (unplaced === 0) return `${places}.`;
  const events = tr.t('map.unplaced', { count: unplaced });
  return `${places}; ${events}.`;
}

/**
 * Categories with events, most events first (ties in legend order), for tooltips.
 * @example categoryBreakdown([1, 3], ['talks', 'strike']) // [{ category: 'strike', count: 3 }, { category: 'talks', count: 1 }]
 */
export function categoryBreakdown(counts: ArrayLike<number>, categories: readonly string[]): { category: string; count: number }[] {
  const out: { category: string; count: number }[] = [];
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count > 0) out.push({ category: categories[i] ?? '', count });
  }
  return out.sort((a, b) => b.count - a.count || compareCategories(a.category, b.category));
}
