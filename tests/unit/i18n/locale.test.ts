import { describe, expect, it } from 'vitest';
import { chooseLocale, localeOfTag } from '../../../src/domain/core/i18n/locale';

describe('choosing the interface language', () => {
  it('takes the language the link asks for over the browser', () => {
    expect(chooseLocale('ru', ['uk-UA', 'en'])).toBe('ru');
    expect(chooseLocale('en', ['uk'])).toBe('en');
  });

  it('else takes the first browser language the app speaks, in the reader’s order', () => {
    expect(chooseLocale(undefined, ['de-DE', 'ru-RU', 'uk'])).toBe('ru');
    expect(chooseLocale(undefined, ['uk-UA', 'en-GB'])).toBe('uk');
    expect(chooseLocale(undefined, ['en-US', 'uk'])).toBe('en');
  });

  it('else falls back to English', () => {
    expect(chooseLocale(undefined, [])).toBe('en');
    expect(chooseLocale(undefined, ['de', 'fr-CA', 'be'])).toBe('en');
  });

  it('reads only the primary subtag of a language tag', () => {
    expect(localeOfTag('uk')).toBe('uk');
    expect(localeOfTag(' ru_RU ')).toBe('ru');
    expect(localeOfTag('ukr')).toBeUndefined();
    expect(localeOfTag('')).toBeUndefined();
  });
});
