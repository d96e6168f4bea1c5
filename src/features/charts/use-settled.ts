import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs` (the first value at once). Recharts updates
 * its own store synchronously, so redrawing three panels on every playback step or wheel tick
 * would hold up the other views; the panels follow the zoom when it settles.
 * When `jumpKey` changes (a filter moved the whole window), the new value is taken in the same
 * render: a discrete change is answered at once, with the views that changed with it.
 */
export function useSettled<T>(value: T, delayMs: number, jumpKey: string): T {
  const [settled, setSettled] = useState({ value, jumpKey });
  let current = settled;
  if (settled.jumpKey !== jumpKey) {
    // Set during render (React's pattern for state derived from props): no second pass, no timer.
    current = { value, jumpKey };
    setSettled(current);
  }
  useEffect(() => {
    if (Object.is(value, current.value)) return;
    const timer = setTimeout(() => setSettled({ value, jumpKey }), delayMs);
    return () => clearTimeout(timer);
  }, [value, current.value, delayMs, jumpKey]);
  return current.value;
}
