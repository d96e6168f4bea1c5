import { useEffect, useState } from 'react';
import { observeSize } from '../../components/observe-size';

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
    if (element === null) return;
    // Drawn in the frame the size changes in (see observeSize).
    return observeSize(element, (box) => {
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      setSize((current) => (current.width === next.width && current.height === next.height ? current : next));
    });
  }, [element]);

  return [setElement, { width: size.width > 0 ? size.width : fallback, height: size.height }];
}

/** Width of an element, followed as it resizes (see useElementSize). */
export function useElementWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [ref, size] = useElementSize(fallback);
  return [ref, size.width];
}
