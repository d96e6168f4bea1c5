import { describe, expect, it } from 'vitest';
import { copyTranslations, isLanguageTag, pickLocalized } from '../../../src/domain/core/localized';

const KYIV = { uk: 'Київ', ru: 'Киев' };

describe('pickLocalized', () => {
  it('gives the translation under the exact tag', () => {
    expect(pickLocalized('Kyiv', KYIV, 'ru')).toEqual({ text: 'Киев', lang: 'ru', translated: true });
  });

  it('falls back from a regional tag to its base language', () => {
    expect(pickLocalized('Kyiv', KYIV, 'uk-UA')).toEqual({ text: 'Київ', lang: 'uk', translated: true });
  });

  it('prefers an exact regional translation over the base one, whatever the case', () => {
    expect(pickLocalized('Colour', { en: 'Color', 'en-GB': 'Colour (GB)' }, 'en-gb', 'fr')).toEqual({ text: 'Colour (GB)', lang: 'en-GB', translated: true });
  });

  it('gives the original with its language when there is no translation, so a view can mark it', () => {
    expect(pickLocalized('Kyiv', KYIV, 'de')).toEqual({ text: 'Kyiv', lang: 'en', translated: false });
    expect(pickLocalized('Kyiv', undefined, 'uk')).toEqual({ text: 'Kyiv', lang: 'en', translated: false });
    expect(pickLocalized('Київ', { en: 'Kyiv' }, 'pl', 'uk')).toEqual({ text: 'Київ', lang: 'uk', translated: false });
  });

  it('gives the original when the reader already reads its language', () => {
    expect(pickLocalized('Kyiv', { en: 'Kyiv (translated)' }, 'en')).toEqual({ text: 'Kyiv', lang: 'en', translated: false });
    expect(pickLocalized('Kyiv', { en: 'Kyiv (translated)' }, 'en-US')).toEqual({ text: 'Kyiv', lang: 'en', translated: false });
  });

  it('skips empty translations', () => {
    expect(pickLocalized('Kyiv', { uk: '' }, 'uk').translated).toBe(false);
  });

  it('never answers from Object.prototype, whatever the locale or the keys', () => {
    for (const locale of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(pickLocalized('Kyiv', {}, locale)).toEqual({ text: 'Kyiv', lang: 'en', translated: false });
    }
    const hostile: Record<string, string> = JSON.parse('{"__proto__": "polluted", "uk": "Київ"}');
    expect(pickLocalized('Kyiv', hostile, '__proto__').text).toBe('Kyiv');
    expect(pickLocalized('Kyiv', hostile, 'uk').text).toBe('Київ');
    expect(({} as Record<string, unknown>).uk).toBeUndefined();
  });

  it('keeps a key that looks like a prototype member as plain data', () => {
    // "toString" is a well-formed (if unassigned) 8-letter language subtag.
    const translations = Object.fromEntries([['toString', 'text']]);
    expect(pickLocalized('x', translations, 'tostring')).toEqual({ text: 'text', lang: 'toString', translated: true });
  });
});

describe('isLanguageTag', () => {
  it('accepts BCP 47 tags and refuses other text', () => {
    for (const tag of ['uk', 'ru', 'en', 'uk-UA', 'zh-Hant-TW', 'sr-Latn']) expect(isLanguageTag(tag)).toBe(true);
    for (const tag of ['', 'u', 'ukrainian!', 'uk_UA', ' uk', '__proto__', 'constructor', 'en-', '1234']) expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('copyTranslations', () => {
  it('keeps only language-tag keys with text, and leaves the prototype alone', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"polluted": true}, "uk": "Київ", "bad tag": "x", "ru": "  ", "constructor": "c"}');
    const copy = copyTranslations(raw);
    expect(copy).toEqual({ uk: 'Київ' });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives undefined for nothing usable', () => {
    expect(copyTranslations(undefined)).toBeUndefined();
    expect(copyTranslations(['uk'])).toBeUndefined();
    expect(copyTranslations({ uk: '' })).toBeUndefined();
  });
});
