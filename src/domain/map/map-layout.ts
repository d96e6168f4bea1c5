/**
 * Where each marker goes at a zoom level: one marker per place; places that would sit on top
 * of each other are moved apart (with a leader line to their true position) when there is room
 * nearby, and otherwise gathered into a cluster marker that zooms in when activated. At the
 * highest zoom nothing is clustered. No marker ever hides another, so every place stays
 * reachable by pointer and keyboard.
 */
import { dominantCategory, sumCategoryCounts, type DominantCategory, type PlaceGroup, type PlaceGrouping } from './map-places';
import { placeCircles } from './map-placement';
import { pixelsToLatLon, projectToPixels } from './map-projection';

export const MAP_MIN_ZOOM = 1;
/** Beyond this the 1:50m country shapes are too coarse to be useful. */
export const MAP_MAX_ZOOM = 12;
/** Symbol radius range (pixels): area grows with the event count. */
export const MARKER_MIN_RADIUS = 5;
export const MARKER_MAX_RADIUS = 16;
/** Every marker's hit area is at least 24×24 px (WCAG target size), selection ring included. */
const MIN_HIT_RADIUS = 12;
const RING_ROOM = 4;

interface Positioned {
  /** Stable key for reusing the marker between renders. */
  key: string;
  /** True position (for a cluster: its busiest place). */
  lat: number;
  lon: number;
  /** Where the marker is drawn (differs from the true position when moved aside). */
  displayLat: number;
  displayLon: number;
  /** Symbol radius and hit-area radius, in pixels. */
  radius: number;
  hitRadius: number;
}

export interface PlaceItem extends Positioned {
  kind: 'place';
  group: PlaceGroup;
  /** True when moved away from its true position (draw a leader line). */
  displaced: boolean;
}

export interface ClusterItem extends Positioned {
  kind: 'cluster';
  /** Places in the cluster, most events first. */
  groups: PlaceGroup[];
  count: number;
  /** Events per category over all its places, parallel to `grouping.categories`. */
  categoryCounts: Uint32Array;
  dominant: DominantCategory;
}

export type MapItem = PlaceItem | ClusterItem;

export interface PlaceLayout {
  grouping: PlaceGrouping;
  /** The markers at a zoom level (snapped to MAP_ZOOM_SNAP), in west-to-east order (the keyboard order). Cached. */
  itemsAt(zoom: number): MapItem[];
  /** Where to go to open a cluster shown at `zoom`: the first zoom that splits it, centred on its places. */
  expansion(cluster: ClusterItem, zoom: number): { zoom: number; lat: number; lon: number };
}

/**
 * Symbol radius for an event count: area proportional to the count (sqrt scale), relative to
 * the busiest place, never smaller than MARKER_MIN_RADIUS.
 * @example markerRadius(4, 16) // 8
 */
export function markerRadius(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return MARKER_MIN_RADIUS;
  return Math.max(MARKER_MIN_RADIUS, MARKER_MAX_RADIUS * Math.sqrt(Math.min(1, count / maxCount)));
}

/** Hit-area radius around a symbol: room for the selection ring, at least 12 px. */
export function hitRadius(radius: number): number {
  return Math.max(MIN_HIT_RADIUS, radius + RING_ROOM);
}

/** Most events first, then by place id (so the order never depends on the order of loading). */
function byCountThenId(a: PlaceGroup, b: PlaceGroup): number {
  return b.count - a.count || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0);
}

/** Builds the layout for a grouping; each zoom level is computed on first use, then cached. */
export function createPlaceLayout(grouping: PlaceGrouping): PlaceLayout {
  // Busiest places first: they keep their true position; ties by id so layouts are stable.
  const ordered = [...grouping.groups].sort(byCountThenId);
  const cache = new Map<number, MapItem[]>();
  const itemsAt = (zoom: number): MapItem[] => {
    const z = clampZoom(zoom);
    let items = cache.get(z);
    if (!items) {
      items = layoutAt(ordered, grouping, z);
      cache.set(z, items);
    }
    return items;
  };
  return {
    grouping,
    itemsAt,
    expansion(cluster, zoom) {
      const members = new Set(cluster.groups.map((g) => g.place.id));
      const seed = cluster.groups[0]?.place.id;
      let target = MAP_MAX_ZOOM;
      for (let z = clampZoom(zoom) + MAP_ZOOM_SNAP; z <= MAP_MAX_ZOOM; z += MAP_ZOOM_SNAP) {
        const holder = itemsAt(z).find((item) => item.kind === 'cluster' && item.groups.some((g) => g.place.id === seed));
        if (!holder || holder.kind !== 'cluster' || holder.groups.length < members.size) {
          target = z;
          break;
        }
      }
      const lats = cluster.groups.map((g) => g.place.lat);
      const lons = cluster.groups.map((g) => g.place.lon);
      return { zoom: target, lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: (Math.min(...lons) + Math.max(...lons)) / 2 };
    },
  };
}

/** The map snaps to half zoom levels; layouts are made (and cached) per half level. */
export const MAP_ZOOM_SNAP = 0.5;

function clampZoom(zoom: number): number {
  return Math.max(MAP_MIN_ZOOM, Math.min(MAP_MAX_ZOOM, Math.round(zoom / MAP_ZOOM_SNAP) * MAP_ZOOM_SNAP));
}

function layoutAt(ordered: readonly PlaceGroup[], grouping: PlaceGrouping, zoom: number): MapItem[] {
  const { maxCount, categories } = grouping;
  const points = ordered.map((group) => {
    const radius = markerRadius(group.count, maxCount);
    return { ...projectToPixels(group.place.lat, group.place.lon, zoom), r: hitRadius(radius), radius };
  });
  const placements = placeCircles(points, zoom < MAP_MAX_ZOOM);

  // Places that found no room join the marker in their way.
  const joined = new Map<number, PlaceGroup[]>();
  placements.forEach((placement, i) => {
    if (placement.kind !== 'merged') return;
    const list = joined.get(placement.into);
    const group = ordered[i] as PlaceGroup;
    if (list) list.push(group);
    else joined.set(placement.into, [group]);
  });

  const items: MapItem[] = [];
  placements.forEach((placement, i) => {
    if (placement.kind !== 'placed') return;
    const group = ordered[i] as PlaceGroup;
    const point = points[i] as (typeof points)[number];
    const displaced = placement.x !== point.x || placement.y !== point.y;
    const shown = displaced ? pixelsToLatLon(placement.x, placement.y, zoom) : { lat: group.place.lat, lon: group.place.lon };
    const base = { lat: group.place.lat, lon: group.place.lon, displayLat: shown.lat, displayLon: shown.lon, hitRadius: point.r };
    const others = joined.get(i);
    if (!others) {
      items.push({ ...base, kind: 'place', key: `p:${group.place.id}`, group, radius: point.radius, displaced });
      return;
    }
    const groups = [group, ...others];
    const categoryCounts = sumCategoryCounts(groups, categories.length);
    items.push({
      ...base,
      kind: 'cluster',
      key: `c:${group.place.id}`,
      groups,
      count: groups.reduce((sum, g) => sum + g.count, 0),
      categoryCounts,
      dominant: dominantCategory(categoryCounts, categories),
      // A cluster keeps the footprint of the marker it grew from, so it never covers a neighbour.
      radius: point.r - RING_ROOM,
    });
  });
  return items.sort((a, b) => a.displayLon - b.displayLon || b.displayLat - a.displayLat);
}

const groupsByPlace = new WeakMap<PlaceGrouping, Map<string, PlaceGroup>>();

/** The grouping's groups by place id (made once per grouping). */
function groupsOf(grouping: PlaceGrouping): Map<string, PlaceGroup> {
  let byPlace = groupsByPlace.get(grouping);
  if (!byPlace) {
    byPlace = new Map(grouping.groups.map((group) => [group.place.id, group]));
    groupsByPlace.set(grouping, byPlace);
  }
  return byPlace;
}

/**
 * A layout's markers counted over a narrower selection (the date range inside the layout's
 * events). Crossfilter, as on the timeline: a date change does not lay the map out again. Every
 * marker stays where the layout put it and keeps its hit area; its symbol is sized by the events
 * in range on the layout's scale (the busiest place over all dates is the largest symbol), so
 * sizes compare across dates and playback; a marker with no event in range is left out. Symbols
 * only shrink inside their hit areas, so no two markers overlap.
 * @example itemsWithCounts(layout.itemsAt(5), groupEventsByPlace(index, dated), layout.grouping)
 */
export function itemsWithCounts(items: readonly MapItem[], counts: PlaceGrouping, scale: PlaceGrouping): MapItem[] {
  const byPlace = groupsOf(counts);
  const out: MapItem[] = [];
  for (const item of items) {
    if (item.kind === 'place') {
      const group = byPlace.get(item.group.place.id);
      if (!group) continue;
      out.push(group === item.group ? item : { ...item, group, radius: markerRadius(group.count, scale.maxCount) });
      continue;
    }
    const groups: PlaceGroup[] = [];
    let same = true;
    for (const member of item.groups) {
      const group = byPlace.get(member.place.id);
      if (group) groups.push(group);
      same &&= group === member;
    }
    if (same) {
      out.push(item);
      continue;
    }
    if (groups.length === 0) continue;
    groups.sort(byCountThenId);
    const categoryCounts = sumCategoryCounts(groups, counts.categories.length);
    out.push({
      ...item,
      groups,
      count: groups.reduce((sum, g) => sum + g.count, 0),
      categoryCounts,
      dominant: dominantCategory(categoryCounts, counts.categories),
    });
  }
  return out;
}
