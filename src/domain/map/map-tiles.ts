/**
 * An optional online tile layer. The map works offline on its own country shapes; a tile
 * server is used only when one is configured (build-time `VITE_TILE_URL` or `?tiles=` in the link).
 */

export interface TileConfig {
  /** Leaflet URL template with {z}, {x} and {y}. */
  url: string;
  /** Attribution, HTML-escaped (Leaflet writes attributions as HTML). */
  attribution: string;
}

/**
 * The tile layer to use, if any: `?tiles=` wins over the build-time URL. Only http(s)
 * templates with {z}, {x} and {y} are accepted; anything else is ignored.
 * @example tileConfig('?tiles=https://tiles.example.org/{z}/{x}/{y}.png', undefined)?.attribution // 'Map tiles: tiles.example.org'
 */
export function tileConfig(search: string, envUrl: string | undefined, envAttribution?: string): TileConfig | undefined {
  const fromLink = new URLSearchParams(search).get('tiles');
  for (const candidate of [fromLink, envUrl]) {
    if (!candidate) continue;
    const host = templateHost(candidate);
    if (host === undefined) continue;
    const text = candidate === envUrl && envAttribution ? envAttribution : `Map tiles: ${host}`;
    return { url: candidate, attribution: escapeHtml(text) };
  }
  return undefined;
}

function templateHost(template: string): string | undefined {
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return undefined;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/** Escapes text for the places where Leaflet only takes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
