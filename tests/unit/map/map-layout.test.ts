import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { EMPTY_FILTERS, selectEvents } from '../../../src/domain/selection/filters';
import { createPlaceLayout, itemsWithCounts, hitRadius, markerRadius, MAP_MAX_ZOOM, MAP_MIN_ZOOM, MAP_ZOOM_SNAP, MARKER_MAX_RADIUS, MARKER_MIN_RADIUS, type MapItem } from '../../../src/domain/map/map-layout';
import { groupEventsByPlace } from '../../../src/domain/map/map-places';
import { pixelsToLatLon, projectToPixels } from '../../../src/domain/map/map-projection';
import { PLACEMENT_GAP } from '../../../src/domain/map/map-placement';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { miniIndex } from '../../helpers/render-dashboard';

function layoutOf(index = miniIndex()) {
  return createPlaceLayout(groupEventsByPlace(index, selectEvents(index, EMPTY_FILTERS).filtered));
}

function placeIds(item: MapItem): string[] {
  return item.kind === 'place' ? [item.group.place.id] : item.groups.map((g) => g.place.id);
}

function overlapping(items: readonly MapItem[], zoom: number): string[] {
  const bad: string[] = [];
  const points = items.map((item) => ({ item, ...projectToPixels(item.displayLat, item.displayLon, zoom) }));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (!a || !b) continue;
      // Half a pixel of slack for the round trip through latitude/longitude.
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.item.hitRadius + b.item.hitRadius + PLACEMENT_GAP - 0.5) bad.push(`${a.item.key} × ${b.item.key}`);
    }
  return bad;
}

/** The mini dataset plus `extra` places crowded around Kramatorsk, each with one strike. */
function crowdedIndex(extra: number) {
  const file = miniDatasetFile();
  for (let i = 0; i < extra; i++) {
    const id = `village-${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`;
    file.places.push({ id, name: `Village ${i + 1}`, lat: 48.72 + ((i % 5) - 2) * 0.03, lon: 37.55 + (Math.floor(i / 5) - 2) * 0.03, country: 'Ukraine' });
    file.events.push({ ...file.events[5]!, id: `strike-2026-02-18-${id}`, place: id, title: `Strike on village ${i + 1}` });
  }
  return buildEventIndex(parseDataset(file).dataset);
}

describe('projection', () => {
  it('matches Leaflet (EPSG:3857) pixel for pixel and round-trips', () => {
    for (const [lat, lon, zoom] of [[48.6203, 37.5278, 7], [24.4781, 54.3686, 3], [-33.9, 151.2, 10], [0, 0, 0]] as const) {
      const mine = projectToPixels(lat, lon, zoom);
      const leaflet = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), zoom);
      expect(mine.x).toBeCloseTo(leaflet.x, 6);
      expect(mine.y).toBeCloseTo(leaflet.y, 6);
      const back = pixelsToLatLon(mine.x, mine.y, zoom);
      expect(back.lat).toBeCloseTo(lat, 9);
      expect(back.lon).toBeCloseTo(lon, 9);
    }
  });
});

describe('markerRadius', () => {
  it('grows with the square root of the count (area proportional) up to the busiest place', () => {
    expect(markerRadius(16, 16)).toBe(MARKER_MAX_RADIUS);
    expect(markerRadius(4, 16)).toBe(MARKER_MAX_RADIUS / 2);
    expect(markerRadius(1, 10_000)).toBe(MARKER_MIN_RADIUS);
  });

  it('keeps every hit area at least 24 px across', () => {
    expect(hitRadius(MARKER_MIN_RADIUS) * 2).toBeGreaterThanOrEqual(24);
    expect(hitRadius(MARKER_MAX_RADIUS)).toBeGreaterThan(MARKER_MAX_RADIUS);
  });
});

describe('createPlaceLayout', () => {
  it('keeps Druzhkivka, Kramatorsk and Sloviansk (10–30 km apart) separately reachable at every zoom', () => {
    const layout = layoutOf();
    for (let zoom = MAP_MIN_ZOOM; zoom <= MAP_MAX_ZOOM; zoom += MAP_ZOOM_SNAP) {
      const items = layout.itemsAt(zoom);
      expect(overlapping(items, zoom), `zoom ${zoom}`).toEqual([]);
      for (const id of ['druzhkivka', 'kramatorsk', 'sloviansk']) {
        const own = items.filter((item) => item.kind === 'place' && item.group.place.id === id);
        expect(own, `${id} at zoom ${zoom}`).toHaveLength(1);
      }
    }
  });

  it('draws a moved marker away from its true position and says so (for the leader line)', () => {
    const items = layoutOf().itemsAt(5);
    const moved = items.filter((item) => item.kind === 'place' && item.displaced);
    expect(moved.length).toBeGreaterThan(0);
    for (const item of moved) expect([item.displayLat, item.displayLon]).not.toEqual([item.lat, item.lon]);
    const still = items.filter((item) => item.kind === 'place' && !item.displaced);
    for (const item of still) expect([item.displayLat, item.displayLon]).toEqual([item.lat, item.lon]);
  });

  it('leaves places far apart where they are', () => {
    const items = layoutOf().itemsAt(MAP_MAX_ZOOM);
    expect(items.every((item) => item.kind === 'place' && !item.displaced)).toBe(true);
  });

  it('lists markers west to east (the keyboard order)', () => {
    const items = layoutOf().itemsAt(3);
    const lons = items.map((item) => item.displayLon);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
  });

  it('gathers a crowd of places into one cluster marker that names its busiest place and counts all events', () => {
    const layout = layoutOf(crowdedIndex(15));
    const items = layout.itemsAt(4);
    const cluster = items.find((item) => item.kind === 'cluster');
    expect(cluster).toBeDefined();
    if (cluster?.kind !== 'cluster') return;
    expect(cluster.groups.length).toBeGreaterThan(2);
    expect(cluster.count).toBe(cluster.groups.reduce((sum, g) => sum + g.count, 0));
    expect(cluster.dominant.category).toBe('strike');
    expect(layout.expansion(cluster, 4).zoom).toBeGreaterThan(4);
    expect(overlapping(items, 4)).toEqual([]);
  });

  it('shows every place exactly once at every zoom, and each place on its own marker at the highest zoom', () => {
    const index = crowdedIndex(40);
    const layout = layoutOf(index);
    const expected = index.dataset.places.map((p) => p.id).sort();
    for (let zoom = MAP_MIN_ZOOM; zoom <= MAP_MAX_ZOOM; zoom += MAP_ZOOM_SNAP) {
      const items = layout.itemsAt(zoom);
      expect(items.flatMap(placeIds).sort(), `zoom ${zoom}`).toEqual(expected);
      expect(overlapping(items, zoom), `zoom ${zoom}`).toEqual([]);
    }
    expect(layout.itemsAt(MAP_MAX_ZOOM).every((item) => item.kind === 'place')).toBe(true);
  });

  it('opens a cluster: at its expansion zoom its places are split over several markers', () => {
    const layout = layoutOf(crowdedIndex(15));
    const cluster = layout.itemsAt(4).find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    const members = new Set(placeIds(cluster));
    const target = layout.expansion(cluster, 4);
    const after = layout.itemsAt(target.zoom).filter((item) => placeIds(item).some((id) => members.has(id)));
    expect(after.length).toBeGreaterThan(1);
    // Centred on its places (around Kramatorsk).
    expect(target.lat).toBeCloseTo(48.72, 0);
    expect(target.lon).toBeCloseTo(37.55, 0);
  });

  it('recounts a layout for a narrower selection without moving a marker: symbols shrink in their hit areas, empty markers leave', () => {
    const index = crowdedIndex(15);
    const layout = layoutOf(index);
    const items = layout.itemsAt(4);
    const cluster = items.find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    // Half the cluster's places keep their events; every place outside it loses them but Abu Dhabi.
    const kept = new Set(cluster.groups.filter((_, i) => i % 2 === 0).map((g) => g.place.id).concat('abu-dhabi'));
    const { filtered } = selectEvents(index, EMPTY_FILTERS);
    const narrower = filtered.filter((position) => kept.has(index.events[position]?.place ?? ''));
    const counted = itemsWithCounts(items, groupEventsByPlace(index, narrower), layout.grouping);

    expect(counted.flatMap(placeIds).sort()).toEqual([...kept].sort());
    const before = new Map(items.map((item) => [item.key, item]));
    for (const item of counted) {
      const laidOut = before.get(item.key);
      expect(laidOut, item.key).toBeDefined();
      expect([item.displayLat, item.displayLon, item.hitRadius]).toEqual([laidOut?.displayLat, laidOut?.displayLon, laidOut?.hitRadius]);
      expect(item.radius).toBeLessThanOrEqual(laidOut?.radius ?? 0);
    }
    const recounted = counted.find((item) => item.key === cluster.key);
    if (recounted?.kind !== 'cluster') throw new Error('expected the cluster, recounted');
    expect(recounted.groups.map((g) => g.place.id).sort()).toEqual(cluster.groups.filter((g) => kept.has(g.place.id)).map((g) => g.place.id).sort());
    expect(recounted.count).toBe(recounted.groups.reduce((sum, g) => sum + g.count, 0));
    expect(overlapping(counted, 4)).toEqual([]);
    // The same selection as the layout's gives back the very same markers.
    expect(itemsWithCounts(items, layout.grouping, layout.grouping)).toEqual(items);
  });

  it('stays fast for 150,000 events over 3,000 places', () => {
    const file = miniDatasetFile();
    const template = file.events[5]!;
    file.places = [];
    file.events = [];
    for (let p = 0; p < 3000; p++) file.places.push({ id: `p-${p}`, name: `Place ${p}`, lat: 44 + (p % 60) * 0.14, lon: 23 + Math.floor(p / 60) * 0.3, country: 'Ukraine' });
    for (let e = 0; e < 150_000; e++) file.events.push({ ...template, id: `e-${e}`, place: `p-${(e * 7919) % 3000}` });
    const index = buildEventIndex(parseDataset(file).dataset);
    const { filtered } = selectEvents(index, EMPTY_FILTERS);
    // CPU time, not wall time: the test machine is shared, and waiting for a core is not our cost.
    const started = process.cpuUsage();
    const layout = createPlaceLayout(groupEventsByPlace(index, filtered));
    for (let zoom = MAP_MIN_ZOOM; zoom <= MAP_MAX_ZOOM; zoom += MAP_ZOOM_SNAP) layout.itemsAt(zoom);
    const used = process.cpuUsage(started);
    // Well under a second for all 23 zoom levels; each level is computed once, when first shown, and cached.
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
  });
});
