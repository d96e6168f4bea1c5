import { describe, expect, it } from 'vitest';
import { figureLabel, figureOrder } from '../../../src/domain/core/figure-labels';

describe('figure labels', () => {
  it('names known figures and turns other keys into words', () => {
    expect(figureLabel('killed')).toBe('Killed');
    expect(figureLabel('buildingsWithoutHeat')).toBe('Buildings without heat');
  });

  it('names figures called after Object.prototype members, instead of rendering nothing', () => {
    expect(figureLabel('toString')).toBe('To string');
    expect(figureLabel('valueOf')).toBe('Value of');
    expect(figureLabel('constructor')).toBe('Constructor');
  });

  it('lists casualties first, then launches, then the rest alphabetically', () => {
    expect(figureOrder(['toString', 'missiles', 'injured', 'killed', 'bridges'])).toEqual(['killed', 'injured', 'missiles', 'bridges', 'toString']);
  });
});
