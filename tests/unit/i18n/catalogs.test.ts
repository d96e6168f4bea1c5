import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/domain/core/i18n/locale';
import { CATALOGS } from '../../../src/domain/core/i18n/translator';

interface Shape {
  /** Every ICU argument with its kind, e.g. "count:plural", "name:argument". */
  args: Set<string>;
  /** The plural branches of each plural argument, e.g. count → [one, other]. */
  plurals: Map<string, string[]>;
}

function shapeOf(message: string): Shape {
  const shape: Shape = { args: new Set(), plurals: new Map() };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          shape.args.add(`${element.value}:argument`);
          break;
        case TYPE.number:
          shape.args.add(`${element.value}:number`);
          break;
        case TYPE.plural:
          shape.args.add(`${element.value}:plural`);
          shape.plurals.set(element.value, [...(shape.plurals.get(element.value) ?? []), ...Object.keys(element.options)]);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select:
          shape.args.add(`${element.value}:select`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return shape;
}

const english = CATALOGS.en;
const ids = Object.keys(english).sort();

describe('the message catalogs', () => {
  it.each(LOCALES)('%s has exactly the English keys, each non-empty', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(ids);
    for (const id of ids) expect(catalog[id as keyof typeof catalog].trim(), id).not.toBe('');
  });

  it.each(LOCALES)('every %s message parses and takes the same arguments as the English one', (locale) => {
    for (const id of ids) {
      const key = id as keyof typeof english;
      expect([...shapeOf(CATALOGS[locale][key]).args].sort(), `${locale} ${id}`).toEqual([...shapeOf(english[key]).args].sort());
    }
  });

  it.each(['uk', 'ru'] as const)('every %s plural has the one, few, many and other forms', (locale) => {
    let plurals = 0;
    for (const id of ids) {
      for (const [arg, forms] of shapeOf(CATALOGS[locale][id as keyof typeof english]).plurals) {
        plurals++;
        // Exact matches (`=0 {…}`) may come on top of the language's four categories.
        expect([...new Set(forms)].filter((form) => !form.startsWith('=')).sort(), `${locale} ${id} {${arg}}`).toEqual(['few', 'many', 'one', 'other']);
      }
    }
    expect(plurals).toBeGreaterThan(10);
  });

  it('English plurals have one and other', () => {
    for (const id of ids) {
      for (const [, forms] of shapeOf(english[id as keyof typeof english]).plurals) expect(forms.filter((form) => !form.startsWith('='))).toEqual(['one', 'other']);
    }
  });

  it('the Ukrainian and Russian catalogs are translated, not copied from English', () => {
    // Brand-neutral keys such as "Id" may match; most must not.
    for (const locale of ['uk', 'ru'] as const) {
      const same = ids.filter((id) => CATALOGS[locale][id as keyof typeof english] === english[id as keyof typeof english]);
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(ids.length / 20);
    }
  });
});
