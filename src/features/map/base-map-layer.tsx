import type { PathOptions } from 'leaflet';
import { GeoJSON, Pane } from 'react-leaflet';
import type { BaseMapShapes } from '../../domain/map/map-basemap';

// Colours come from CSS (.map-land, .map-border use the theme variables), so the base map
// follows light and dark themes; CSS rules win over the colours Leaflet writes as attributes.
const LAND: PathOptions = { className: 'map-land', weight: 0.6, fillOpacity: 1 };
const BORDERS: PathOptions = { className: 'map-border', weight: 0.6, fill: false };

/**
 * Land and country borders in their own pane below tiles and markers: a shape layer that
 * arrives after the markers must not cover them.
 */
export function BaseMapLayer({ shapes }: { shapes: BaseMapShapes }) {
  return (
    <Pane name="map-base" style={{ zIndex: 150 }}>
      <GeoJSON data={shapes.land} style={LAND} interactive={false} attribution="Country shapes: Natural Earth" />
      <GeoJSON data={shapes.borders} style={BORDERS} interactive={false} />
    </Pane>
  );
}
