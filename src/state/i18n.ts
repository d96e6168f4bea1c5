/**
 * The interface language on the React side: `?lang=` in the address, else the browser's
 * languages, else English (`chooseLocale`). Views read it with `useLocale()` (the language code,
 * for `pickLocalized` and `Intl`) and `useT()` (a translator for the catalogs); the language
 * switch writes `?lang=` as a discrete step, so Back undoes it and every link keeps it.
 */
import { useEffect } from 'react';
import { chooseLocale, type Locale } from '../domain/core/i18n/locale';
import { translatorFor, type Translator } from '../domain/core/i18n/translator';
import { browserLanguages, readUrlState, useUrlValue, writeUrl } from './url';

/** The language the address and the browser ask for now (outside React: first paint, exports). */
export function currentLocale(): Locale {
  return chooseLocale(readUrlState().state.lang, browserLanguages());
}

/**
 * The active interface language: 'en' | 'uk' | 'ru'. Re-renders only when the reader switches
 * (not on every filter change: memoised views that show words must stay still while the URL moves).
 */
export function useLocale(): Locale {
  return useUrlValue((decoded) => chooseLocale(decoded.state.lang, browserLanguages()));
}

/** The translator of the active language: `t(id, values)`, `number(n)`, `list(items)`. */
export function useT(): Translator {
  return translatorFor(useLocale());
}

/** Switches the interface language (one history entry; the filters and every other key stay). */
export function setLocale(locale: Locale): void {
  writeUrl({ lang: locale }, 'push');
}

/**
 * Keeps the document in the active language: `<html lang>`, so screen readers and hyphenation
 * follow it, and the page title (the tab, bookmarks and history name the app in that language).
 */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translatorFor(locale).t('app.title');
  }, [locale]);
}
