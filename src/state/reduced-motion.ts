/**
 * The one place that reads the "reduce motion" system setting: playback does not animate and map
 * pans and zooms jump instead of gliding while it is on.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// jsdom and very old browsers have no matchMedia: treat them as "no preference".
const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : undefined);

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const getSnapshot = () => media()?.matches ?? false;

/** True while the reader's system asks for reduced motion; follows the setting live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}

/** The same setting read once, for imperative code (Leaflet pans and zooms) outside React renders. */
export function prefersReducedMotion(): boolean {
  return getSnapshot();
}
