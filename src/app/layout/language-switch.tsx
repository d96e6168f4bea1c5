import { useId } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../domain/core/i18n/locale';
import { setLocale, useLocale, useT } from '../../state/i18n';

/**
 * The interface language, as a native select: each language named in itself (with its own
 * `lang`, so a screen reader says "Українська" in Ukrainian). Choosing one writes `?lang=`,
 * keeping the filters and every other key of the address.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const { t } = useT();
  const id = useId();
  return (
    <div className={`language-switch${className ? ` ${className}` : ''}`}>
      {/* Named but not labelled on screen: the menu shows a language's own name, and the top bar keeps to one row. */}
      <label htmlFor={id} className="visually-hidden">
        {t('lang.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
