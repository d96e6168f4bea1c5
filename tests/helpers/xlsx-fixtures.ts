/**
 * The sheets of the committed .xlsx fixtures (tests/fixtures/imports/*.xlsx), written by
 * `npx tsx tests/helpers/write-xlsx-fixtures.ts`; a unit test checks the files still match.
 */
import type { XlsxCell } from './xlsx-builder';

/** Three ACLED rows: a date-formatted cell, a bare serial number and an ISO text date. */
export const ACLED_SHEET: XlsxCell[][] = [
  ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'],
  ['UKR1001', { serial: 46057 }, 1, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Military Forces of Russia (2000-)', 'Civilians (Ukraine)', 'Ukraine', 'Donetsk', 'Druzhkivka', 48.6203, 37.5278, 1, 'Ukrinform', 'Russian forces hit the market in Druzhkivka.', 7],
  ['UKR1002', 46058, 1, 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of Russia (2000-)', null, 'Ukraine', 'Kyiv City', 'Kyiv', 50.45, 30.5236, 1, 'Suspilne', 'Drones hit energy infrastructure in Kyiv.', 0],
  ['UKR1003', '2026-02-08', 1, 'Battles', 'Armed clash', 'Military Forces of Russia (2000-)', 'Military Forces of Ukraine (2019-)', 'Ukraine', 'Zaporizhia', 'Huliaipole', 47.661, 36.256, 1, 'Ukrinform', 'Clashes near Huliaipole.', null],
];

/** A sheet of the reader's own making: the mapping step must ask which column is which. */
export const MAPPING_SHEET: XlsxCell[][] = [
  ['When', 'What happened', 'Lat', 'Lon'],
  [{ serial: 45750 }, 'Shelling of Kherson', 46.6354, 32.6169],
  [{ serial: 45752 }, 'Drone attack on Kyiv', 50.4501, 30.5234],
];
