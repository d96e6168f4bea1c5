import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

interface ElementSize {
  width: number;
  /** 0 until measured. */
  height: number;
}

/**
 * Size of an element, followed as it resizes. Returns a callback ref and the size; the width
 * `fallback` stands in until it is measured (and in test DOMs, where nothing has a size).
 */
export function useElementSize(fallback: number): [(element: HTMLElement | null) => void, ElementSize] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });

  useEffect(() => {
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      const next = { width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0) };
      // Drawn in this frame: ResizeObserver reports after layout and before paint, and an update
      // left to React's scheduler drew the new size a frame later, a second frame of changes
      // after any change around the element (a legend line that goes on Reset, say).
      flushSync(() => setSize((current) => (current.width === next.width && current.height === next.height ? current : next)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return [setElement, { width: size.width > 0 ? size.width : fallback, height: size.height }];
}

/** Width of an element, followed as it resizes (see useElementSize). */
export function useElementWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [ref, size] = useElementSize(fallback);
  return [ref, size.width];
}
