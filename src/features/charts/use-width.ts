import { useLayoutEffect, useRef, useState } from 'react';
import { observeSize } from '../../components/observe-size';

/**
 * The width of an element, measured by a ResizeObserver (never by reading layout on an
 * interaction), so the panels can size their bars without forcing a layout while the reader pans.
 */
export function useWidth<T extends HTMLElement>(initial: number): [React.RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    return observeSize(element, (box) => {
      if (box.width > 0) setWidth(Math.round(box.width));
    });
  }, []);
  return [ref, width];
}
