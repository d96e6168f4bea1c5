/**
 * The offline base map: Natural Earth 1:50m shapes (world-atlas TopoJSON) turned into a land
 * fill and country border lines.
 *
 * Crimea: world-atlas draws Crimea inside Russia's outline. This dashboard follows the
 * internationally recognised border (UN General Assembly resolution 68/262), so the line
 * that file draws across the Perekop isthmus between Crimea and mainland Ukraine is left out.
 *
 * The antimeridian: rings that cross it (Chukotka, Wrangel Island, Fiji) jump from +180° to
 * -180°, which a flat map draws as a line across the whole world. Such rings are made
 * continuous instead (the far part is drawn just beyond 180°).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BaseTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export interface BaseMapShapes {
  land: FeatureCollection<Geometry>;
  borders: Feature<MultiLineString>;
}

const RUSSIA = '643';
const UKRAINE = '804';
/** Box around Crimea and the isthmuses joining it to the mainland (degrees). */
const CRIMEA = { west: 32, east: 37, south: 44, north: 46.3 };

/**
 * Checks the parts of a world-atlas file this module reads. Deeper damage (bad arcs) makes
 * `baseMapShapes` throw, which the caller reports as "base map unavailable".
 */
export function isBaseTopology(value: unknown): value is BaseTopology {
  if (!isRecord(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isRecord(value.objects)) return false;
  const { countries, land } = value.objects;
  return isCollection(countries) && isCollection(land);
}

/** Land fill and country borders (minus the Crimea line, see above) from a world-atlas topology. */
export function baseMapShapes(topology: BaseTopology): BaseMapShapes {
  const land = withContinuousRings(feature(topology, topology.objects.land));
  const isRussiaUkraine = (a: { id?: string | number | undefined }, b: { id?: string | number | undefined }) =>
    (String(a.id) === RUSSIA && String(b.id) === UKRAINE) || (String(a.id) === UKRAINE && String(b.id) === RUSSIA);
  const others = mesh(topology, topology.objects.countries, (a, b) => a !== b && !isRussiaUkraine(a, b));
  const russiaUkraine = mesh(topology, topology.objects.countries, isRussiaUkraine);
  const lines = [...others.coordinates, ...russiaUkraine.coordinates.filter((line) => !line.every(inCrimea))];
  return { land, borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } } };
}

/**
 * A ring or line without jumps across the antimeridian: after each jump, longitudes are
 * shifted by 360° so the path continues. Rings around a pole (Antarctica: an odd number of
 * jumps) cannot be made continuous and are left as they are; they lie at the map's edge.
 * @example continuousPath([[179, 65], [-179, 65], [-179, 66], [179, 66]]) // [[179, 65], [181, 65], [181, 66], [179, 66]]
 */
export function continuousPath(path: number[][]): number[][] {
  let offset = 0;
  let jumps = 0;
  const out = path.map((position, i) => {
    const previous = path[i - 1];
    const [lon = 0, ...rest] = position;
    if (previous) {
      const step = lon - (previous[0] ?? 0);
      if (step < -180) {
        offset += 360;
        jumps++;
      } else if (step > 180) {
        offset -= 360;
        jumps++;
      }
    }
    return [lon + offset, ...rest];
  });
  return jumps % 2 === 0 ? out : path;
}

function withContinuousRings(collection: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
  return {
    ...collection,
    features: collection.features.map((f) => {
      const g = f.geometry;
      if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(continuousPath) } };
      if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(continuousPath)) } };
      return f;
    }),
  };
}

function inCrimea(position: number[]): boolean {
  const [lon = NaN, lat = NaN] = position;
  return lon >= CRIMEA.west && lon <= CRIMEA.east && lat >= CRIMEA.south && lat <= CRIMEA.north;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollection(value: unknown): boolean {
  return isRecord(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries);
}
