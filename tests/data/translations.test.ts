/**
 * The default dataset in Ukrainian and Russian (contract 1.1): every event title, actor and place
 * name and the dataset's own title and description; figures and dates as in the English; a
 * translated quotation says so; and a reader can search in either language.
 */
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { queryWords, textMatches } from '../../src/domain/selection/text-match';
import { loadDefaultDataset } from './load-files';

const LANGUAGES = ['uk', 'ru'] as const;
const dataset = loadDefaultDataset();

/** The numbers of a text, with thousands written "6,000", "6 000" or "6000" read alike. */
function numbersIn(text: string): string[] {
  return (text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).sort();
}

describe('translated titles of the default dataset', () => {
  it('has a Ukrainian and a Russian title for every one of the 61 events', () => {
    expect(dataset.events).toHaveLength(61);
    const missing = dataset.events.flatMap((event) => LANGUAGES.filter((lang) => !event.title_i18n?.[lang]?.trim()).map((lang) => `${event.id} ${lang}`));
    expect(missing).toEqual([]);
  });

  it('keeps every number of the English title (figures, dates, counts)', () => {
    const changed = dataset.events.flatMap((event) =>
      LANGUAGES.flatMap((lang) => {
        const translated = event.title_i18n?.[lang] ?? '';
        return numbersIn(translated).join(' ') === numbersIn(event.title).join(' ') ? [] : [`${event.id} ${lang}: "${translated}"`];
      }),
    );
    expect(changed).toEqual([]);
    // The check reads numbers as numbers: a dropped or changed figure fails it.
    expect(numbersIn('157 for 157, 1,000 bodies')).toEqual(numbersIn('157 на 157, 1000 тіл'));
    expect(numbersIn('157 for 157')).not.toEqual(numbersIn('157 на 175'));
  });

  it('keeps quotations as quotations and says when one is our translation', () => {
    for (const event of dataset.events) {
      const quoted = /[“"]/.test(event.title);
      for (const lang of LANGUAGES) {
        const translated = event.title_i18n?.[lang] ?? '';
        const marker = lang === 'uk' ? '[переклад]' : '[перевод]';
        expect({ id: event.id, lang, quoted: /[«“"]/.test(translated) }).toEqual({ id: event.id, lang, quoted });
        if (quoted) expect(translated).toContain(marker);
      }
    }
  });

  it('uses the standard spellings of places in the titles', () => {
    const title = (id: string, lang: 'uk' | 'ru') => dataset.events.find((event) => event.id === id)?.title_i18n?.[lang];
    expect(title('strike-2026-02-04-druzhkivka-market', 'uk')).toContain('Дружківці');
    expect(title('strike-2026-02-04-druzhkivka-market', 'ru')).toContain('Дружковке');
    expect(title('talks-2026-01-23-abu-dhabi-round1', 'uk')).toContain('Абу-Дабі');
    expect(title('talks-2026-01-23-abu-dhabi-round1', 'ru')).toContain('Абу-Даби');
    expect(title('strike-2026-02-26-before-geneva-bilateral', 'uk')).toContain('Запоріжжя');
    expect(title('strike-2026-02-26-before-geneva-bilateral', 'ru')).toContain('Запорожье');
  });
});

describe('translated summaries of the default dataset', () => {
  const translated = dataset.events.filter((event) => event.summary_i18n !== undefined);

  it('translates summaries into both languages where it translates them at all', () => {
    expect(translated.length).toBeGreaterThanOrEqual(30);
    for (const event of translated) for (const lang of LANGUAGES) expect(event.summary_i18n?.[lang]?.trim(), `${event.id} ${lang}`).toBeTruthy();
  });

  it('keeps every number of the English summary and adds no quotation marks', () => {
    const changed = translated.flatMap((event) =>
      LANGUAGES.flatMap((lang) => {
        const text = event.summary_i18n?.[lang] ?? '';
        const same = numbersIn(text).join(' ') === numbersIn(event.summary).join(' ') && /[«“"]/.test(text) === /[“"]/.test(event.summary);
        return same ? [] : [`${event.id} ${lang}`];
      }),
    );
    expect(changed).toEqual([]);
  });
});

describe('translated names and dataset texts', () => {
  it('names every actor and place in Ukrainian and Russian', () => {
    const missing = [...dataset.actors, ...dataset.places].flatMap((item) => LANGUAGES.filter((lang) => !item.name_i18n?.[lang]?.trim()).map((lang) => `${item.id} ${lang}`));
    expect(missing).toEqual([]);
    const place = (id: string) => dataset.places.find((item) => item.id === id)?.name_i18n;
    expect(place('kyiv')).toEqual({ uk: 'Київ', ru: 'Киев' });
    expect(place('druzhkivka')).toEqual({ uk: 'Дружківка', ru: 'Дружковка' });
    expect(place('abu-dhabi')).toEqual({ uk: 'Абу-Дабі', ru: 'Абу-Даби' });
  });

  it('translates the dataset title and description, keeping the description’s dates', () => {
    const { meta } = dataset;
    expect(meta.schemaVersion).toBe(1.1);
    expect(meta.lang).toBe('en');
    for (const lang of LANGUAGES) {
      expect(meta.title_i18n?.[lang]).toMatch(/^Talks & Strikes: /);
      expect(numbersIn(meta.description_i18n?.[lang] ?? '')).toEqual(numbersIn(meta.description));
    }
  });
});

describe('searching the default dataset in Ukrainian and Russian', () => {
  const index = buildEventIndex(dataset);
  const found = (query: string) => {
    const matches = textMatches(index, queryWords(query));
    return index.events.filter((_, i) => matches?.[i] === 1).map((event) => event.id);
  };

  it('finds the Druzhkivka market strike by the town’s Ukrainian or Russian name', () => {
    expect(found('Дружківка')).toEqual(['strike-2026-02-04-druzhkivka-market']);
    expect(found('дружковка')).toEqual(['strike-2026-02-04-druzhkivka-market']);
  });

  it('finds events by a word of a translated title and by a translated actor name', () => {
    expect(found('касетні')).toEqual(['strike-2026-02-04-druzhkivka-market']);
    expect(found('Умеров')).toEqual(found('Umerov'));
    expect(found('Умеров').length).toBeGreaterThan(0);
  });
});
