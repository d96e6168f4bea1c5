/**
 * Country names from data in the reader's language. Files name countries in English free text
 * ("Ukraine", "United Arab Emirates"); the browser's own region names (`Intl.DisplayNames`, no
 * network, no table of ours to keep up) give the code behind an English name and the name in
 * another language. A name it does not know stays as written.
 */

let codesByEnglishName: Map<string, string> | undefined;

/** Every two-letter region the runtime names, by its English name (lower-cased). Built once, on first use. */
function englishNameIndex(): Map<string, string> {
  if (codesByEnglishName) return codesByEnglishName;
  const index = new Map<string, string>();
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const A = 'A'.charCodeAt(0);
    for (let i = 0; i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        const name = english.of(code);
        if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), code);
      }
    }
  } catch {
    // A runtime without Intl.DisplayNames: every name stays as written.
  }
  codesByEnglishName = index;
  return index;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * `country` (an English name from the data) in `locale`, or undefined when it is not a country
 * name the runtime knows (the caller shows the original, marked with its language).
 * @example localCountryName('Ukraine', 'uk') // 'Україна'
 */
export function localCountryName(country: string, locale: string): string | undefined {
  const code = englishNameIndex().get(country.trim().toLowerCase());
  if (code === undefined) return undefined;
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names?.of(code) ?? undefined;
}
