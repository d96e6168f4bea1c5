/**
 * The playback's URL codec:
 * `play=YYYY-MM-DD` (the playhead), `window=1|7|30|cumulative`, `speed=0.5…16`.
 * Defaults are left out; junk is dropped with a notice, never an error.
 */
import { fromDayNumber, toDayNumber } from '../core/calendar-date';
import type { UrlCodec } from './codec';
import { formatParams, readParams } from './search-params';
import { ENGLISH, type Translator } from '../core/i18n/translator';
import {
  DEFAULT_SPEED,
  DEFAULT_WINDOW,
  PLAYBACK_SPEEDS,
  PLAYBACK_WINDOWS,
  type PlaybackSpeed,
  type PlaybackWindow,
} from '../playback/playback';

export const PLAYBACK_KEYS = ['play', 'window', 'speed'] as const;

export interface PlaybackUrlState {
  /** Day number of the playhead; undefined until the reader first plays or steps. */
  playhead: number | undefined;
  window: PlaybackWindow;
  speed: PlaybackSpeed;
}

export interface DecodedPlayback {
  state: PlaybackUrlState;
  notices: string[];
}

/**
 * Reads the playback keys from a query string.
 * @example decodePlayback('?play=2026-02-04&window=cumulative').state.window === 'cumulative'
 */
export function decodePlayback(search: string): DecodedPlayback {
  const { value, notices } = playbackCodec.decode(readParams(search));
  return { state: value, notices };
}

function decodePlaybackParams(params: URLSearchParams, tr: Translator = ENGLISH): { value: PlaybackUrlState; notices: string[] } {
  const { t } = tr;
  const notices: string[] = [];
  const state: PlaybackUrlState = { playhead: undefined, window: DEFAULT_WINDOW, speed: DEFAULT_SPEED };

  const play = params.get('play');
  if (play) {
    const day = toDayNumber(play);
    if (day === null) notices.push(t('url.badDate', { key: 'play', value: play }));
    else state.playhead = day;
  }
  const window = params.get('window');
  if (window) {
    const found = PLAYBACK_WINDOWS.find((w) => String(w) === window);
    if (found === undefined) notices.push(t('url.badWindow', { value: window }));
    else state.window = found;
  }
  const speed = params.get('speed');
  if (speed) {
    const found = PLAYBACK_SPEEDS.find((s) => String(s) === speed);
    if (found === undefined) notices.push(t('url.badSpeed', { value: speed, speeds: PLAYBACK_SPEEDS.join(', ') }));
    else state.speed = found;
  }
  return { value: state, notices };
}

/**
 * Writes the playback keys into a query string, keeping every other key. Returns "" or "?…".
 * @example encodePlayback({ playhead: 0, window: 7, speed: 1 }, '?q=x') === '?q=x&play=1970-01-01'
 */
export function encodePlayback(state: PlaybackUrlState, currentSearch = ''): string {
  const params = readParams(currentSearch);
  for (const key of PLAYBACK_KEYS) params.delete(key);
  playbackCodec.encode(state, params);
  return formatParams(params);
}

function encodePlaybackParams(state: PlaybackUrlState, params: URLSearchParams): void {
  if (state.playhead !== undefined) params.set('play', fromDayNumber(state.playhead));
  if (state.window !== DEFAULT_WINDOW) params.set('window', String(state.window));
  if (state.speed !== DEFAULT_SPEED) params.set('speed', String(state.speed));
}

/** The playback's group of keys. */
export const playbackCodec: UrlCodec<PlaybackUrlState> = { keys: PLAYBACK_KEYS, decode: decodePlaybackParams, encode: encodePlaybackParams };
