/**
 * Places for synthetic data: real regional centres of Ukraine and Russia (approximate
 * coordinates), a few talk venues abroad, and invented "Synth-town N" places scattered around
 * the centres so that the map gets a few hundred distinct points.
 */
import type { PlaceInput } from '../../../src/domain/core/dataset-schema';
import { toKebabId } from '../../../src/domain/importers/text-clean';
import { weightedSampler, type Rng } from './prng';

/** A centre: name, latitude, longitude and how often it is struck (relative weight). */
type Centre = readonly [name: string, lat: number, lon: number, weight: number];

const UKRAINE: readonly Centre[] = [
  ['Kyiv', 50.45, 30.52, 5], ['Kharkiv', 49.99, 36.23, 10], ['Odesa', 46.48, 30.73, 5], ['Dnipro', 48.46, 35.05, 6],
  ['Zaporizhzhia', 47.84, 35.14, 9], ['Kherson', 46.64, 32.61, 10], ['Mykolaiv', 46.98, 31.99, 4], ['Sumy', 50.91, 34.8, 8],
  ['Chernihiv', 51.49, 31.29, 4], ['Poltava', 49.59, 34.55, 2], ['Kramatorsk', 48.72, 37.56, 9], ['Pokrovsk', 48.28, 37.18, 8],
  ['Nikopol', 47.57, 34.39, 7], ['Kryvyi Rih', 47.91, 33.39, 4], ['Zhytomyr', 50.25, 28.66, 1], ['Vinnytsia', 49.23, 28.47, 1],
  ['Cherkasy', 49.44, 32.06, 1], ['Kropyvnytskyi', 48.51, 32.26, 1], ['Khmelnytskyi', 49.42, 26.99, 1], ['Rivne', 50.62, 26.25, 0.5],
  ['Lutsk', 50.75, 25.33, 0.5], ['Ternopil', 49.55, 25.59, 0.5], ['Lviv', 49.84, 24.03, 1], ['Ivano-Frankivsk', 48.92, 24.71, 0.5],
  ['Uzhhorod', 48.62, 22.29, 0.2], ['Chernivtsi', 48.29, 25.94, 0.3],
];

const RUSSIA: readonly Centre[] = [
  ['Belgorod', 50.6, 36.59, 10], ['Kursk', 51.73, 36.19, 8], ['Bryansk', 53.25, 34.37, 6], ['Voronezh', 51.67, 39.18, 3],
  ['Rostov-on-Don', 47.24, 39.71, 2], ['Taganrog', 47.21, 38.94, 1.5], ['Krasnodar', 45.04, 38.98, 1.5],
  ['Novorossiysk', 44.72, 37.77, 1.5], ['Tuapse', 44.1, 39.08, 1], ['Moscow', 55.76, 37.62, 2], ['Oryol', 52.97, 36.07, 1.5],
  ['Lipetsk', 52.61, 39.59, 1], ['Tambov', 52.72, 41.45, 0.7], ['Ryazan', 54.63, 39.74, 1], ['Tula', 54.19, 37.62, 1],
  ['Kaluga', 54.51, 36.26, 1], ['Smolensk', 54.78, 32.05, 1], ['Saratov', 51.53, 46.03, 1], ['Engels', 51.48, 46.12, 0.8],
  ['Volgograd', 48.71, 44.51, 1], ['Samara', 53.2, 50.15, 0.5], ['Yaroslavl', 57.63, 39.87, 0.4], ['Kazan', 55.79, 49.11, 0.4],
  ['Saint Petersburg', 59.94, 30.31, 0.3], ['Pskov', 57.82, 28.33, 0.3],
];

/** Talk venues abroad, with the id of the state that hosts them. */
const VENUES: readonly (readonly [name: string, lat: number, lon: number, country: string, host: string])[] = [
  ['Abu Dhabi', 24.47, 54.37, 'United Arab Emirates', 'uae'], ['Geneva', 46.2, 6.14, 'Switzerland', 'switzerland'],
  ['Istanbul', 41.01, 28.98, 'Türkiye', 'turkey'], ['Riyadh', 24.71, 46.68, 'Saudi Arabia', 'saudi-arabia'],
  ['Jeddah', 21.49, 39.19, 'Saudi Arabia', 'saudi-arabia'], ['Miami', 25.76, -80.19, 'United States', 'usa'],
  ['Washington', 38.9, -77.04, 'United States', 'usa'], ['Berlin', 52.52, 13.4, 'Germany', 'germany'],
  ['Paris', 48.86, 2.35, 'France', 'france'], ['London', 51.51, -0.13, 'United Kingdom', 'united-kingdom'],
  ['Doha', 25.29, 51.53, 'Qatar', 'qatar'],
];

export interface SynthPlace {
  place: PlaceInput;
  /** The real centre the place is near (its own name for a centre). */
  centre: string;
  /** State id of the country the place is in ('ukraine', 'russia', or a host state). */
  state: string;
}

export interface SynthGeography {
  places: SynthPlace[];
  /** Draws a place for a strike in Ukraine / in Russia, weighted by how often the area is struck. */
  strikeInUkraine: (rng: Rng) => SynthPlace;
  strikeInRussia: (rng: Rng) => SynthPlace;
  /** Talk venues abroad plus Kyiv and Moscow. */
  venues: SynthPlace[];
  /** Regional centres only (for humanitarian events and regional actors). */
  centres: SynthPlace[];
  byName: ReadonlyMap<string, SynthPlace>;
}

/** "Rostov-on-Don" → "rostov-on-don" (the importers' id rule, so synthetic ids look like imported ones). */
export const kebab = toKebabId;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Builds the places: every centre, every venue and `towns` invented towns within about 70 km
 * of a centre (more towns near centres that are struck more often).
 */
export function buildGeography(rng: Rng, towns: number): SynthGeography {
  const places: SynthPlace[] = [];
  const weights: { ua: number[]; ru: number[] } = { ua: [], ru: [] };
  const uaPlaces: SynthPlace[] = [];
  const ruPlaces: SynthPlace[] = [];
  const centres: SynthPlace[] = [];

  const addCentre = (centre: Centre, country: string, state: string) => {
    const [name, lat, lon, weight] = centre;
    const synth: SynthPlace = { place: { id: kebab(name), name, lat, lon, country }, centre: name, state };
    places.push(synth);
    centres.push(synth);
    (state === 'ukraine' ? uaPlaces : ruPlaces).push(synth);
    (state === 'ukraine' ? weights.ua : weights.ru).push(weight * 0.35);
  };
  for (const centre of UKRAINE) addCentre(centre, 'Ukraine', 'ukraine');
  for (const centre of RUSSIA) addCentre(centre, 'Russia', 'russia');

  // Towns go to centres in proportion to the square root of their weight, so quiet regions still get some.
  const all = [...UKRAINE.map((c) => ({ c, state: 'ukraine' })), ...RUSSIA.map((c) => ({ c, state: 'russia' }))];
  const pickCentre = weightedSampler(all.map(({ c }) => Math.sqrt(c[3])));
  for (let n = 1; n <= towns; n++) {
    const { c, state } = all[pickCentre(rng)] as (typeof all)[number];
    const [centreName, lat, lon, weight] = c;
    const radius = 0.08 + rng.next() * 0.55;
    const angle = rng.next() * 2 * Math.PI;
    const synth: SynthPlace = {
      place: {
        id: `synth-town-${n}`,
        name: `Synth-town ${n}`,
        lat: round4(lat + radius * Math.sin(angle)),
        lon: round4(lon + (radius * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)),
        country: state === 'ukraine' ? 'Ukraine' : 'Russia',
      },
      centre: centreName,
      state,
    };
    places.push(synth);
    (state === 'ukraine' ? uaPlaces : ruPlaces).push(synth);
    (state === 'ukraine' ? weights.ua : weights.ru).push(weight * (0.2 + rng.next()));
  }

  const venues: SynthPlace[] = VENUES.map(([name, lat, lon, country, host]) => ({
    place: { id: kebab(name), name, lat, lon, country },
    centre: name,
    state: host,
  }));
  places.push(...venues);
  const byName = new Map(places.map((p) => [p.place.name, p]));
  const kyiv = byName.get('Kyiv');
  const moscow = byName.get('Moscow');
  if (kyiv) venues.push(kyiv);
  if (moscow) venues.push(moscow);

  const ua = weightedSampler(weights.ua);
  const ru = weightedSampler(weights.ru);
  return {
    places,
    strikeInUkraine: (r) => uaPlaces[ua(r)] as SynthPlace,
    strikeInRussia: (r) => ruPlaces[ru(r)] as SynthPlace,
    venues,
    centres,
    byName,
  };
}
