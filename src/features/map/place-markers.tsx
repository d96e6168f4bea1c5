import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { LatLngBounds, Map as LeafletMap } from 'leaflet';
import { itemsWithCounts, type PlaceLayout } from '../../domain/map/map-layout';
import type { PlaceGrouping } from '../../domain/map/map-places';
import { MarkerLayer, type MarkerLayerHandlers } from './marker-layer';
import { prefersReducedMotion } from '../../state/reduced-motion';
import { useT } from '../../state/i18n';

const IGNORE: MarkerLayerHandlers = { onTogglePlace: () => {}, onOpenCluster: () => {} };

/** Above this many markers only those in (and around) the view are drawn, to keep zooming smooth. */
const CULL_ABOVE = 400;
/**
 * How far around the view markers are drawn, as a share of its width and height on each side:
 * enough for a short pan to show markers at once (the rest come when the pan ends). Every marker
 * drawn off screen is still restyled and laid out on each filter change: with half the view on
 * each side, three in four drawn markers were off screen.
 */
const VIEW_MARGIN = 0.2;

interface Props {
  /** Where the markers go (laid out over every date). */
  layout: PlaceLayout;
  /** What they count: the events in the date range (the layout's own grouping when no date is set). */
  counts: PlaceGrouping;
  selectedPlace: string | undefined;
  /** Places to highlight: the hovered event's and the selected event's. */
  highlighted: ReadonlySet<string>;
  onTogglePlace: (placeId: string) => void;
}

/** The place markers: a thin React bridge over the imperative MarkerLayer (no component per place). */
export function PlaceMarkers({ layout, counts, selectedPlace, highlighted, onTogglePlace }: Props) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [bounds, setBounds] = useState(() => paddedBounds(map));
  useMapEvents({
    zoomend: () => setZoom(map.getZoom()),
    moveend: () => {
      setZoom(map.getZoom());
      setBounds(paddedBounds(map));
    },
  });

  const all = useMemo(() => layout.itemsAt(zoom), [layout, zoom]);
  const inView = useMemo(() => (all.length > CULL_ABOVE && bounds ? all.filter((item) => bounds.contains([item.displayLat, item.displayLon])) : all), [all, bounds]);
  const items = useMemo(() => (counts === layout.grouping ? inView : itemsWithCounts(inView, counts, layout.grouping)), [inView, counts, layout]);

  const handlers = useRef<MarkerLayerHandlers | null>(null);
  useLayoutEffect(() => {
    handlers.current = {
      onTogglePlace,
      onOpenCluster: (cluster) => {
        // The layout's own cluster (all its places, not only those with events in the date range) says where it splits.
        const laidOut = layout.itemsAt(map.getZoom()).find((item) => item.key === cluster.key);
        const target = layout.expansion(laidOut?.kind === 'cluster' ? laidOut : cluster, map.getZoom());
        map.setView([target.lat, target.lon], Math.max(target.zoom, map.getZoom() + 1), { animate: !prefersReducedMotion() });
      },
    };
  }, [onTogglePlace, layout, map]);
  const categories = useRef<readonly string[]>(layout.grouping.categories);
  useLayoutEffect(() => {
    categories.current = layout.grouping.categories;
  }, [layout]);
  const tr = useT();
  const translator = useRef(tr);
  useLayoutEffect(() => {
    translator.current = tr;
  }, [tr]);

  // The map never changes during this component's life, so the layer is made once per mount
  // (twice under StrictMode, which re-runs every effect below in order).
  const layer = useRef<MarkerLayer | null>(null);
  useLayoutEffect(() => {
    const created = new MarkerLayer(
      map,
      () => handlers.current ?? IGNORE,
      () => categories.current,
      () => translator.current,
    );
    layer.current = created;
    return () => {
      created.remove();
      layer.current = null;
    };
  }, [map]);

  // Layout effects: the markers change in the commit that redraws the other views, so they all
  // show in one frame. A passive effect runs after that frame is painted, costing a second
  // style, layout and paint of the page.
  useLayoutEffect(() => {
    layer.current?.update(items);
  }, [map, items]);
  useLayoutEffect(() => {
    layer.current?.setState(selectedPlace, highlighted);
    // The language is a dependency: a switch rewrites every marker's name.
  }, [map, items, selectedPlace, highlighted, tr]);

  return null;
}

function paddedBounds(map: LeafletMap): LatLngBounds | undefined {
  const size = map.getSize();
  // A map without a size (not laid out yet, or jsdom) has no meaningful view: draw everything.
  return size.x > 0 && size.y > 0 ? map.getBounds().pad(VIEW_MARGIN) : undefined;
}
