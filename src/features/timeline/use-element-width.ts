import { useEffect, useState } from 'react';

/**
 * Width of an element, followed as it resizes. Returns a callback ref and the width;
 * `fallback` stands in until it is measured (and in test DOMs, where nothing has a size).
 */
export function useElementWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return [setElement, width > 0 ? width : fallback];
}
