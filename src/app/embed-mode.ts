/**
 * Embed mode (`?embed=1`, see domain/url/embed-codec.ts): a compact view for an <iframe> in an
 * article. Read from the URL layer like every other key.
 */
import { decodeUrlState, hrefWithPatch } from '../domain/url/url-state';
import { pageUrl, readUrlState } from '../state/url';

/** True when the address asks for the compact embed view. */
export function isEmbedMode(search?: string): boolean {
  return search === undefined ? readUrlState().state.embed : decodeUrlState(search).state.embed;
}

/** The same view without embed mode: the address "Open the full view" goes to (filters kept). */
export function fullViewHref(href: string = pageUrl()): string {
  return hrefWithPatch(href, { embed: false });
}
