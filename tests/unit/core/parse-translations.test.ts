/**
 * Contract 1.1 in the strict parser: translation maps load on events, actors, places and the
 * file itself; 1.0 files still load; keys from the file never reach Object.prototype, on the
 * fast path as on the schema path.
 */
import { describe, expect, it } from 'vitest';
import { isPlainValidEvent } from '../../../src/domain/core/fast-event-check';
import { parseDataset, parseDatasetText } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { withReason } from '../../helpers/english-problem';

const DRUZHKIVKA_ID = 'strike-2026-02-04-druzhkivka-market';

function translatedFile(eventPatch: Record<string, unknown>) {
  const file = miniDatasetFile();
  return {
    ...file,
    schemaVersion: 1.1,
    lang: 'en',
    title_i18n: { uk: 'Малий тестовий набір', ru: 'Малый тестовый набор' },
    places: file.places.map((place) => (place.id === 'druzhkivka' ? { ...place, name_i18n: { uk: 'Дружківка', ru: 'Дружковка' } } : place)),
    actors: file.actors.map((actor) => (actor.id === 'russia' ? { ...actor, name_i18n: { uk: 'Росія', ru: 'Россия' } } : actor)),
    events: file.events.map((event) => (event.id === DRUZHKIVKA_ID ? { ...event, ...eventPatch } : event)),
  };
}

const TITLES = { uk: 'Касетні боєприпаси влучили в ринок у Дружківці', ru: 'Кассетные боеприпасы поразили рынок в Дружковке' };

describe('contract 1.1 translations in parseDataset', () => {
  it('still loads a 1.0 file, with no translations', () => {
    const { dataset, rejected } = parseDataset(miniDatasetFile());
    expect(rejected).toEqual([]);
    expect(dataset.meta.schemaVersion).toBe(1);
    expect(dataset.events.every((event) => event.title_i18n === undefined)).toBe(true);
  });

  it('loads the translations of the file, an event, a place and an actor', () => {
    const { dataset, rejected } = parseDataset(translatedFile({ title_i18n: TITLES, summary_i18n: { uk: 'Підсумок' }, lang: 'en' }));
    expect(rejected).toEqual([]);
    expect(dataset.meta).toMatchObject({ schemaVersion: 1.1, lang: 'en', title_i18n: { uk: 'Малий тестовий набір' } });
    const event = dataset.events.find((item) => item.id === DRUZHKIVKA_ID);
    expect(event?.title_i18n).toEqual(TITLES);
    expect(event?.summary_i18n).toEqual({ uk: 'Підсумок' });
    expect(event?.lang).toBe('en');
    expect(dataset.places.find((place) => place.id === 'druzhkivka')?.name_i18n).toEqual({ uk: 'Дружківка', ru: 'Дружковка' });
    expect(dataset.actors.find((actor) => actor.id === 'russia')?.name_i18n).toEqual({ uk: 'Росія', ru: 'Россия' });
  });

  it('gives the same event on the fast path and on the schema path', () => {
    const fast = parseDataset(translatedFile({ title_i18n: TITLES }));
    // An unknown key sends the event to the schema, which drops the key.
    const slow = parseDataset(translatedFile({ title_i18n: TITLES, futureField: { deep: true } }));
    const pick = (result: typeof fast) => result.dataset.events.find((item) => item.id === DRUZHKIVKA_ID);
    expect(pick(slow)).toEqual(pick(fast));
    expect(pick(slow)).not.toHaveProperty('futureField');
  });

  it('rejects an event whose translation is keyed by something that is not a language tag, saying why', () => {
    const { dataset, rejected } = parseDataset(translatedFile({ title_i18n: { Ukrainian: 'Текст' } }));
    expect(dataset.events.some((item) => item.id === DRUZHKIVKA_ID)).toBe(false);
    expect(rejected.map(withReason)).toEqual([expect.objectContaining({ id: DRUZHKIVKA_ID, field: 'title_i18n.Ukrainian', reason: '"Ukrainian" is not a BCP 47 language tag such as uk or uk-UA' })]);
  });

  it('rejects an empty translation', () => {
    const { rejected } = parseDataset(translatedFile({ title_i18n: { uk: '   ' } }));
    expect(rejected.map(withReason)).toEqual([expect.objectContaining({ id: DRUZHKIVKA_ID, reason: 'a translation must not be empty' })]);
  });

  it('never lets a "__proto__" translation key reach the prototype (fast path refused, schema drops it)', () => {
    const file = { ...translatedFile({}), events: translatedFile({}).events.filter((item) => item.id === DRUZHKIVKA_ID) };
    const text = JSON.stringify(file).replace('"summary":"', '"title_i18n":{"__proto__":{"polluted":"yes"},"uk":"Ринок"},"summary":"');
    const raw: unknown = JSON.parse(text);
    const { dataset } = parseDatasetText(text);
    const event = dataset.events.find((item) => item.id === DRUZHKIVKA_ID);
    expect(event?.title_i18n).toEqual({ uk: 'Ринок' });
    expect(event === undefined ? undefined : Object.getPrototypeOf(event.title_i18n)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const events = (raw as { events: unknown[] }).events;
    expect(events.some((item) => isPlainValidEvent(item) && JSON.stringify(item).includes('__proto__'))).toBe(false);
  });

  it('takes a well-formed translated event on the fast path', () => {
    const event = translatedFile({ title_i18n: TITLES, lang: 'en' }).events.find((item) => item.id === DRUZHKIVKA_ID);
    expect(isPlainValidEvent(event)).toBe(true);
    expect(isPlainValidEvent({ ...event, lang: 'not a tag' })).toBe(false);
    expect(isPlainValidEvent({ ...event, title_i18n: { uk: 5 } })).toBe(false);
  });

  it('loads an unknown schemaVersion with a notice, as before', () => {
    const { rejected } = parseDataset({ ...miniDatasetFile(), schemaVersion: 2 });
    expect(rejected.some((item) => item.section === 'file' && item.field === 'schemaVersion')).toBe(true);
  });
});
