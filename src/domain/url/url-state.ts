/**
 * The whole view as the address bar holds it: one codec per group of keys, read together and
 * written together, so that a change that spans groups (a story step sets the filters and the
 * step; a playback tick moves the playhead and the dates) is one history entry.
 */
import type { Locale } from '../core/i18n/locale';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import type { Filters } from '../selection/filters';
import type { ColumnMapping } from '../importers/column-mapping';
import type { UrlCodec } from './codec';
import { columnsCodec } from './columns-codec';
import { embedCodec } from './embed-codec';
import { filtersCodec } from './filters-codec';
import { langCodec } from './lang-codec';
import { playbackCodec, type PlaybackUrlState } from './playback-codec';
import { formatParams, readParams } from './search-params';
import { dataCodec, tilesCodec } from './source-codec';
import { storyCodec, type StoryPosition } from './story-codec';

export interface UrlState {
  filters: Filters;
  playback: PlaybackUrlState;
  story: StoryPosition | undefined;
  /** `?data=`: the address of a data file to show instead of the default one. */
  data: string | undefined;
  /** `?columns=`: the reader's column choices for a `data` file in no known layout. */
  columns: ColumnMapping | undefined;
  /** `?tiles=`: an online tile server's URL template. */
  tiles: string | undefined;
  /** `?embed=1`: the compact view for an <iframe>. */
  embed: boolean;
  /** `?lang=`: the interface language the link asks for (else the browser's). */
  lang: Locale | undefined;
}

type Codecs = { [K in keyof UrlState]: UrlCodec<UrlState[K]> };

const CODECS: Codecs = {
  filters: filtersCodec,
  playback: playbackCodec,
  story: storyCodec,
  data: dataCodec,
  columns: columnsCodec,
  tiles: tilesCodec,
  embed: embedCodec,
  lang: langCodec,
};

const GROUPS = Object.keys(CODECS) as (keyof UrlState)[];

/** Every key some codec owns; any other key in the address is kept as it is. */
export const OWNED_KEYS: readonly string[] = GROUPS.flatMap((group) => CODECS[group].keys);

export interface DecodedUrlState {
  state: UrlState;
  /** Reader-facing notes about values that were ignored, in key order. */
  notices: string[];
}

/**
 * Reads every group from a query string. Junk is ignored and reported (in `tr`'s language), never an error.
 * @example decodeUrlState('?from=2026-02-01&story=abu-dhabi').state.story // { storyId: 'abu-dhabi', step: 1 }
 */
export function decodeUrlState(search: string, tr: Translator = ENGLISH): DecodedUrlState {
  const params = readParams(search);
  const notices: string[] = [];
  const read = <K extends keyof UrlState>(group: K): UrlState[K] => {
    const decoded = CODECS[group].decode(params, tr);
    notices.push(...decoded.notices);
    return decoded.value;
  };
  const state: UrlState = {
    filters: read('filters'),
    playback: read('playback'),
    story: read('story'),
    data: read('data'),
    columns: read('columns'),
    tiles: read('tiles'),
    embed: read('embed'),
    lang: read('lang'),
  };
  return { state, notices };
}

/** A change to some groups: a group that is present replaces the old one whole, and a group set to undefined is cleared. */
export type UrlPatch = { [K in keyof UrlState]?: UrlState[K] | undefined };

/**
 * The query string after applying `patch` to `search`: each group in the patch rewrites its own
 * keys, every other key (other groups, keys no codec owns) stays. Returns "" or "?…".
 * @example applyUrlPatch('?q=x&story=s&step=2', { story: undefined }) // '?q=x'
 */
export function applyUrlPatch(search: string, patch: UrlPatch): string {
  const params = readParams(search);
  for (const group of GROUPS) {
    if (!(group in patch)) continue;
    const codec = CODECS[group] as UrlCodec<UrlState[typeof group]>;
    for (const key of codec.keys) params.delete(key);
    const value = patch[group];
    if (value !== undefined) codec.encode(value, params);
  }
  return formatParams(params);
}

/**
 * A full address with `patch` applied to its query (the hash dropped: the view lives in the query).
 * @example hrefWithPatch('https://x.org/app/?q=a', { embed: true }) // 'https://x.org/app/?q=a&embed=1'
 */
export function hrefWithPatch(href: string, patch: UrlPatch): string {
  const url = new URL(href);
  url.search = applyUrlPatch(url.search, patch);
  url.hash = '';
  return url.toString();
}
