/**
 * The one way pure code gets words in the reader's language: a `Translator` made from the
 * catalogs. Built on FormatJS (`@formatjs/intl`: ICU messages, plural rules from `Intl`); it
 * has no React and no DOM, so domain functions take a translator as an argument and stay pure.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { en, type MessageId } from './messages-en';
import { ru } from './messages-ru';
import { uk } from './messages-uk';

export type { MessageId } from './messages-en';
export type MessageValues = Readonly<Record<string, string | number>>;

/** Every catalog, keyed by language. A missing key is a type error (see messages-uk.ts). */
export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { en, uk, ru };

export interface Translator {
  readonly locale: Locale;
  /** The message in the active language, its ICU arguments (`{count, plural, …}`) filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** A number with the active language's digits and grouping ("1,234", "1 234"). */
  number(value: number): string;
  /** A list joined the language's way ("strikes, talks and treaties"). */
  list(items: readonly string[]): string;
}

const cache = createIntlCache();

/** A translator for `locale`; messages are parsed once, on first use. */
export function createTranslator(locale: Locale): Translator {
  const intl: IntlShape = createIntl(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: CATALOGS[locale],
      // A message that fails to format shows its English text; never a console flood in the page.
      onError: () => undefined,
    },
    cache,
  );
  // Each message compiled once and kept; a message with no argument is its own text. Views ask for
  // words on every render (a marker's name, a count for each of thousands of places), and
  // `formatMessage`/`formatNumber` look their formatter up by serialising their arguments each time.
  const compiled = new Map<MessageId, IntlMessageFormat | string>();
  const numberFormat = new Intl.NumberFormat(locale);
  const messageOf = (id: MessageId): IntlMessageFormat | string => {
    let entry = compiled.get(id);
    if (entry === undefined) {
      const message = CATALOGS[locale][id];
      try {
        entry = /[{}']/.test(message) ? new IntlMessageFormat(message, locale) : message;
      } catch {
        entry = en[id];
      }
      compiled.set(id, entry);
    }
    return entry;
  };
  const fill = (entry: IntlMessageFormat, id: MessageId, values: MessageValues | undefined): string => {
    try {
      const text = entry.format(values);
      return typeof text === 'string' ? text : String(text);
    } catch {
      // A message that cannot be filled (a missing argument) shows its English text, never an error.
      return intl.formatMessage({ id, defaultMessage: en[id] }, values);
    }
  };
  // Filled messages kept by id and arguments: a filter change asks again for the same few hundred
  // texts (every place's "{count} events", every row's label), and ICU formatting with plural
  // rules costs microseconds each (3–4 ms a change at 20,000 events in the profile).
  const filled = new Map<string, string>();
  return {
    locale,
    t: (id, values) => {
      const entry = messageOf(id);
      if (typeof entry === 'string') return entry;
      const key = filledKey(id, values);
      let text = filled.get(key);
      if (text === undefined) {
        text = fill(entry, id, values);
        // Bounded: counts and names come and go with the filters; starting over is cheap.
        if (filled.size >= FILLED_LIMIT) filled.clear();
        filled.set(key, text);
      }
      return text;
    },
    number: (value) => numberFormat.format(value),
    list: (items) => intl.formatList(items, { type: 'unit', style: 'long' }),
  };
}

/** How many filled messages a translator keeps before starting over. */
const FILLED_LIMIT = 5_000;

/** A cache key for a message and its arguments (names sorted: `{a, b}` and `{b, a}` fill alike). */
function filledKey(id: string, values: MessageValues | undefined): string {
  if (!values) return id;
  let key = id;
  for (const name of Object.keys(values).sort()) key += `\u0000${name}\u0000${typeof values[name]}\u0000${String(values[name])}`;
  return key;
}

const translators = new Map<Locale, Translator>();

/** The shared translator of a language (made once). */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

/** English: the default for pure functions called without a translator (scripts, exports). */
export const ENGLISH: Translator = translatorFor('en');
