/**
 * A synthetic ACLED export, shaped like a real one for Ukraine and Russia: the export's own
 * columns, three years of dates, thousands of distinct locations (named villages scattered
 * around real regional centres), hundreds of actor names in ACLED's style and every ACLED event
 * type with its sub-event types. Deterministic: the same seed writes the same bytes.
 */
import { createRng, type Rng } from '../../scripts/lib/synth/prng';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** ACLED event types with their sub-event types and a relative weight (remote violence dominates this war). */
const EVENT_TYPES: readonly (readonly [type: string, subs: readonly string[], weight: number, disorder: string])[] = [
  ['Explosions/Remote violence', ['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Chemical weapon'], 62, 'Political violence'],
  ['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'], 16, 'Political violence'],
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance', 'Sexual violence'], 4, 'Political violence'],
  ['Protests', ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'], 9, 'Demonstrations'],
  ['Riots', ['Violent demonstration', 'Mob violence'], 1, 'Demonstrations'],
  ['Strategic developments', ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'], 8, 'Strategic developments'],
];

/** Regional centres (oblast / oblast-level) with approximate coordinates and how busy they are. */
const REGIONS: readonly (readonly [country: string, iso: number, admin1: string, lat: number, lon: number, weight: number])[] = [
  ['Ukraine', 804, 'Donetsk', 48.0, 37.8, 30], ['Ukraine', 804, 'Kharkiv', 49.99, 36.23, 14], ['Ukraine', 804, 'Zaporizhia', 47.84, 35.14, 12],
  ['Ukraine', 804, 'Kherson', 46.64, 32.61, 12], ['Ukraine', 804, 'Dnipropetrovsk', 48.46, 35.05, 8], ['Ukraine', 804, 'Sumy', 50.91, 34.8, 9],
  ['Ukraine', 804, 'Luhansk', 48.57, 39.3, 6], ['Ukraine', 804, 'Chernihiv', 51.49, 31.29, 4], ['Ukraine', 804, 'Mykolaiv', 46.98, 31.99, 3],
  ['Ukraine', 804, 'Odesa', 46.48, 30.73, 3], ['Ukraine', 804, 'Kyiv City', 50.45, 30.52, 2], ['Ukraine', 804, 'Kyiv', 50.3, 30.2, 1.5],
  ['Ukraine', 804, 'Poltava', 49.59, 34.55, 1], ['Ukraine', 804, 'Zhytomyr', 50.25, 28.66, 0.6], ['Ukraine', 804, 'Lviv', 49.84, 24.03, 0.6],
  ['Ukraine', 804, 'Vinnytsia', 49.23, 28.47, 0.5], ['Ukraine', 804, 'Cherkasy', 49.44, 32.06, 0.5], ['Ukraine', 804, 'Kirovohrad', 48.51, 32.26, 0.4],
  ['Ukraine', 804, 'Khmelnytskyi', 49.42, 26.99, 0.4], ['Ukraine', 804, 'Rivne', 50.62, 26.25, 0.3], ['Ukraine', 804, 'Volyn', 50.75, 25.33, 0.3],
  ['Ukraine', 804, 'Ternopil', 49.55, 25.59, 0.3], ['Ukraine', 804, 'Ivano-Frankivsk', 48.92, 24.71, 0.3], ['Ukraine', 804, 'Zakarpattia', 48.62, 22.29, 0.2],
  ['Ukraine', 804, 'Chernivtsi', 48.29, 25.94, 0.2], ['Ukraine', 804, 'Autonomous Republic of Crimea', 45.0, 34.1, 2],
  ['Russia', 643, 'Belgorod', 50.6, 36.59, 10], ['Russia', 643, 'Kursk', 51.73, 36.19, 9], ['Russia', 643, 'Bryansk', 53.25, 34.37, 6],
  ['Russia', 643, 'Voronezh', 51.67, 39.18, 2], ['Russia', 643, 'Rostov', 47.24, 39.71, 2], ['Russia', 643, 'Krasnodar', 45.04, 38.98, 1.5],
  ['Russia', 643, 'Moscow', 55.76, 37.62, 2], ['Russia', 643, 'Oryol', 52.97, 36.07, 1], ['Russia', 643, 'Lipetsk', 52.61, 39.59, 0.7],
  ['Russia', 643, 'Tambov', 52.72, 41.45, 0.5], ['Russia', 643, 'Ryazan', 54.63, 39.74, 0.6], ['Russia', 643, 'Tula', 54.19, 37.62, 0.6],
  ['Russia', 643, 'Kaluga', 54.51, 36.26, 0.6], ['Russia', 643, 'Smolensk', 54.78, 32.05, 0.5], ['Russia', 643, 'Saratov', 51.53, 46.03, 0.6],
  ['Russia', 643, 'Volgograd', 48.71, 44.51, 0.6], ['Russia', 643, 'Samara', 53.2, 50.15, 0.4], ['Russia', 643, 'Yaroslavl', 57.63, 39.87, 0.3],
  ['Russia', 643, 'Tatarstan', 55.79, 49.11, 0.4], ['Russia', 643, 'Saint Petersburg', 59.94, 30.31, 0.8], ['Russia', 643, 'Pskov', 57.82, 28.33, 0.3],
  ['Russia', 643, 'Leningrad', 59.6, 30.0, 0.3], ['Russia', 643, 'Novgorod', 58.52, 31.27, 0.2], ['Russia', 643, 'Tver', 56.86, 35.9, 0.3],
];

const SYLLABLES = ['Ve', 'ly', 'ka', 'No', 'vo', 'Pe', 'tri', 'vka', 'Sta', 'ro', 'Ma', 'li', 'Ol', 'ek', 'san', 'dri', 'Hir', 'nyk', 'Zo', 'lo', 'te', 'Bi', 'la', 'Kra', 'sno', 'Dub', 'ro', 'vne', 'Ly', 'man', 'Ser', 'hi', 'iv', 'ske', 'Ya', 'blu', 'nev', 'Kho', 'rol', 'Pry', 'vil', 'lia', 'Tor', 'ets'];
const SUFFIXES = ['ka', 'ivka', 'ove', 'ske', 'ne', 'ino', 'ovo', 'sk', 'ivske', 'yne'];

/** A made-up place name from syllables ("Novoliivka"); uniqueness is added by the caller. */
function placeName(rng: Rng): string {
  const parts = rng.int(2, 3);
  let name = '';
  for (let i = 0; i < parts; i++) name += rng.pick(SYLLABLES).toLowerCase();
  name += rng.pick(SUFFIXES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Actor names in ACLED's style: forces with their years, units, regional administrations, civilians, protesters. */
function actorNames(rng: Rng): { ua: string[]; ru: string[]; other: string[] } {
  const ua = ['Military Forces of Ukraine (2019-)', 'Police Forces of Ukraine (2019-)', 'Government of Ukraine (2019-)', 'Civilians (Ukraine)', 'Protesters (Ukraine)', 'Unidentified Armed Group (Ukraine)'];
  const ru = ['Military Forces of Russia (2000-)', 'Police Forces of Russia (2000-)', 'Government of Russia (2000-)', 'Civilians (Russia)', 'Protesters (Russia)', 'Rioters (Russia)', 'Wagner Group'];
  const other: string[] = ['Military Forces of Belarus (1994-)', 'Government of the United States (2025-)', 'Government of the United Arab Emirates (2004-)', 'Government of Turkey (2003-)', 'Government of Saudi Arabia (2015-)', 'International Committee of the Red Cross', 'United Nations'];
  for (let i = 1; ua.length < 160; i++) {
    const kind = rng.pick(['Mechanized Brigade', 'Territorial Defense Brigade', 'Assault Brigade', 'Marine Brigade', 'Artillery Brigade', 'Air Assault Brigade', 'Border Guard Detachment']);
    ua.push(`Military Forces of Ukraine (2019-) ${i * 3 + rng.int(0, 2)}th ${kind}`);
  }
  for (let i = 1; ru.length < 160; i++) {
    const kind = rng.pick(['Motor Rifle Regiment', 'Guards Tank Division', 'Naval Infantry Brigade', 'Airborne Regiment', 'Spetsnaz Brigade', 'Rosgvardia Unit', 'Storm-Z Detachment']);
    ru.push(`Military Forces of Russia (2000-) ${i * 3 + rng.int(0, 2)}th ${kind}`);
  }
  for (const [country, , admin1] of REGIONS) {
    other.push(country === 'Ukraine' ? `Government of Ukraine (2019-) ${admin1} Regional Administration` : `Government of Russia (2000-) ${admin1} Regional Government`);
  }
  return { ua, ru, other };
}

function weightedIndex(rng: Rng, weights: readonly number[], total: number): number {
  let at = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    at -= weights[i] ?? 0;
    if (at < 0) return i;
  }
  return weights.length - 1;
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface AcledOptions {
  rows: number;
  seed?: number;
  /** First day of the three years, `YYYY-MM-DD`. */
  startDate?: string;
  days?: number;
}

/** The CSV text (header + `rows` rows) of a synthetic ACLED export. */
export function generateAcledCsv({ rows, seed = 1, startDate = '2023-03-01', days = 1096 }: AcledOptions): string {
  const rng = createRng(seed);
  const regionWeights = REGIONS.map((r) => r[5]);
  const regionTotal = regionWeights.reduce((a, b) => a + b, 0);
  const typeWeights = EVENT_TYPES.map((t) => t[2]);
  const typeTotal = typeWeights.reduce((a, b) => a + b, 0);
  // Locations: about one per 8 rows, at least 400, at most 6,000, spread over the regions by weight.
  const locationCount = Math.max(400, Math.min(6000, Math.round(rows / 8)));
  const locations: { region: number; name: string; admin2: string; lat: number; lon: number }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < locationCount; i++) {
    const region = weightedIndex(rng, regionWeights, regionTotal);
    const [, , admin1, lat, lon] = REGIONS[region] ?? REGIONS[0]!;
    let name = placeName(rng);
    while (used.has(`${name}|${admin1}`)) name = `${placeName(rng)}`;
    used.add(`${name}|${admin1}`);
    locations.push({ region, name, admin2: `${placeName(rng)} raion`, lat: lat + (rng.next() - 0.5) * 2.4, lon: lon + (rng.next() - 0.5) * 3.4 });
  }
  const byRegion = REGIONS.map((_, r) => locations.filter((l) => l.region === r));
  const actors = actorNames(rng);
  const [y0, m0, d0] = startDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y0, m0 - 1, d0);
  const sources = ['Ukrainska Pravda', 'Kyiv Independent', 'Ukrinform', 'Suspilne', 'Ministry of Defence of Ukraine', 'Ministry of Defence of Russia', 'TASS', 'RIA Novosti', 'Meduza', 'Mediazona', 'Telegram channel', 'Regional Government'];

  const lines: string[] = [ACLED_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    // Dates rise over the three years (the war intensifies), rows in date order as ACLED exports them.
    const day = Math.min(days - 1, Math.floor(days * Math.sqrt((i + rng.next()) / rows)));
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const typeIndex = weightedIndex(rng, typeWeights, typeTotal);
    const [eventType, subs, , disorder] = EVENT_TYPES[typeIndex] ?? EVENT_TYPES[0]!;
    const sub = rng.pick(subs);
    const regionIndex = weightedIndex(rng, regionWeights, regionTotal);
    const pool = byRegion[regionIndex]?.length ? (byRegion[regionIndex] ?? locations) : locations;
    const location = rng.pick(pool);
    const [country, iso, admin1] = REGIONS[location.region] ?? REGIONS[0]!;
    const inUkraine = country === 'Ukraine';
    const attacker = inUkraine ? rng.pick(actors.ru.slice(0, rng.chance(0.6) ? 1 : actors.ru.length)) : rng.pick(actors.ua.slice(0, rng.chance(0.6) ? 1 : actors.ua.length));
    let actor1 = attacker;
    let actor2 = '';
    let assoc1 = '';
    if (eventType === 'Protests' || eventType === 'Riots') {
      actor1 = inUkraine ? (eventType === 'Riots' ? 'Rioters (Ukraine)' : 'Protesters (Ukraine)') : eventType === 'Riots' ? 'Rioters (Russia)' : 'Protesters (Russia)';
      if (rng.chance(0.3)) actor2 = inUkraine ? 'Police Forces of Ukraine (2019-)' : 'Police Forces of Russia (2000-)';
    } else if (eventType === 'Strategic developments') {
      actor1 = rng.pick([...actors.other, ...actors.ua.slice(0, 3), ...actors.ru.slice(0, 3)]);
      if (sub === 'Agreement') actor2 = rng.pick(actors.other);
    } else if (eventType === 'Violence against civilians' || rng.chance(0.35)) {
      actor2 = inUkraine ? 'Civilians (Ukraine)' : 'Civilians (Russia)';
    } else {
      actor2 = inUkraine ? rng.pick(actors.ua) : rng.pick(actors.ru);
    }
    if (rng.chance(0.15)) assoc1 = rng.pick(actors.other);
    const fatalities = eventType === 'Protests' || eventType === 'Strategic developments' ? 0 : rng.chance(0.7) ? 0 : Math.floor(1 + 40 * rng.next() ** 4);
    const precision = rng.chance(0.9) ? 1 : rng.chance(0.7) ? 2 : 3;
    const geo = rng.chance(0.8) ? 1 : rng.chance(0.7) ? 2 : 3;
    const source = rng.chance(0.3) ? `${rng.pick(sources)}; ${rng.pick(sources)}` : rng.pick(sources);
    const notes = `On ${date}, ${actor1} ${sub.toLowerCase()} in ${location.name} (${admin1}). ${fatalities > 0 ? `${fatalities} fatalities reported.` : 'No fatalities reported.'}`;
    const row = [
      `${inUkraine ? 'UKR' : 'RUS'}${String(100000 + i)}`, date, date.slice(0, 4), precision, disorder, eventType, sub,
      actor1, assoc1, 1, actor2, '', actor2 ? 7 : '', actor2 ? 17 : 10, actor2.startsWith('Civilians') ? 'Civilian targeting' : '',
      iso, 'Europe', country, admin1, location.admin2, '', location.name, location.lat.toFixed(4), location.lon.toFixed(4), geo,
      source, rng.pick(['National', 'Subnational', 'Local partner-National', 'New media']), notes, fatalities, '', 1_700_000_000 + i,
    ];
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
