import { hrefWithPatch } from '../../domain/url/url-state';
/** Height that fits the embed's title, status, map and timeline without a scroll bar. */
export const EMBED_HEIGHT = 600;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` snippet for an article: this view's address plus `embed=1`, a title for screen
 * readers, full width and a fixed height.
 * @example embedCode('https://x.org/?categories=strike', 'Talks & Strikes')
 * // '<iframe src="https://x.org/?categories=strike&amp;embed=1" title="Talks &amp; Strikes" …></iframe>'
 */
export function embedCode(viewUrl: string, title: string): string {
  const src = hrefWithPatch(viewUrl, { embed: true });
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
