/**
 * Embed mode's URL codec: `embed=1` asks for the compact view made for an <iframe> in an
 * article ("true" is read too; anything else is the full view).
 */
import type { UrlCodec } from './codec';

export const EMBED_KEY = 'embed';

export const embedCodec: UrlCodec<boolean> = {
  keys: [EMBED_KEY],
  decode(params) {
    const value = params.get(EMBED_KEY);
    return { value: value === '1' || value === 'true', notices: [] };
  },
  encode(on, params) {
    if (on) params.set(EMBED_KEY, '1');
  },
};
