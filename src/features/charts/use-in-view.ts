import { useLayoutEffect, useState, type RefObject } from 'react';
import { useDrawEverything } from '../../state/picture-sources';

/**
 * Whether the element is on screen (inside the viewport and every scrolling panel around it).
 * A chart scrolled out of the charts panel needs no redraw: Recharts is the costliest view to
 * update, and most of its panels sit below the fold. True where IntersectionObserver is missing
 * (tests, old browsers), so nothing is ever left undrawn there, and while an image is exported.
 */
export function useInView(ref: RefObject<Element | null>): boolean {
  const observable = typeof IntersectionObserver === 'function';
  const [inView, setInView] = useState(!observable);
  const drawEverything = useDrawEverything();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !observable) return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setInView(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, observable]);
  return inView || drawEverything;
}
