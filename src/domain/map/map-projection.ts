/**
 * Web Mercator (EPSG:3857) in world pixels, the same numbers Leaflet uses at a zoom level, so
 * marker layout can be computed and tested without a map.
 */

const TILE = 256;
/** Leaflet's SphericalMercator clamps latitude here. */
const MAX_LATITUDE = 85.0511287798;

export interface PixelPoint {
  x: number;
  y: number;
}

/** World pixel position of a point at a zoom level (x grows east, y grows south). */
export function projectToPixels(lat: number, lon: number, zoom: number): PixelPoint {
  const size = TILE * 2 ** zoom;
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: (lon / 360 + 0.5) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** Inverse of projectToPixels. */
export function pixelsToLatLon(x: number, y: number, zoom: number): { lat: number; lon: number } {
  const size = TILE * 2 ** zoom;
  const lon = (x / size - 0.5) * 360;
  const n = Math.PI * (1 - (2 * y) / size);
  const lat = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
  return { lat, lon };
}
