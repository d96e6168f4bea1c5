import { describe, expect, it } from 'vitest';
import { fileNotInLinkNote, permalinkWithNote } from '../../../src/domain/share/file-not-in-link';

describe('the note for an opened file that a link cannot carry', () => {
  it('names the file and says the link opens the default data', () => {
    expect(fileNotInLinkNote('mine.csv')).toBe('This link opens the default data, not “mine.csv”: a file opened in this browser is not in the link.');
  });

  it('follows the permalink only when an opened file is shown', () => {
    expect(permalinkWithNote('https://x.org/?place=kyiv', undefined)).toBe('https://x.org/?place=kyiv');
    expect(permalinkWithNote('https://x.org/?place=kyiv', 'mine.csv')).toBe(`https://x.org/?place=kyiv (${fileNotInLinkNote('mine.csv')})`);
  });
});
