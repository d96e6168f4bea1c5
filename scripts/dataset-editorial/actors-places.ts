/**
 * Hand-written actor and place tables for the default dataset. Coordinates are copied from the
 * fact sheet's "Reference coordinates" table (simplemaps World Cities, basic); build-dataset.ts
 * checks each one against the lat/lon of every CSV row that uses it.
 */
import type { ActorInput, DatasetMeta, PlaceInput } from '../../src/domain/core/dataset-schema';
import { META_TRANSLATIONS } from './translations';

export const META: DatasetMeta = {
  schemaVersion: 1.1,
  lang: 'en',
  title: 'Talks & Strikes: US-brokered Russia–Ukraine talks and the strikes around them',
  title_i18n: { ...META_TRANSLATIONS.title },
  description:
    'Sixty-one events from 14 November 2025 to 26 February 2026: talk rounds, strikes, humanitarian steps, ' +
    'statements and the end of New START. Built from a verified fact sheet (one to five public news ' +
    'reports per event) and the news article of 4 February 2026 that started the project.',
  description_i18n: { ...META_TRANSLATIONS.description },
  updated: '2026-11-29',
  attribution:
    'Events compiled from public news reports (see each event’s sources) and a news article of ' +
    '4 February 2026. City coordinates: simplemaps World Cities Database (basic), CC BY 4.0.',
};

const state = (id: string, name: string): ActorInput => ({ id, name, kind: 'state' });
const person = (id: string, name: string, affiliation: string): ActorInput => ({
  id,
  name,
  kind: 'person',
  affiliation,
});
const org = (id: string, name: string, affiliation?: string): ActorInput =>
  affiliation === undefined ? { id, name, kind: 'organization' } : { id, name, kind: 'organization', affiliation };

export const ACTORS: ActorInput[] = [
  state('russia', 'Russia'),
  state('ukraine', 'Ukraine'),
  state('usa', 'United States'),
  state('uae', 'United Arab Emirates'),
  state('germany', 'Germany'),
  state('france', 'France'),
  state('uk', 'United Kingdom'),
  state('italy', 'Italy'),
  state('poland', 'Poland'),

  org('eu', 'European Union'),
  org('nato', 'NATO'),
  org('icrc', 'International Committee of the Red Cross'),
  org('cpc', 'Caspian Pipeline Consortium'),
  org('isw', 'Institute for the Study of War', 'usa'),
  org('dtek', 'DTEK', 'ukraine'),
  org('ukraine-pow-hq', 'Ukraine’s POW Coordination Headquarters', 'ukraine'),
  org('transneft', 'Transneft', 'russia'),
  org('lukoil', 'Lukoil', 'russia'),
  org('russia-mfa', 'Russian Ministry of Foreign Affairs', 'russia'),
  org('russia-mod', 'Russian Ministry of Defence', 'russia'),

  person('donald-trump', 'Donald Trump', 'usa'),
  person('marco-rubio', 'Marco Rubio', 'usa'),
  person('steve-witkoff', 'Steve Witkoff', 'usa'),
  person('jared-kushner', 'Jared Kushner', 'usa'),
  person('dan-driscoll', 'Dan Driscoll', 'usa'),
  person('josh-gruenbaum', 'Josh Gruenbaum', 'usa'),
  person('scott-bessent', 'Scott Bessent', 'usa'),
  person('alexus-grynkewich', 'Alexus Grynkewich', 'usa'),

  person('volodymyr-zelensky', 'Volodymyr Zelensky', 'ukraine'),
  person('andriy-yermak', 'Andriy Yermak', 'ukraine'),
  person('rustem-umerov', 'Rustem Umerov', 'ukraine'),
  person('kyrylo-budanov', 'Kyrylo Budanov', 'ukraine'),
  person('serhiy-kyslytsya', 'Serhiy Kyslytsya', 'ukraine'),
  person('andrii-hnatov', 'Andrii Hnatov', 'ukraine'),
  person('david-arakhamia', 'David Arakhamia', 'ukraine'),
  person('oleksii-sobolev', 'Oleksii Sobolev', 'ukraine'),
  person('daryna-marchak', 'Daryna Marchak', 'ukraine'),
  person('denys-shmyhal', 'Denys Shmyhal', 'ukraine'),
  person('vitali-klitschko', 'Vitali Klitschko', 'ukraine'),

  person('vladimir-putin', 'Vladimir Putin', 'russia'),
  person('yuri-ushakov', 'Yuri Ushakov', 'russia'),
  person('kirill-dmitriev', 'Kirill Dmitriev', 'russia'),
  person('igor-kostyukov', 'Igor Kostyukov', 'russia'),
  person('vladimir-medinsky', 'Vladimir Medinsky', 'russia'),
  person('mikhail-galuzin', 'Mikhail Galuzin', 'russia'),
  person('dmitry-peskov', 'Dmitry Peskov', 'russia'),
  person('sergey-lavrov', 'Sergey Lavrov', 'russia'),

  person('friedrich-merz', 'Friedrich Merz', 'germany'),
  person('emmanuel-macron', 'Emmanuel Macron', 'france'),
  person('keir-starmer', 'Keir Starmer', 'uk'),
  person('mohamed-bin-zayed', 'Mohamed bin Zayed', 'uae'),
  person('mark-rutte', 'Mark Rutte', 'nato'),
];

const place = (id: string, name: string, lat: number, lon: number, country: string): PlaceInput => ({
  id,
  name,
  lat,
  lon,
  country,
});

/** Only the places the events use (the reference table also lists Dnipro, Zaporizhzhia, Kramatorsk). */
export const PLACES: PlaceInput[] = [
  place('kyiv', 'Kyiv', 50.45, 30.5236, 'Ukraine'),
  place('druzhkivka', 'Druzhkivka', 48.6203, 37.5278, 'Ukraine'),
  place('kharkiv', 'Kharkiv', 50.0, 36.2292, 'Ukraine'),
  place('odesa', 'Odesa', 46.4775, 30.7326, 'Ukraine'),
  place('lviv', 'Lviv', 49.8419, 24.0315, 'Ukraine'),
  place('ternopil', 'Ternopil', 49.5667, 25.6, 'Ukraine'),
  place('burshtyn', 'Burshtyn', 49.26, 24.635, 'Ukraine'),
  place('ternivka', 'Ternivka', 48.5231, 36.0826, 'Ukraine'),
  place('fastiv', 'Fastiv', 50.0747, 29.9181, 'Ukraine'),
  place('sloviansk', 'Sloviansk', 48.87, 37.625, 'Ukraine'),
  place('izyum', 'Izyum', 49.2238, 37.2915, 'Ukraine'),
  place('moscow', 'Moscow', 55.7558, 37.6178, 'Russia'),
  place('novorossiysk', 'Novorossiysk', 44.7167, 37.7667, 'Russia'),
  place('valday', 'Valday', 57.9667, 33.25, 'Russia'),
  place('volgograd', 'Volgograd', 48.7, 44.4833, 'Russia'),
  place('abu-dhabi', 'Abu Dhabi', 24.4781, 54.3686, 'United Arab Emirates'),
  place('washington-dc', 'Washington DC', 38.9047, -77.0163, 'United States'),
  place('miami', 'Miami', 25.7839, -80.2102, 'United States'),
  place('hallandale-beach', 'Hallandale Beach', 25.9854, -80.1423, 'United States'),
  place('palm-beach', 'Palm Beach', 26.6932, -80.0406, 'United States'),
  place('geneva', 'Geneva', 46.2, 6.15, 'Switzerland'),
  place('davos', 'Davos', 46.8091, 9.8398, 'Switzerland'),
  place('berlin', 'Berlin', 52.5167, 13.3833, 'Germany'),
  place('paris', 'Paris', 48.8566, 2.3522, 'France'),
];
