/**
 * Facets over event attributes (ACLED's `sub_event_type` and `admin1`): each value gets a code
 * once, when the index is built, so filtering and counting read a typed column instead of the
 * attribute objects. Values are named in links by a slug ("Air/drone strike" → `air-drone-strike`,
 * "Донецька область" → `донецька-область`), so a link stays readable and its commas separate values.
 */
import type { EventRecord } from './model';

/** The attributes offered as filters, by the name of the facet that shows them. */
export const ATTRIBUTE_FACETS = { subTypes: 'sub_event_type', regions: 'admin1' } as const;
export type AttributeFacet = keyof typeof ATTRIBUTE_FACETS;
export const ATTRIBUTE_FACET_NAMES = Object.keys(ATTRIBUTE_FACETS) as AttributeFacet[];

/** One attribute as a column: a code per event, and each code's slug and label. */
export interface AttributeColumn {
  /** codes[i] is event i's value code, or -1 when the event has no such value. */
  codes: Int32Array;
  /** slugs[code]: the value as written in a link. */
  slugs: readonly string[];
  /** labels[code]: the value as the data writes it (the first spelling met for that slug). */
  labels: readonly string[];
  codeBySlug: ReadonlyMap<string, number>;
}

/** A slug is lowercase letters (any script) and digits in groups joined by single hyphens. */
export const ATTRIBUTE_SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * The slug of an attribute value: accents dropped, lower case, every run of other characters a
 * hyphen. Empty when the value has no letter or digit.
 * @example attributeSlug('Shelling/artillery/missile attack') // 'shelling-artillery-missile-attack'
 */
export function attributeSlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Builds one attribute's column while the event index makes its single pass over the events. */
export interface AttributeColumnBuilder {
  /** Records event i's value (if it has one). */
  add(i: number, attributes: Readonly<Record<string, string>> | undefined): void;
  finish(): AttributeColumn;
}

/** A builder for the column of attribute `name` over `count` events. */
export function attributeColumnBuilder(name: string, count: number): AttributeColumnBuilder {
  const codes = new Int32Array(count).fill(-1);
  const slugs: string[] = [];
  const labels: string[] = [];
  const codeBySlug = new Map<string, number>();
  // Most events repeat a few values: remember each spelling's code to skip the slug work.
  const codeByText = new Map<string, number>();
  return {
    add(i, attributes) {
      if (attributes === undefined || !Object.hasOwn(attributes, name)) return;
      const text = attributes[name];
      if (typeof text !== 'string') return;
      let code = codeByText.get(text);
      if (code === undefined) {
        const slug = attributeSlug(text);
        if (slug === '') return;
        code = codeBySlug.get(slug);
        if (code === undefined) {
          code = slugs.length;
          slugs.push(slug);
          labels.push(text.trim());
          codeBySlug.set(slug, code);
        }
        codeByText.set(text, code);
      }
      codes[i] = code;
    },
    finish: () => ({ codes, slugs, labels, codeBySlug }),
  };
}

/** The column for attribute `name` in one pass over the events. */
export function buildAttributeColumn(events: readonly EventRecord[], name: string): AttributeColumn {
  const builder = attributeColumnBuilder(name, events.length);
  events.forEach((event, i) => builder.add(i, event.attributes));
  return builder.finish();
}

/** The label of a value slug in a column (the slug itself when the data has no such value). */
export function attributeLabel(column: AttributeColumn, slug: string): string {
  const code = column.codeBySlug.get(slug);
  return code === undefined ? slug : (column.labels[code] ?? slug);
}
