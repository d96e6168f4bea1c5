/**
 * Embed mode (`?embed=1`): a compact view for an <iframe> in an article.
 * URL: embed key — read here only; the URL layer will own it at merge.
 */
export function isEmbedMode(search: string = window.location.search): boolean {
  // URL: embed key
  const value = new URLSearchParams(search).get('embed');
  return value === '1' || value === 'true';
}

/** The same view without embed mode: the address "Open the full view" goes to (filters kept). */
export function fullViewHref(href: string = window.location.href): string {
  const url = new URL(href);
  // URL: embed key
  url.searchParams.delete('embed');
  return url.toString();
}
