/**
 * The URL layer's React side: the one place that reads `window.location` and writes the
 * browser history. The address is the source of truth for the view; this module keeps its
 * decoded state, tells subscribers when it changes (a write here, Back/Forward), and applies
 * every change as one patch across groups, so one user action is one history entry.
 *
 * `pushState` for discrete choices (Back undoes them), `replaceState` for typing and dragging.
 */
import { useSyncExternalStore } from 'react';
import { chooseLocale } from '../domain/core/i18n/locale';
import { translatorFor } from '../domain/core/i18n/translator';
import { langCodec } from '../domain/url/lang-codec';
import { readParams } from '../domain/url/search-params';
import { applyUrlPatch, decodeUrlState as decodeSearch, type DecodedUrlState, type UrlPatch } from '../domain/url/url-state';

export type HistoryMode = 'push' | 'replace';

/** The reader's browser languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  // Read once and again only when the browser says they changed: every render that shows words
  // asks, and navigator.languages builds a new array on each read.
  if (languagesSeen === undefined) {
    languagesSeen = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
    if (typeof window !== 'undefined') window.addEventListener('languagechange', () => (languagesSeen = undefined), { once: true });
  }
  return languagesSeen;
}
let languagesSeen: readonly string[] | undefined;

/** Decodes an address with its notices written in the language it asks for (else the browser's). */
function decodeUrlState(text: string): DecodedUrlState {
  const locale = chooseLocale(langCodec.decode(readParams(text)).value, browserLanguages());
  return decodeSearch(text, translatorFor(locale));
}

let search = window.location.search;
let decoded: DecodedUrlState = decodeUrlState(search);
const listeners = new Set<() => void>();

/**
 * True while the address has been compared within the running task: reading `location.search`
 * costs a string copy each time, and one render asks hundreds of times (every useT and
 * useUrlValue reader). Cleared in a microtask, so the next task compares again.
 */
let comparedThisTask = false;

/** Re-reads the address if something else changed it; true when it did. */
function catchUp(force = false): boolean {
  if (comparedThisTask && !force) return false;
  comparedThisTask = true;
  queueMicrotask(() => {
    comparedThisTask = false;
  });
  if (window.location.search === search) return false;
  search = window.location.search;
  decoded = decodeUrlState(search);
  return true;
}

/** Back/Forward (or a test's own navigation) changed the address: tell every subscriber. */
function refresh(): void {
  if (catchUp(true)) for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', refresh);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', refresh);
  };
}

const getDecoded = () => {
  // A page can change the address without telling us (tests, other code); catch up on read.
  catchUp();
  return decoded;
};

/** The view as the address holds it now, decoded, live. */
export function useUrlState(): DecodedUrlState {
  return useSyncExternalStore(subscribe, getDecoded, getDecoded);
}

/**
 * One value read from the address, live: the component re-renders only when that value changes
 * (compared with `Object.is`, so return a string or number), not on every write to the address.
 */
export function useUrlValue<T extends string | number | boolean | undefined>(select: (decoded: DecodedUrlState) => T): T {
  const read = () => select(getDecoded());
  return useSyncExternalStore(subscribe, read, read);
}

/** The view as the address holds it right now: what actions build on, so two quick clicks both count. */
export function readUrlState(): DecodedUrlState {
  return getDecoded();
}

/**
 * The one URL writer: applies `patch` (each group in it rewrites its own keys; other keys stay)
 * as one history entry, keeping the path and hash, and tells every subscriber. No-op when the
 * address would not change.
 */
export function writeUrl(patch: UrlPatch, mode: HistoryMode): void {
  catchUp(true); // catch up with the address first, in case something else changed it
  const next = applyUrlPatch(search, patch);
  if (next === search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  search = window.location.search;
  decoded = decodeUrlState(search);
  for (const listener of listeners) listener();
}

/** The page's own address (the permalink of the view shown now). */
export function pageUrl(): string {
  return window.location.href;
}

/** An address as written in a link or data key, made absolute against the page. */
export function resolveAgainstPage(address: string): URL {
  return new URL(address, window.location.href);
}
