/**
 * The days the timeline shows right now (its zoom and pan), shared so that other views that
 * draw on the same time axis (the charts' small multiples) line up with it. Kept out of the URL
 * and out of React context: a wheel zoom re-renders only the views that read it.
 *
 * The timeline owns it (writes it); other views only read it. `undefined` until the timeline
 * has drawn, so readers fall back to their own full extent.
 */
import { useSyncExternalStore } from 'react';
import { sameWindow, type TimeWindow } from '../domain/timeline/timeline-scale';

let visible: TimeWindow | undefined;
const listeners = new Set<() => void>();

/** Publishes the timeline's visible window; a window equal to the current one changes nothing. */
export function setVisibleTimeWindow(next: TimeWindow | undefined): void {
  if (next === visible || (next !== undefined && visible !== undefined && sameWindow(next, visible))) return;
  visible = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getVisible = () => visible;

/** The timeline's visible window (day numbers), or undefined before the timeline has drawn. */
export function useVisibleTimeWindow(): TimeWindow | undefined {
  return useSyncExternalStore(subscribe, getVisible, getVisible);
}
