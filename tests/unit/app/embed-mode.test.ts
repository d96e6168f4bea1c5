import { describe, expect, it } from 'vitest';
import { fullViewHref, isEmbedMode } from '../../../src/app/embed-mode';

describe('embed mode', () => {
  it('is on for embed=1 or embed=true only', () => {
    expect(isEmbedMode('?embed=1&categories=strike')).toBe(true);
    expect(isEmbedMode('?embed=true')).toBe(true);
    expect(isEmbedMode('?embed=0')).toBe(false);
    expect(isEmbedMode('?embed=')).toBe(false);
    expect(isEmbedMode('')).toBe(false);
  });

  it('links to the full view with the same filters', () => {
    expect(fullViewHref('https://example.org/?categories=strike&embed=1&from=2026-02-01')).toBe('https://example.org/?categories=strike&from=2026-02-01');
  });
});
