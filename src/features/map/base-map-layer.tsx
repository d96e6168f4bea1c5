import type { PathOptions } from 'leaflet';
import { GeoJSON, Pane } from 'react-leaflet';
import type { BaseMapShapes } from '../../domain/map/map-basemap';
import { useT } from '../../state/i18n';

// Colours come from CSS (.map-land, .map-border use the theme variables), so the base map
// follows light and dark themes; CSS rules win over the colours Leaflet writes as attributes.
const LAND: PathOptions = { className: 'map-land', weight: 0.6, fillOpacity: 1 };
const BORDERS: PathOptions = { className: 'map-border', weight: 0.6, fill: false };

/**
 * Land and country borders in their own pane below tiles and markers: a shape layer that
 * arrives after the markers must not cover them.
 */
export function BaseMapLayer({ shapes }: { shapes: BaseMapShapes }) {
  const attribution = useT().t('map.countryShapes');
  return (
    <Pane name="map-base" style={{ zIndex: 150 }}>
      {/* Keyed by its attribution: react-leaflet never updates a layer's attribution, so a new language remounts it. */}
      <GeoJSON key={attribution} data={shapes.land} style={LAND} interactive={false} attribution={attribution} />
      <GeoJSON data={shapes.borders} style={BORDERS} interactive={false} />
    </Pane>
  );
}
