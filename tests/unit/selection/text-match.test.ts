import { describe, expect, it } from 'vitest';
import { queryWords, textMatches } from '../../../src/domain/selection/text-match';
import { miniIndex } from '../../helpers/render-dashboard';

const idsOf = (index: ReturnType<typeof miniIndex>, matches: Uint8Array | null) =>
  matches === null ? null : index.events.filter((_, i) => matches[i] === 1).map((e) => e.id);

describe('textMatches', () => {
  it('is null for an empty query', () => {
    expect(textMatches(miniIndex(), queryWords('   '))).toBeNull();
  });

  it('gives the same answer typed letter by letter as typed at once', () => {
    const typed = miniIndex();
    let last: Uint8Array | null = null;
    for (const prefix of ['a', 'ab', 'abu', 'abu ', 'abu d', 'abu dh']) last = textMatches(typed, queryWords(prefix));
    const fresh = miniIndex();
    expect(idsOf(typed, last)).toEqual(idsOf(fresh, textMatches(fresh, queryWords('abu dh'))));
    expect(idsOf(typed, last)).toHaveLength(3);
  });

  it('widens again when letters are deleted', () => {
    const index = miniIndex();
    expect(idsOf(index, textMatches(index, queryWords('druzhkivka')))).toEqual(['strike-2026-02-04-druzhkivka-market']);
    expect(idsOf(index, textMatches(index, queryWords('dr')))?.length).toBeGreaterThan(1);
  });

  it('does not treat a changed word as a narrowing', () => {
    const index = miniIndex();
    textMatches(index, queryWords('kyiv'));
    expect(idsOf(index, textMatches(index, queryWords('abu')))).toHaveLength(3);
  });
});
