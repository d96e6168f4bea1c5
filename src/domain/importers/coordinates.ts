/**
 * Latitude and longitude from untrusted cells. Decimal commas are accepted; a pair that is out
 * of range but valid the other way round is swapped back (with a warning); a pair that is out of
 * range either way leaves the event without a place (with a warning) rather than dropping it.
 */
import { problem, type Problem } from '../core/problem';
import { parseLocaleNumber } from './text-clean';

export type CoordinateReading =
  | { kind: 'none' }
  | { kind: 'ok'; lat: number; lon: number; warning?: Problem }
  | { kind: 'invalid'; warning: Problem };

/** A reading of two numbers: placed (perhaps swapped back) or not. */
export type PairReading = Exclude<CoordinateReading, { kind: 'none' }>;

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
    return { kind: 'invalid', warning: problem('problem.coordinates.notNumbers', { lat: latText ?? '', lon: lonText ?? '' }) };
  }
  return checkPair(lat, lon);
}

/** Range check of a numeric pair, with the same swap rule as readCoordinates. */
export function checkPair(lat: number, lon: number): PairReading {
  if (inRange(lat, lon)) return { kind: 'ok', lat, lon };
  if (inRange(lon, lat)) {
    return { kind: 'ok', lat: lon, lon: lat, warning: problem('problem.coordinates.swapped', { lat, lon }) };
  }
  return { kind: 'invalid', warning: problem('problem.coordinates.outOfRange', { lat, lon }) };
}

function inRange(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}
