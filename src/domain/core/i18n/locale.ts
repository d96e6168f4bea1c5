/**
 * The interface languages and how one is chosen: `?lang=` first, else the first of the
 * browser's languages the app speaks, else English.
 */

/** The languages the interface is written in; English is the default and the fallback. */
export const LOCALES = ['en', 'uk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', uk: 'Українська', ru: 'Русский' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The interface language of a BCP 47 tag ("uk-UA" → "uk", "RU" → "ru"), or undefined when the
 * app does not speak it.
 * @example localeOfTag('uk-UA') === 'uk'
 */
export function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : undefined;
}

/**
 * The language to show: the one the link asks for, else the reader's first browser language the
 * app speaks (in the reader's order of preference), else English.
 * @example chooseLocale(undefined, ['de-DE', 'ru-RU', 'en']) === 'ru'
 */
export function chooseLocale(fromUrl: Locale | undefined, browserLanguages: readonly string[]): Locale {
  if (fromUrl !== undefined) return fromUrl;
  for (const tag of browserLanguages) {
    const locale = localeOfTag(tag);
    if (locale !== undefined) return locale;
  }
  return DEFAULT_LOCALE;
}
