import { describe, expect, it } from 'vitest';
import { categoryPlural, categoryStyle, countCategory, symbolPath } from '../../../src/domain/core/categories';

describe('the category vocabulary', () => {
  it('names the contract categories the same way in every view', () => {
    expect(categoryPlural('humanitarian')).toBe('humanitarian events');
    expect(categoryPlural('talks')).toBe('talks');
    expect(countCategory('talks', 17)).toBe('17 talks events');
    expect(countCategory('treaty', 3)).toBe('3 treaties');
    expect(countCategory('strike', 1)).toBe('1 strike');
    expect(countCategory('strike', 12_500)).toBe('12,500 strikes');
  });

  it('names categories that imported files bring from their id, with a neutral symbol', () => {
    expect(categoryPlural('ceasefire-violation')).toBe('ceasefire violation events');
    expect(countCategory('air-drill', 2)).toBe('2 air drill events');
    expect(categoryStyle('air-drill')).toMatchObject({ label: 'Air drill', shape: 'hexagon', colorVar: '--cat-other' });
  });

  it('treats names of Object.prototype members as ordinary categories', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      const style = categoryStyle(name);
      expect(style.shape).toBe('hexagon');
      expect(typeof style.label).toBe('string');
      expect(countCategory(name, 2)).toBe(`2 ${name.replace(/-/g, ' ')} events`);
    }
  });
});

describe('ACLED kinds besides strikes', () => {
  const kinds = ['battle', 'protest', 'riot', 'violence-against-civilians', 'strategic-development'];

  it('each has a name, a colour and a shape of its own, none of them the strike’s', () => {
    const styles = kinds.map(categoryStyle);
    expect(styles.map((style) => style.label)).toEqual(['Battle', 'Protest', 'Riot', 'Violence against civilians', 'Strategic development']);
    const shapes = new Set([...styles.map((style) => style.shape), categoryStyle('strike').shape]);
    expect(shapes.size).toBe(kinds.length + 1);
    const colours = new Set([...styles.map((style) => style.colorVar), categoryStyle('strike').colorVar, categoryStyle('x').colorVar]);
    expect(colours.size).toBe(kinds.length + 2);
    expect(countCategory('battle', 2)).toBe('2 battles');
  });

  it('draws every symbol as a closed path with finite coordinates', () => {
    for (const category of ['talks', 'strike', 'humanitarian', 'statement', 'treaty', 'other', ...kinds]) {
      const path = symbolPath(categoryStyle(category).shape, 6);
      expect(path).toMatch(/Z$/);
      expect(path).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});
