import 'leaflet/dist/leaflet.css';
import './map.css';
import { latLngBounds, type FitBoundsOptions, type LatLngBoundsExpression, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { boundsOf, initialFramePlaces, type LatLonBounds } from '../../domain/map/map-frame';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, MAP_ZOOM_SNAP, createPlaceLayout } from '../../domain/map/map-layout';
import { mapSummary } from '../../domain/map/map-labels';
import { groupEventsByPlace } from '../../domain/map/map-places';
import { tileConfig, tileHost, tileTemplateProblem } from '../../domain/map/map-tiles';
import { useUndatedSelection } from '../../state/chart-data';
import type { DashboardModel } from '../../state/dashboard-model';
import { useHoveredEventSelect } from '../../state/hover';
import { usePictureSource } from '../../state/picture-sources';
import { readUrlState } from '../../state/url';
import { BaseMapLayer } from './base-map-layer';
import { useBaseMap } from './base-map-query';
import { FollowSelection } from './follow-selection';
import { ResizeWithContainer } from './resize-with-container';
import { prefersReducedMotion } from '../../state/reduced-motion';
import { PlaceMarkers } from './place-markers';
import { useT } from '../../state/i18n';
import { localName } from '../../domain/core/localized';

/** Margins when framing places: room for the largest markers and, bottom right, the attribution. */
const FIT_OPTIONS = { paddingTopLeft: [32, 32], paddingBottomRight: [40, 44] } satisfies FitBoundsOptions;

/**
 * Where the filtered events happened: one marker per place (size = events, colour and shape =
 * main category) over offline country shapes. Clicking a marker selects that place.
 */
export function MapView({ model }: { model: DashboardModel }) {
  // What "Publish an image" draws: registered, so the export never searches the page for it.
  const pictureRef = useRef<HTMLDivElement>(null);
  usePictureSource('map', pictureRef);
  const tr = useT();
  const { t } = tr;
  const { index, selection, filters, selectedEvent, actions } = model;
  // Crossfilter: the markers are laid out over the events that pass every filter but the dates,
  // and a date change only recounts them (itemsWithCounts): typing a date or playing the
  // timeline moves no marker. The map's own filter, the place, narrows neither.
  const undated = useUndatedSelection(model).filtered;
  const undatedGrouping = useMemo(() => groupEventsByPlace(index, undated), [index, undated]);
  const layout = useMemo(() => createPlaceLayout(undatedGrouping), [undatedGrouping]);
  const grouping = useMemo(() => (selection.filtered === undated ? undatedGrouping : groupEventsByPlace(index, selection.filtered)), [index, selection.filtered, undated, undatedGrouping]);
  const shapes = useBaseMap();
  const [map, setMap] = useState<LeafletMap | null>(null);

  const selectedPlace = filters.place === undefined ? undefined : index.placeById.get(filters.place);
  const eventPlace = selectedEvent?.place == null ? undefined : index.placeById.get(selectedEvent.place);
  // The hovered event's place: the map redraws when the pointer moves to another place, not to another event.
  const hoveredPlace = useHoveredEventSelect((id) => {
    const position = id === undefined ? undefined : index.byId.get(id);
    return position === undefined ? null : (index.events[position]?.place ?? null);
  });
  const eventPlaceId = eventPlace?.id;
  const highlighted = useMemo(() => new Set([hoveredPlace, eventPlaceId].filter((id): id is string => typeof id === 'string')), [hoveredPlace, eventPlaceId]);

  // Read once: the first frame and the optional tile server belong to the page load, not to later URL changes.
  const [initialBounds] = useState(() => toLeaflet(boundsOf(initialFramePlaces(index.placeById, grouping.groups.map((g) => g.place), selectedPlace ?? eventPlace))));
  // A tile server named by a link (not the one the site was built with) is another site the
  // reader's browser would contact: ask first. A template the map cannot use is explained.
  const [linkTiles] = useState(() => readUrlState().state.tiles);
  // Its attribution is in the reader's language, so it follows a switch of language.
  const tiles = useMemo(() => {
    const url: unknown = import.meta.env.VITE_TILE_URL;
    const attribution: unknown = import.meta.env.VITE_TILE_ATTRIBUTION;
    return tileConfig(linkTiles, typeof url === 'string' ? url : undefined, typeof attribution === 'string' ? attribution : undefined, tr);
  }, [linkTiles, tr]);
  const tilesFromLink = tiles !== undefined && tiles.url === linkTiles;
  const [tilesApproved, setTilesApproved] = useState(false);
  const tilesProblem = linkTiles !== undefined && tiles?.url !== linkTiles ? tileTemplateProblem(linkTiles, tr) : undefined;
  const tilesHost = tilesFromLink ? tileHost(tiles.url) : undefined;
  const showTiles = tiles !== undefined && (!tilesFromLink || tilesApproved);

  // The zoom buttons say when a limit is reached (aria-disabled keeps the focus on them).
  const [zoom, setZoom] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!map) return;
    const update = () => setZoom(map.getZoom());
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
  const atMax = map !== null && zoom !== undefined && zoom >= map.getMaxZoom();
  const atMin = map !== null && zoom !== undefined && zoom <= map.getMinZoom();

  const allBounds = toLeaflet(boundsOf(grouping.groups.length > 0 ? grouping.groups.map((g) => g.place) : index.dataset.places));

  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', t('map.region'));
  }, [map, t]);

  return (
    <div className="map-view" ref={pictureRef}>
      <div className="map-head">
        <h2>{t('view.map')}</h2>
        <div className="map-tools">
          {/* Outside the map, not over it: Leaflet's own zoom control covered the markers beneath it. */}
          <button
            type="button"
            className={`map-zoom leaflet-control-zoom-in${atMax ? ' leaflet-disabled' : ''}`}
            aria-label={t('map.zoomIn')}
            aria-disabled={!map || atMax}
            onClick={() => !atMax && map?.zoomIn(1, { animate: !prefersReducedMotion() })}
          >
            +
          </button>
          <button
            type="button"
            className={`map-zoom leaflet-control-zoom-out${atMin ? ' leaflet-disabled' : ''}`}
            aria-label={t('map.zoomOut')}
            aria-disabled={!map || atMin}
            onClick={() => !atMin && map?.zoomOut(1, { animate: !prefersReducedMotion() })}
          >
            −
          </button>
          <button type="button" disabled={!map || !allBounds} onClick={() => allBounds && map?.fitBounds(allBounds, { ...FIT_OPTIONS, animate: !prefersReducedMotion() })}>
            {t('map.showAll')}{' '}
            <span className="visually-hidden">{t('map.showAllHidden')}</span>
          </button>
        </div>
      </div>
      <MapContainer
        ref={setMap}
        className="map-canvas"
        bounds={initialBounds ?? [[-50, -150], [70, 150]]}
        boundsOptions={FIT_OPTIONS}
        minZoom={MAP_MIN_ZOOM}
        maxZoom={MAP_MAX_ZOOM}
        zoomSnap={MAP_ZOOM_SNAP}
        maxBounds={[[-89, -230], [89, 230]]}
        worldCopyJump={false}
        zoomAnimation={!prefersReducedMotion()}
        zoomControl={false}
      >
        {shapes.data && <BaseMapLayer shapes={shapes.data} />}
        {/* Keyed by its attribution: react-leaflet never updates a layer's attribution, so a new language remounts it. */}
        {showTiles && <TileLayer key={tiles.attribution} url={tiles.url} attribution={tiles.attribution} referrerPolicy="no-referrer" />}
        <PlaceMarkers layout={layout} counts={grouping} selectedPlace={selectedPlace?.id} highlighted={highlighted} onTogglePlace={actions.togglePlace} />
        <FollowSelection lat={eventPlace?.lat} lon={eventPlace?.lon} />
        <ResizeWithContainer />
      </MapContainer>
      {tilesFromLink && !tilesApproved && (
        <p className="map-note" role="status">
          {t('map.tilesAsk', { host: tilesHost ?? '' })}{' '}
          <button type="button" onClick={() => setTilesApproved(true)}>
            {t('map.tilesLoad', { host: tilesHost ?? '' })}
          </button>
        </p>
      )}
      {tilesProblem && (
        <p className="map-note" role="status">
          {t('map.tilesProblem', { problem: tilesProblem })}
        </p>
      )}
      {shapes.isError && (
        <p className="map-note" role="status">
          {t('map.baseMapError')}
        </p>
      )}
      <p className="map-summary">
        {mapSummary(grouping.groups.length, grouping.unplaced, tr)}
        {selectedPlace && t('map.selectedPlace', { name: localName(selectedPlace, tr.locale) })}
      </p>
    </div>
  );
}

function toLeaflet(bounds: LatLonBounds | undefined): LatLngBoundsExpression | undefined {
  return bounds && latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);
}
