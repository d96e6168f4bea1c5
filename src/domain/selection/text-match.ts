/**
 * Which events match a text query, as a 0/1 byte per event. The last answer is kept per index
 * so that typing one more letter only re-tests the events that matched before.
 */
import type { EventIndex } from '../core/event-index';

interface LastMatch {
  words: readonly string[];
  matches: Uint8Array;
}

const lastMatch = new WeakMap<EventIndex, LastMatch>();

/** The lower-cased words of a query. @example queryWords(' Abu  DHABI ') // ['abu', 'dhabi'] */
export function queryWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * matches[i] === 1 when event i contains every word (case-insensitive), or null for an empty query.
 * The returned array is shared: do not modify it.
 */
export function textMatches(index: EventIndex, words: readonly string[]): Uint8Array | null {
  if (words.length === 0) return null;
  const last = lastMatch.get(index);
  if (last && sameWords(last.words, words)) return last.matches;
  const texts = index.searchTexts();
  const matches = new Uint8Array(texts.length);
  // A query that only adds to the previous one can only match fewer events.
  const narrowing = last !== undefined && refines(last.words, words) ? last.matches : null;
  for (let i = 0; i < texts.length; i++) {
    if (narrowing && narrowing[i] === 0) continue;
    const text = texts[i] as string;
    let ok = 1;
    for (const word of words) {
      if (!text.includes(word)) {
        ok = 0;
        break;
      }
    }
    matches[i] = ok;
  }
  lastMatch.set(index, { words: [...words], matches });
  return matches;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** True when every event matching `next` must also match `previous`. */
function refines(previous: readonly string[], next: readonly string[]): boolean {
  return previous.length <= next.length && previous.every((word, i) => (next[i] as string).includes(word));
}
