/**
 * A fast path for the common case of a well-formed event. Running the zod schema on 150,000
 * events takes over a second; this check accepts only events that the schema would accept
 * unchanged (already trimmed, no unusual keys) and sends everything else to the schema, which
 * stays the one judge of what is wrong and why.
 */
import { DATE_PRECISIONS, isCalendarDate } from './calendar-date';
import { isHttpUrl, KEBAB_ID, type EventInput } from './dataset-schema';
import { isLanguageTag } from './localized';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTrimmed = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v === v.trim();
const optString = (v: unknown) => v === undefined || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const PRECISIONS: readonly string[] = DATE_PRECISIONS;

// Unknown keys send an item to the schema, which drops them: passed through, a key nested
// 100,000 deep overflowed the stack when the events were posted from the worker, and reached exports.
const EVENT_KEYS: ReadonlySet<string> = new Set([
  'id', 'date', 'endDate', 'datePrecision', 'category', 'title', 'summary', 'actors', 'place',
  'geoNote', 'figures', 'otherFigures', 'attributes', 'sources', 'confidence', 'title_i18n', 'summary_i18n', 'lang',
]);
const ACTOR_REF_KEYS: ReadonlySet<string> = new Set(['id', 'role']);
const SOURCE_KEYS: ReadonlySet<string> = new Set(['title', 'publisher', 'url']);
const RANGE_KEYS: ReadonlySet<string> = new Set(['min', 'max', 'note']);
const VALUE_KEYS: ReadonlySet<string> = new Set(['value', 'note']);

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}

/** A record keyed by data, with no key that JavaScript treats specially when it is assigned. */
function isSafeRecord(v: unknown): v is Obj {
  return isObj(v) && !Object.hasOwn(v, '__proto__');
}

/** An absent translation map, or one whose every own key is a language tag and every text non-empty. */
function isOptionalTranslations(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isSafeRecord(v)) return false;
  for (const key of Object.keys(v)) {
    const text = v[key];
    if (!isLanguageTag(key) || typeof text !== 'string' || text.trim() === '') return false;
  }
  return true;
}

function isFigure(v: unknown): boolean {
  if (isCount(v)) return true;
  if (!isObj(v) || !optString(v.note)) return false;
  if (onlyKeys(v, RANGE_KEYS)) return isCount(v.min) && isCount(v.max) && v.min <= v.max;
  if (onlyKeys(v, VALUE_KEYS)) return isCount(v.value);
  return false;
}

function isSource(v: unknown): boolean {
  return isObj(v) && onlyKeys(v, SOURCE_KEYS) && isTrimmed(v.title) && optString(v.publisher) && (v.url === undefined || (typeof v.url === 'string' && isHttpUrl(v.url)));
}

/**
 * True only when `item` is an event the schema accepts exactly as it is. False means "ask the
 * schema", not "invalid".
 */
export function isPlainValidEvent(item: unknown): item is EventInput {
  if (!isObj(item) || !onlyKeys(item, EVENT_KEYS)) return false;
  const { id, date, endDate, datePrecision, category, title, summary, actors, place, geoNote, figures, otherFigures, attributes, sources, confidence } = item;
  if (!isTrimmed(id) || typeof date !== 'string' || !isCalendarDate(date)) return false;
  if (endDate !== undefined && (typeof endDate !== 'string' || !isCalendarDate(endDate) || endDate < date)) return false;
  if (typeof datePrecision !== 'string' || !PRECISIONS.includes(datePrecision)) return false;
  if (typeof category !== 'string' || !KEBAB_ID.test(category)) return false;
  if (!isTrimmed(title) || typeof summary !== 'string' || typeof confidence !== 'string') return false;
  if (!(place === null || typeof place === 'string') || !optString(geoNote) || !optString(otherFigures)) return false;
  if (!Array.isArray(actors) || !actors.every((a) => isObj(a) && onlyKeys(a, ACTOR_REF_KEYS) && typeof a.id === 'string' && KEBAB_ID.test(a.id) && isTrimmed(a.role))) {
    return false;
  }
  if (!isSafeRecord(figures) || !Object.values(figures).every(isFigure)) return false;
  if (attributes !== undefined && !(isSafeRecord(attributes) && Object.entries(attributes).every(([k, v]) => k !== '' && typeof v === 'string'))) {
    return false;
  }
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every(isSource)) return false;
  if (!isOptionalTranslations(item.title_i18n) || !isOptionalTranslations(item.summary_i18n)) return false;
  if (item.lang !== undefined && !(typeof item.lang === 'string' && isLanguageTag(item.lang))) return false;
  return sources.some((s: Obj) => s.url !== undefined);
}
