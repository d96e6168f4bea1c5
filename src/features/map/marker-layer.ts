/**
 * The imperative edge between the map's markers and Leaflet: one Leaflet marker per map item,
 * reused between renders by key, so zooming and filtering touch only what changed; a marker no
 * longer needed stays on the map hidden and is given to the next new item (moved and redrawn in
 * place) rather than built again. React components hand it items and selection state; it never
 * holds app state of its own.
 */
import L from 'leaflet';
import type { ClusterItem, MapItem } from '../../domain/map/map-layout';
import type { Translator } from '../../domain/core/i18n/translator';
import { markerGraphic, markerLabel, tooltipContent, updateMarkerGraphic } from './marker-dom';
import { prefersReducedMotion } from '../../state/reduced-motion';

export interface MarkerLayerHandlers {
  /** A place marker was clicked or pressed with Enter/Space. */
  onTogglePlace(placeId: string): void;
  /** A cluster marker was clicked or pressed: zoom in until it splits. */
  onOpenCluster(cluster: ClusterItem): void;
}

interface Entry {
  /** The item the marker shows now (a spare keeps its last one). */
  item: MapItem;
  marker: L.Marker;
  /** A spare: on the map, hidden, waiting for an item. */
  hidden: boolean;
  /** What the picture depends on (shape, size, colour): when it changes, the picture is redrawn in place. */
  graphic: string;
  /** Last state written to the element, so that an update writes only what changed. */
  written: { label: string; selected: boolean; highlighted: boolean } | null;
}

const LEADER_PANE = 'map-leaders';
/**
 * Hidden markers kept on the map for new items. Taking a marker off the map and putting one on
 * costs Leaflet a new element each time (built, styled, laid out); a spare is moved and redrawn.
 * Spares still follow the map on zoom, so only so many are kept.
 */
const MAX_SPARE = 300;
/** A cluster opening that has not finished by then (e.g. the map was moved away) is forgotten. */
const OPENING_TIMEOUT_MS = 3000;

export class MarkerLayer {
  private readonly markers = L.layerGroup();
  private readonly leaders = L.layerGroup();
  private entries = new Map<string, Entry>();
  /** Hidden markers waiting for an item, by the key of the item they showed last. */
  private spare = new Map<string, Entry>();
  private leaderLayers = new Map<string, L.Layer[]>();
  private order: string[] = [];
  private selected: string | undefined;
  private highlighted: ReadonlySet<string> = new Set();
  /** After a cluster is opened: its place ids, to hand the focus to one of them once it is gone. */
  private opening: { clusterKey: string; placeIds: ReadonlySet<string>; at: number } | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly handlers: () => MarkerLayerHandlers,
    private readonly categories: () => readonly string[],
    /** The reader's language now: marker names and tooltips are written in it. */
    private readonly translator: () => Translator,
  ) {
    // Leader lines sit above the base map and below the markers.
    if (!map.getPane(LEADER_PANE)) map.createPane(LEADER_PANE).style.zIndex = '450';
    this.leaders.addTo(map);
    this.markers.addTo(map);
  }

  /**
   * Shows exactly these items (in this keyboard order). Markers are kept by key and updated in
   * place (position, picture, name): a filter change at thousands of places rebuilds nothing.
   */
  update(items: readonly MapItem[]): void {
    const focusedKey = this.focusedKey();
    const next = new Map<string, Entry>();
    const newcomers: MapItem[] = [];
    for (const item of items) {
      const kept = this.entries.get(item.key);
      if (kept) {
        this.show(kept, item);
        next.set(item.key, kept);
      } else {
        newcomers.push(item);
      }
    }
    // An item coming back takes its own hidden marker (nothing to redraw); others take markers
    // whose item has gone (no hiding and showing again), then any spare; only when all run out
    // is a marker built.
    const leaving: Entry[] = [];
    for (const [key, entry] of this.entries) if (!next.has(key)) leaving.push(entry);
    for (const item of newcomers) {
      const entry = this.takeSpare(item.key) ?? leaving.pop() ?? this.takeSpare();
      if (entry) this.show(entry, item);
      next.set(item.key, entry ?? this.createEntry(item));
    }
    for (const entry of leaving) this.hide(entry);
    this.entries = next;
    this.order = items.map((item) => item.key);
    this.keepTabOrder();
    this.drawLeaders(items);
    this.applyState();
    this.restoreFocus(focusedKey);
  }

  /** Marks the selected place and the highlighted places (hovered or selected event). */
  setState(selected: string | undefined, highlighted: ReadonlySet<string>): void {
    this.selected = selected;
    this.highlighted = highlighted;
    this.applyState();
  }

  remove(): void {
    this.markers.remove();
    this.leaders.remove();
    this.entries.clear();
    this.spare.clear();
    this.leaderLayers.clear();
  }

  /** Puts the marker where the item goes and draws it as the item's picture, in place. */
  private show(entry: Entry, item: MapItem): void {
    const before = entry.item;
    entry.item = item;
    if (before.displayLat !== item.displayLat || before.displayLon !== item.displayLon) entry.marker.setLatLng([item.displayLat, item.displayLon]);
    const graphic = graphicSignature(item);
    if (entry.graphic !== graphic) {
      entry.graphic = graphic;
      redrawIcon(entry.marker, item);
    }
    if (before.key !== item.key) {
      // Another item: its name and state are written afresh, and an open tooltip was the old one's.
      entry.marker.closeTooltip();
      entry.written = null;
    }
    if (entry.hidden) {
      entry.hidden = false;
      const element = entry.marker.getElement();
      if (element) element.style.display = '';
    }
  }

  /** The spare that showed this key last, or (without a key) any spare. */
  private takeSpare(key?: string): Entry | undefined {
    const found = key === undefined ? this.spare.keys().next().value : key;
    if (found === undefined) return undefined;
    const entry = this.spare.get(found);
    this.spare.delete(found);
    return entry;
  }

  /** Hides a marker whose item has gone and keeps it for the next new item (up to MAX_SPARE). */
  private hide(entry: Entry): void {
    if (this.spare.size >= MAX_SPARE || this.spare.has(entry.item.key)) {
      this.markers.removeLayer(entry.marker);
      return;
    }
    entry.marker.closeTooltip();
    entry.hidden = true;
    const element = entry.marker.getElement();
    if (element) {
      element.style.display = 'none';
      // Nothing of the old item lingers to be found by its name or state.
      element.classList.remove('is-selected', 'is-highlighted');
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-pressed');
    }
    entry.written = null;
    this.spare.set(entry.item.key, entry);
  }

  /** A new marker on the map for the item; its handlers read the entry's item when they run (a marker changes items). */
  private createEntry(item: MapItem): Entry {
    // Leaflet's own pan-on-focus stops at the very edge, under the zoom buttons: pan with margins instead.
    const marker = L.marker([item.displayLat, item.displayLon], { icon: iconFor(item), keyboard: true, riseOnHover: true, autoPanOnFocus: false });
    const entry: Entry = { item, marker, hidden: false, graphic: graphicSignature(item), written: null };
    // Beside the marker, on the side facing the map's centre: never clipped by the top edge or
    // under the zoom buttons. Built when it opens, from the marker's current item.
    marker.bindTooltip(() => tooltipContent(entry.item, this.categories(), this.translator()), {
      direction: 'auto',
      offset: [4, 0],
      className: 'map-tooltip',
      opacity: 1,
    });
    marker.on('click', () => this.activate(entry.item.key));
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      L.DomEvent.on(element, 'focus', () => this.map.panInside(marker.getLatLng(), { paddingTopLeft: [72, 84], paddingBottomRight: [40, 40], animate: !prefersReducedMotion() }));
      L.DomEvent.on(element, 'keydown', (event) => {
        if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return;
        // Handled here; also keeps Leaflet from turning Enter into a second click.
        L.DomEvent.stop(event);
        this.activate(entry.item.key);
      });
    });
    this.markers.addLayer(marker);
    return entry;
  }

  private activate(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const { item } = entry;
    if (item.kind === 'place') {
      this.handlers().onTogglePlace(item.group.place.id);
      return;
    }
    this.opening = { clusterKey: key, placeIds: new Set(item.groups.map((group) => group.place.id)), at: Date.now() };
    this.handlers().onOpenCluster(item);
  }

  private applyState(): void {
    for (const entry of this.entries.values()) {
      const { item, marker } = entry;
      const element = marker.getElement();
      if (!element) continue;
      const selected = this.selected !== undefined && (item.kind === 'place' ? item.group.place.id === this.selected : item.groups.some((group) => group.place.id === this.selected));
      const highlighted = this.highlighted.size > 0 && (item.kind === 'place' ? this.highlighted.has(item.group.place.id) : item.groups.some((group) => this.highlighted.has(group.place.id)));
      const tr = this.translator();
      const label = item.kind === 'place' || !selected ? markerLabel(item, tr) : tr.t('map.includesSelected', { label: markerLabel(item, tr) });
      const was = entry.written;
      if (was?.selected !== selected) element.classList.toggle('is-selected', selected);
      if (was?.highlighted !== highlighted) element.classList.toggle('is-highlighted', highlighted);
      if (was?.label !== label) element.setAttribute('aria-label', label);
      if (item.kind === 'place' && was?.selected !== selected) element.setAttribute('aria-pressed', String(selected));
      else if (item.kind === 'cluster' && was === null) element.removeAttribute('aria-pressed');
      entry.written = { label, selected, highlighted };
    }
  }

  /** DOM order is the Tab order: keep it west to east whatever order markers were created in. */
  private keepTabOrder(): void {
    let previous: HTMLElement | undefined;
    for (const key of this.order) {
      const element = this.entries.get(key)?.marker.getElement();
      if (!element) continue;
      const parent = element.parentElement;
      if (parent && previous && element.previousElementSibling !== previous) {
        previous.after(element);
      } else if (parent && !previous && element !== parent.firstElementChild) {
        parent.prepend(element);
      }
      previous = element;
    }
  }

  /** Leader lines from each moved-apart marker to its true place; kept by key, redrawn only when they move. */
  private drawLeaders(items: readonly MapItem[]): void {
    const next = new Map<string, L.Layer[]>();
    for (const item of items) {
      if (item.kind !== 'place' || !item.displaced) continue;
      const key = `${item.key}|${item.lat}|${item.lon}|${item.displayLat}|${item.displayLon}`;
      const kept = this.leaderLayers.get(key);
      if (kept) {
        next.set(key, kept);
        continue;
      }
      const options = { pane: LEADER_PANE, interactive: false };
      const layers = [
        L.polyline([[item.lat, item.lon], [item.displayLat, item.displayLon]], { ...options, className: 'map-leader', weight: 1.5 }),
        L.circleMarker([item.lat, item.lon], { ...options, className: 'map-anchor', radius: 2.5, weight: 1 }),
      ];
      for (const layer of layers) this.leaders.addLayer(layer);
      next.set(key, layers);
    }
    for (const [key, layers] of this.leaderLayers) if (!next.has(key)) for (const layer of layers) this.leaders.removeLayer(layer);
    this.leaderLayers = next;
  }

  private focusedKey(): string | undefined {
    const active = document.activeElement;
    for (const [key, entry] of this.entries) if (entry.marker.getElement() === active) return key;
    return undefined;
  }

  /** Moving or rebuilding a marker must not drop the keyboard user's place. */
  private restoreFocus(previousKey: string | undefined): void {
    let target: HTMLElement | undefined;
    if (this.opening && Date.now() - this.opening.at > OPENING_TIMEOUT_MS) this.opening = undefined;
    const opening = this.opening;
    // While the opened cluster is still shown (the map is still zooming) the focus stays on it.
    if (opening && !this.entries.has(opening.clusterKey)) {
      this.opening = undefined;
      const wanted = opening.placeIds;
      const key = this.order.find((k) => {
        const item = this.entries.get(k)?.item;
        if (!item) return false;
        return item.kind === 'place' ? wanted.has(item.group.place.id) : item.groups.some((group) => wanted.has(group.place.id));
      });
      target = key === undefined ? undefined : this.entries.get(key)?.marker.getElement();
    } else if (previousKey !== undefined) {
      target = this.entries.get(previousKey)?.marker.getElement();
    }
    if (target && document.activeElement !== target) target.focus({ preventScroll: true });
  }
}

/** What a marker's picture depends on. */
function graphicSignature(item: MapItem): string {
  const category = item.kind === 'place' ? item.group.dominant.category : item.dominant.category;
  const places = item.kind === 'cluster' ? item.groups.length : 0;
  return `${item.kind}|${item.radius}|${item.hitRadius}|${category}|${places}`;
}

function iconFor(item: MapItem, graphic: SVGSVGElement = markerGraphic(item)): L.DivIcon {
  const size = item.hitRadius * 2;
  return L.divIcon({
    html: graphic,
    className: `map-marker map-marker-${item.kind}`,
    iconSize: [size, size],
    iconAnchor: [item.hitRadius, item.hitRadius],
    tooltipAnchor: [item.hitRadius, 0],
  });
}

/**
 * Redraws a marker's picture inside its existing element (setIcon would replace the element,
 * dropping the focus and rebuilding its listeners), in place where the picture keeps its shape.
 */
function redrawIcon(marker: L.Marker, item: MapItem): void {
  const element = marker.getElement();
  if (!element) {
    marker.options.icon = iconFor(item);
    return;
  }
  const size = item.hitRadius * 2;
  let graphic = element.firstElementChild;
  if (!(graphic instanceof SVGSVGElement) || !updateMarkerGraphic(graphic, item)) {
    graphic = markerGraphic(item);
    element.replaceChildren(graphic);
  }
  // A marker can change kind when it is given another item (checked first: a toggle to the state
  // a class already has still costs a style invalidation).
  if (element.classList.contains('map-marker-place') !== (item.kind === 'place')) {
    element.classList.toggle('map-marker-place', item.kind === 'place');
    element.classList.toggle('map-marker-cluster', item.kind === 'cluster');
  }
  // The icon's options name the picture now shown, for Leaflet to reuse if it builds the element again.
  marker.options.icon = iconFor(item, graphic as SVGSVGElement);
  // Only when the hit area changed: a date change resizes symbols inside unchanged boxes, and a
  // style written with the value it has still costs a style recalculation of the marker.
  const box = { width: `${size}px`, height: `${size}px`, marginLeft: `${-item.hitRadius}px`, marginTop: `${-item.hitRadius}px` } as const;
  for (const property of ['width', 'height', 'marginLeft', 'marginTop'] as const) {
    if (element.style[property] !== box[property]) element.style[property] = box[property];
  }
}
