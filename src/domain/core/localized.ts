/**
 * Translated text from data (contract 1.1: `title_i18n`, `summary_i18n`, `name_i18n`, …): maps
 * from a BCP 47 language tag to text. Keys come from the file, so they are read only as own
 * properties (a key or a locale such as "constructor" or "__proto__" never reaches Object.prototype).
 */

/** A translation map as the app keeps it: language tag → text. */
export type Translations = Readonly<Record<string, string>>;

/** The language of the original text when a file does not say. */
export const DEFAULT_ORIGINAL_LANG = 'en';

const tagValidity = new Map<string, boolean>();

/**
 * True when `tag` is a well-formed BCP 47 language tag (`uk`, `uk-UA`, `zh-Hant-TW`). Results are
 * cached: a big file repeats the same few tags on every event.
 * @example isLanguageTag('uk-UA') === true; isLanguageTag('ukrainian!') === false
 */
export function isLanguageTag(tag: string): boolean {
  let valid = tagValidity.get(tag);
  if (valid === undefined) {
    try {
      // The empty list case: getCanonicalLocales('') throws, as it should.
      valid = tag.trim() === tag && Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    if (tagValidity.size < 1000) tagValidity.set(tag, valid);
  }
  return valid;
}

/** The base language of a tag, lower-cased: `uk-UA` → `uk`. */
export function baseLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

export interface LocalizedText {
  text: string;
  /** The language of `text`: the translation's tag, or the original's language. */
  lang: string | undefined;
  /** True when `text` is a translation, false when it is the original. */
  translated: boolean;
}

/**
 * The text to show a reader of `locale`: the translation under exactly that tag (case-insensitive),
 * else under its base language (`uk-UA` → `uk`), else the original with its language, so that the
 * view can mark it (`lang` attribute, "original in English").
 * @example pickLocalized('Kyiv', { uk: 'Київ' }, 'uk-UA') → { text: 'Київ', lang: 'uk', translated: true }
 * @example pickLocalized('Kyiv', { uk: 'Київ' }, 'de') → { text: 'Kyiv', lang: 'en', translated: false }
 */
export function pickLocalized(
  original: string,
  translations: Translations | undefined,
  locale: string,
  originalLang: string = DEFAULT_ORIGINAL_LANG,
): LocalizedText {
  const originalText: LocalizedText = { text: original, lang: originalLang, translated: false };
  if (translations === undefined || !isLanguageTag(locale)) return originalText;
  const wanted = locale.toLowerCase();
  const wantedBase = baseLanguage(locale);
  // The original is already in the reader's language: nothing to translate.
  if (originalLang.toLowerCase() === wanted) return originalText;
  let baseMatch: LocalizedText | undefined;
  for (const tag of Object.keys(translations)) {
    const text = translations[tag];
    if (typeof text !== 'string' || text === '') continue;
    const lower = tag.toLowerCase();
    if (lower === wanted) return { text, lang: tag, translated: true };
    if (baseMatch === undefined && lower === wantedBase) baseMatch = { text, lang: tag, translated: true };
  }
  // A reader of en-GB gets an English original before a translation into another English.
  if (baseMatch !== undefined && baseLanguage(originalLang) !== wantedBase) return baseMatch;
  return originalText;
}

/**
 * A translation map rebuilt from data: only own entries whose key is a language tag and whose
 * text is non-empty, defined with Object.fromEntries (so no key can replace the prototype).
 * Undefined when nothing is left.
 */
export function copyTranslations(value: unknown): Translations | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => isLanguageTag(entry[0]) && typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Every translated text of a map, for search (empty when there is none). */
export function translatedTexts(translations: Translations | undefined): string[] {
  return translations === undefined ? [] : Object.values(translations);
}

/**
 * A named thing from data (a place, an actor) in the reader's language where the file translates
 * its name, else its name as written.
 * @example localName({ name: 'Druzhkivka', name_i18n: { uk: 'Дружківка' } }, 'uk') // 'Дружківка'
 */
export function localName(named: { name: string; name_i18n?: Translations | undefined }, locale: string): string {
  return pickLocalized(named.name, named.name_i18n, locale).text;
}
