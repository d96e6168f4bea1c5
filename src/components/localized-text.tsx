import type { LocalizedText as Picked, Translations } from '../domain/core/localized';
import { pickLocalized } from '../domain/core/localized';
import { useLocale } from '../state/i18n';

/** The text from data in the reader's language when the file has it, else the original. */
export function useLocalized(original: string, translations: Translations | undefined, originalLang?: string): Picked {
  const locale = useLocale();
  return pickLocalized(original, translations, locale, originalLang);
}

/**
 * Text from data in the reader's language when the file translates it, else the original. The
 * text carries its own `lang` when it is not in the interface's language, so a screen reader
 * pronounces an English title in a Ukrainian interface as English, and a reader sees (by the
 * `untranslated` class) that it was not translated.
 */
export function LocalizedText({ original, translations, originalLang }: { original: string; translations: Translations | undefined; originalLang?: string | undefined }) {
  const locale = useLocale();
  const picked = pickLocalized(original, translations, locale, originalLang);
  const foreign = picked.lang !== undefined && picked.lang.split('-')[0]?.toLowerCase() !== locale;
  if (!foreign) return <>{picked.text}</>;
  return (
    <span lang={picked.lang} className={picked.translated ? undefined : 'untranslated'}>
      {picked.text}
    </span>
  );
}
