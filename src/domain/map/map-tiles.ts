/**
 * An optional online tile layer. The map works offline on its own country shapes; a tile
 * server is used only when one is configured (build-time `VITE_TILE_URL` or `?tiles=` in the link).
 */
import { ENGLISH, type Translator } from '../core/i18n/translator';

export interface TileConfig {
  /** Leaflet URL template with {z}, {x} and {y}. */
  url: string;
  /** Attribution, HTML-escaped (Leaflet writes attributions as HTML). */
  attribution: string;
}

/**
 * The tile layer to use, if any: `?tiles=` wins over the build-time URL. Only http(s)
 * templates with {z}, {x} and {y} are accepted; anything else is ignored. Without a build-time
 * attribution, the layer credits its host in `tr`'s language.
 * @example tileConfig('https://tiles.example.org/{z}/{x}/{y}.png', undefined)?.attribution // 'Map tiles: tiles.example.org'
 */
export function tileConfig(fromLink: string | undefined, envUrl: string | undefined, envAttribution?: string, tr: Translator = ENGLISH): TileConfig | undefined {
  for (const candidate of [fromLink, envUrl]) {
    if (!candidate) continue;
    const host = tileHost(candidate);
    if (host === undefined) continue;
    const text = candidate === envUrl && envAttribution ? envAttribution : tr.t('map.tileAttribution', { host });
    return { url: candidate, attribution: escapeHtml(text) };
  }
  return undefined;
}

/** The placeholders Leaflet fills by itself; any other (`{apikey}`, `{accessToken}`) makes it throw for every tile. */
const LEAFLET_PLACEHOLDERS = new Set(['z', 'x', 'y', 's', 'r', '-y']);

/** Why a tile template cannot be used: no tile coordinates, placeholders Leaflet cannot fill, or not http(s). */
export type TileTemplateFault = { kind: 'coordinates' } | { kind: 'placeholders'; names: readonly string[] } | { kind: 'not-http' };

/**
 * What is wrong with a tile template, or undefined when it can be used.
 * @example tileTemplateFault('https://t.example/{z}/{x}/{y}.png?key={apikey}') // { kind: 'placeholders', names: ['apikey'] }
 */
export function tileTemplateFault(template: string): TileTemplateFault | undefined {
  if (!hasTileCoordinates(template)) return { kind: 'coordinates' };
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '').filter((name) => !LEAFLET_PLACEHOLDERS.has(name));
  if (unknown.length > 0) return { kind: 'placeholders', names: unknown };
  if (httpHost(template) === undefined) return { kind: 'not-http' };
  return undefined;
}

/**
 * Why a tile template cannot be used, in words for the reader (in `tr`'s language), or undefined when it can.
 * @example tileTemplateProblem('https://t.example/{z}/{x}/{y}.png?key={apikey}') // 'it needs {apikey}, …'
 */
export function tileTemplateProblem(template: string, tr: Translator = ENGLISH): string | undefined {
  const fault = tileTemplateFault(template);
  switch (fault?.kind) {
    case undefined:
      return undefined;
    case 'coordinates':
      // The placeholders are passed as values so that the catalogs need no ICU quoting for braces.
      return tr.t('map.tileProblem.coordinates', { z: '{z}', x: '{x}', y: '{y}' });
    case 'placeholders':
      return tr.t('map.tileProblem.placeholders', { names: fault.names.map((name) => `{${name}}`).join(', ') });
    case 'not-http':
      return tr.t('map.tileProblem.notHttp');
  }
}

/** {z}, {x} and {y} (or Leaflet's flipped {-y}) are all there. */
function hasTileCoordinates(template: string): boolean {
  return template.includes('{z}') && template.includes('{x}') && (template.includes('{y}') || template.includes('{-y}'));
}

/** The host a usable tile template loads from, or undefined when the template cannot be used. */
export function tileHost(template: string): string | undefined {
  return tileTemplateFault(template) === undefined ? httpHost(template) : undefined;
}

/** The host of a template read as an address (placeholders filled), when it is http(s). */
function httpHost(template: string): string | undefined {
  try {
    const url = new URL(template.replace(/\{-?[a-z]\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/** Escapes text for the places where Leaflet only takes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
