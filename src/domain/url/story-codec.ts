/**
 * The story's URL codec: `story=<id>&step=<n>`, n counted from 1 as a reader would. A missing
 * or bad step means step 1; the story id is checked against the loaded stories elsewhere.
 */
import type { UrlCodec } from './codec';
import { formatParams, readParams } from './search-params';

export const STORY_KEYS = ['story', 'step'] as const;

export interface StoryPosition {
  storyId: string;
  /** 1-based step number as written in the URL. */
  step: number;
}

/** The story's group of keys; `undefined` when no story is open. */
export const storyCodec: UrlCodec<StoryPosition | undefined> = {
  keys: STORY_KEYS,
  decode(params) {
    const storyId = params.get('story');
    if (!storyId) return { value: undefined, notices: [] };
    const stepText = params.get('step') ?? '';
    const step = /^\d{1,4}$/.test(stepText) ? Number(stepText) : 1;
    return { value: { storyId, step: Math.max(1, step) }, notices: [] };
  },
  encode(position, params) {
    if (!position) return;
    params.set('story', position.storyId);
    params.set('step', String(position.step));
  },
};

/**
 * Reads `story` and `step`.
 * @example decodeStoryUrl('?story=abu-dhabi&step=3') // { storyId: 'abu-dhabi', step: 3 }
 */
export function decodeStoryUrl(search: string): StoryPosition | undefined {
  return storyCodec.decode(readParams(search)).value;
}

/** Writes (or, with undefined, removes) the story keys, keeping every other key. Returns "" or "?…". */
export function encodeStoryUrl(position: StoryPosition | undefined, currentSearch = ''): string {
  const params = readParams(currentSearch);
  for (const key of STORY_KEYS) params.delete(key);
  storyCodec.encode(position, params);
  return formatParams(params);
}
