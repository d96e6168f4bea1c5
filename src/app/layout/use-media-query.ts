import { useSyncExternalStore } from 'react';

/** True while the CSS media query matches (false where matchMedia is missing, as in old jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout's breakpoint; keep in step with layout.css. */
export const PHONE_QUERY = '(max-width: 699.98px)';

/** The one-screen desktop layout's breakpoint (resizable panels); keep in step with layout.css. */
export const DESKTOP_QUERY = '(min-width: 1024px)';
