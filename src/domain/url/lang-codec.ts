/**
 * The interface language's URL codec: `lang=uk` or `lang=ru` (`lang=en` too, though English
 * needs no key when the browser asks for it). A language the app does not speak is dropped with
 * a notice, and the browser's languages decide. Region tags are read ("uk-UA" → uk).
 */
import { localeOfTag, type Locale } from '../core/i18n/locale';
import { ENGLISH } from '../core/i18n/translator';
import type { UrlCodec } from './codec';

export const LANG_KEY = 'lang';

/** `undefined` when the address names no language (the browser's languages decide). */
export const langCodec: UrlCodec<Locale | undefined> = {
  keys: [LANG_KEY],
  decode(params, tr = ENGLISH) {
    const text = params.get(LANG_KEY);
    if (text === null || text.trim() === '') return { value: undefined, notices: [] };
    const locale = localeOfTag(text);
    if (locale !== undefined) return { value: locale, notices: [] };
    return { value: undefined, notices: [tr.t('url.badLang', { value: text })] };
  },
  encode(locale, params) {
    if (locale !== undefined) params.set(LANG_KEY, locale);
  },
};
