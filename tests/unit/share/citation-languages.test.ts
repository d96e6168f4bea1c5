/**
 * The citation and the words drawn into a published image in Ukrainian and Russian: the phrases
 * from the catalogs, the data's own translations (title, actors, places), plurals and dates the
 * way each language writes them.
 */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { EMPTY_FILTERS } from '../../../src/domain/selection/filters';
import { citationFilterParts, citeView, formatCitation } from '../../../src/domain/share/citation';
import { fileNotInLinkNote } from '../../../src/domain/share/file-not-in-link';
import { filtersInWords, imageText } from '../../../src/domain/share/image-text';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { miniIndex } from '../../helpers/render-dashboard';

const uk = translatorFor('uk');
const ru = translatorFor('ru');
const day = (text: string) => toDayNumber(text) ?? Number.NaN;
const link = 'https://example.org/?categories=strike';

/** The mini dataset with the translations a 1.1 file carries: its title, an actor and a place. */
function translatedIndex() {
  const file = miniDatasetFile();
  return buildEventIndex(
    parseDataset({
      ...file,
      schemaVersion: 1.1,
      title_i18n: { uk: 'Малий тестовий набір', ru: 'Малый тестовый набор' },
      actors: file.actors.map((actor) => (actor.id === 'russia' ? { ...actor, name_i18n: { uk: 'Росія', ru: 'Россия' } } : actor)),
      places: file.places.map((place) => (place.id === 'kyiv' ? { ...place, name_i18n: { uk: 'Київ', ru: 'Киев' } } : place)),
    }).dataset,
  );
}

describe('formatCitation in Ukrainian and Russian', () => {
  const input = {
    datasetTitle: 'Малий тестовий набір',
    range: { fromDay: day('2026-01-23'), toDay: day('2026-02-17') },
    filterParts: ['удари'],
    permalink: link,
    attribution: 'Тестові дані.',
    accessed: '2026-11-29',
  };

  it('writes every phrase, the dates and the access date in Ukrainian, under the translated app name', () => {
    expect(formatCitation(input, uk)).toBe(
      `Переговори й удари: Малий тестовий набір, події 23 січ. 2026 р. – 17 лют. 2026 р. (фільтри: удари). ${link}. Дані: Тестові дані. Дата звернення: 29 лист. 2026 р.`,
    );
  });

  it('writes them in Russian, a single day named once', () => {
    const text = formatCitation({ ...input, datasetTitle: 'Малый тестовый набор', filterParts: [], range: { fromDay: day('2026-02-04'), toDay: day('2026-02-04') } }, ru);
    expect(text).toBe(`Переговоры и удары: Малый тестовый набор, события 4 февр. 2026 г. ${link}. Данные: Тестові дані. Дата обращения: 29 нояб. 2026 г.`);
  });

  it('does not name the app twice when the title starts with the brand the data keeps in every language', () => {
    expect(formatCitation({ ...input, datasetTitle: 'Talks & Strikes: переговори та удари' }, uk)).toMatch(/^Talks & Strikes: переговори та удари, події /);
  });
});

describe('the filters in Ukrainian and Russian', () => {
  const index = translatedIndex();
  const filters = { ...EMPTY_FILTERS, categories: ['strike', 'talks'], actors: ['russia', 'steve-witkoff'], match: 'all' as const, place: 'kyiv', q: 'ринок' };

  it('names categories, actors and places the reader’s way, with the data’s translations where it has them', () => {
    expect(citationFilterParts(filters, index, uk)).toEqual(['удари, переговори', 'усі разом: Росія, Steve Witkoff', 'місце: Київ', 'за запитом «ринок»']);
    expect(citationFilterParts(filters, index, ru)).toEqual(['удары, переговоры', 'все вместе: Россия, Steve Witkoff', 'место: Киев', 'по запросу «ринок»']);
  });

  it('citeView takes the translated title and writes the access date from the clock', () => {
    const text = citeView({ ...EMPTY_FILTERS, categories: ['strike'] }, index, link, new Date(2026, 10, 29, 9), uk);
    expect(text).toBe(
      `Переговори й удари: Малий тестовий набір, події 23 січ. 2026 р. – 17 лют. 2026 р. (фільтри: удари). ${link}. Дані: Test fixture. Дата звернення: 29 лист. 2026 р.`,
    );
  });
});

describe('image text in Ukrainian and Russian', () => {
  const index = miniIndex();

  it('says every event is shown, and the days covered, in each language', () => {
    expect(filtersInWords(EMPTY_FILTERS, index, uk)).toBe('Показано всі події; 23 січ. 2026 р. – 17 лют. 2026 р.');
    expect(filtersInWords(EMPTY_FILTERS, index, ru)).toBe('Показаны все события; 23 янв. 2026 г. – 17 февр. 2026 г.');
  });

  it('puts the filters and a single day in words', () => {
    const filters = { ...EMPTY_FILTERS, categories: ['strike'], from: '2026-02-01', to: '2026-02-01' };
    expect(filtersInWords(filters, index, uk)).toBe('Показано: удари; 1 лют. 2026 р.');
    expect(filtersInWords(filters, index, ru)).toBe('Показано: удары; 1 февр. 2026 г.');
  });

  it('writes the sources, the credit with the translated app name and the date, and the note under the link', () => {
    const text = imageText('Графіки', EMPTY_FILTERS, index, link, '2026-11-29', fileNotInLinkNote('mine.csv', uk), uk);
    expect(text.sources).toBe('Дані: Test fixture.');
    expect(text.credit).toBe('Переговори й удари · 29 лист. 2026 р.');
    expect(text.permalinkNote).toBe('Це посилання відкриває типові дані, а не «mine.csv»: файл, відкритий у цьому браузері, у посилання не входить.');
    expect(imageText('Карта', EMPTY_FILTERS, index, link, '2026-11-29', undefined, ru).credit).toBe('Переговоры и удары · 29 нояб. 2026 г.');
  });

  it('says so when the data file names no source', () => {
    const bare = buildEventIndex(parseDataset({ ...miniDatasetFile(), attribution: '' }).dataset);
    expect(imageText('Графіки', EMPTY_FILTERS, bare, link, '2026-11-29', undefined, uk).sources).toBe('Дані: джерело у файлі даних не вказано.');
    expect(imageText('Карта', EMPTY_FILTERS, bare, link, '2026-11-29', undefined, ru).sources).toBe('Данные: источник в файле данных не указан.');
  });
});
