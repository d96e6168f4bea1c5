import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs` (the first value at once). Recharts updates
 * its own store synchronously, so redrawing three panels on every playback step or wheel tick
 * would hold up the other views; the panels follow the dates and the zoom when they settle.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
