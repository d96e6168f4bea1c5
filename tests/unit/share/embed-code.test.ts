import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedCode } from '../../../src/features/share/embed-code';

describe('embedCode', () => {
  it('embeds this exact view: its filters plus embed=1, escaped for an attribute', () => {
    const code = embedCode('https://example.org/app/?categories=strike&from=2026-02-01#view-map', 'Talks & Strikes: "quoted"');
    expect(code).toBe(
      '<iframe src="https://example.org/app/?categories=strike&amp;from=2026-02-01&amp;embed=1" ' +
        'title="Talks &amp; Strikes: &quot;quoted&quot;" width="100%" height="' +
        EMBED_HEIGHT +
        '" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('does not add embed twice to a view that is already embedded', () => {
    expect(embedCode('https://example.org/?embed=1', 'T').match(/embed=1/g)).toHaveLength(1);
  });
});
