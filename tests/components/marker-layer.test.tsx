import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { translatorFor } from '../../src/domain/core/i18n/translator';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { createPlaceLayout, type ClusterItem, type MapItem, type PlaceItem } from '../../src/domain/map/map-layout';
import { groupEventsByPlace } from '../../src/domain/map/map-places';
import { MarkerLayer } from '../../src/features/map/marker-layer';
import { miniDatasetFile } from '../helpers/mini-dataset';

/** Twenty villages a hundred metres apart: at a low zoom a cluster, zoomed in single places. */
function villageItems(): { cluster: ClusterItem; place: PlaceItem; categories: readonly string[] } {
  const file = miniDatasetFile();
  const strike = file.events[5]!;
  file.events = [];
  for (let i = 0; i < 20; i++) {
    const id = `village-${String.fromCharCode(97 + i)}`;
    file.places.push({ id, name: `Village ${String.fromCharCode(65 + i)}`, lat: 48.7 + (i % 5) * 0.001, lon: 37.5 + Math.floor(i / 5) * 0.001, country: 'Ukraine' });
    file.events.push({ ...strike, id: `event-${id}`, place: id });
  }
  const index = buildEventIndex(parseDataset(file).dataset);
  const grouping = groupEventsByPlace(index, Uint32Array.from(index.events.keys()));
  const layout = createPlaceLayout(grouping);
  const cluster = layout.itemsAt(5).find((item): item is ClusterItem => item.kind === 'cluster');
  const place = layout.itemsAt(18).find((item): item is PlaceItem => item.kind === 'place' && !layout.itemsAt(5).some((other) => other.key === item.key));
  if (!cluster || !place) throw new Error('the villages make a cluster at zoom 5 and single places at zoom 18');
  return { cluster, place, categories: grouping.categories };
}

describe('MarkerLayer', () => {
  let map: L.Map | undefined;
  afterEach(() => {
    map?.remove();
    map = undefined;
    document.body.replaceChildren();
  });

  it('gives a cluster’s marker to a new place: the same element, drawn, named and working as a place', () => {
    const { cluster, place, categories } = villageItems();
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { center: [48.7, 37.5], zoom: 5 });
    const onTogglePlace = vi.fn();
    const layer = new MarkerLayer(map, () => ({ onTogglePlace, onOpenCluster: () => {} }), () => categories, () => translatorFor('en'));
    const shown = (items: MapItem[]) => {
      layer.update(items);
      layer.setState(undefined, new Set());
    };
    shown([cluster]);
    const element = container.querySelector<HTMLElement>('.leaflet-marker-icon');
    expect(element).toHaveClass('map-marker-cluster');
    expect(element?.querySelector('.map-cluster-disc')).not.toBeNull();
    expect(element).not.toHaveAttribute('aria-pressed');

    shown([place]);
    const markers = container.querySelectorAll<HTMLElement>('.leaflet-marker-icon');
    expect(markers).toHaveLength(1);
    expect(markers[0]).toBe(element);
    expect(element).toHaveClass('map-marker-place');
    expect(element).not.toHaveClass('map-marker-cluster');
    expect(element?.querySelector('.map-cluster-disc')).toBeNull();
    expect(element).toHaveAttribute('aria-pressed', 'false');
    expect(element?.getAttribute('aria-label')).toBe(`${place.group.place.name}: 1 event`);
    element?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onTogglePlace).toHaveBeenCalledWith(place.group.place.id);

    // And back: the place's marker becomes the cluster again, without a pressed state.
    shown([cluster]);
    expect(container.querySelectorAll('.leaflet-marker-icon')).toHaveLength(1);
    expect(element).toHaveClass('map-marker-cluster');
    expect(element).not.toHaveAttribute('aria-pressed');
    layer.remove();
  });
});
