import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/domain/core/text-wrap';

describe('wrapWords', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapWords('Talk days (26 d)', 20)).toEqual(['Talk days (26 d)']);
  });

  it('breaks between words so that no line is longer than the limit', () => {
    const lines = wrapWords('±7 days around talks (78 d)', 12);
    expect(lines).toEqual(['±7 days', 'around talks', '(78 d)']);
    expect(lines.every((line) => line.length <= 12)).toBe(true);
  });

  it('gives a word longer than a line a line of its own instead of cutting it', () => {
    expect(wrapWords('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('returns one empty line for an empty label and treats a zero limit as one character', () => {
    expect(wrapWords('', 10)).toEqual(['']);
    expect(wrapWords('a b', 0)).toEqual(['a', 'b']);
  });
});
