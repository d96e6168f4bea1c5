/**
 * Latitude and longitude from untrusted cells. Decimal commas are accepted; a pair that is out
 * of range but valid the other way round is swapped back (with a warning); a pair that is out of
 * range either way leaves the event without a place (with a warning) rather than dropping it.
 */
import { parseLocaleNumber } from './text-clean';

export type CoordinateReading =
  | { kind: 'none' }
  | { kind: 'ok'; lat: number; lon: number; warning?: string }
  | { kind: 'invalid'; warning: string };

/**
 * Reads a latitude/longitude pair. Both cells empty → `none` (an event without a place).
 * @example readCoordinates('48,62', '37.53') // { kind: 'ok', lat: 48.62, lon: 37.53 }
 */
export function readCoordinates(latText: string | undefined, lonText: string | undefined): CoordinateReading {
  const latEmpty = latText === undefined || latText.trim() === '';
  const lonEmpty = lonText === undefined || lonText.trim() === '';
  if (latEmpty && lonEmpty) return { kind: 'none' };
  const lat = parseLocaleNumber(latText);
  const lon = parseLocaleNumber(lonText);
  if (lat === null || lon === null) {
    return { kind: 'invalid', warning: `coordinates "${latText ?? ''}", "${lonText ?? ''}" are not numbers; event kept without a place` };
  }
  return checkPair(lat, lon);
}

/** Range check of a numeric pair, with the same swap rule as readCoordinates. */
export function checkPair(lat: number, lon: number): CoordinateReading {
  if (inRange(lat, lon)) return { kind: 'ok', lat, lon };
  if (inRange(lon, lat)) {
    return { kind: 'ok', lat: lon, lon: lat, warning: `latitude ${lat} and longitude ${lon} were swapped; read as ${lon}, ${lat}` };
  }
  return { kind: 'invalid', warning: `coordinates ${lat}, ${lon} are out of range; event kept without a place` };
}

function inRange(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}
