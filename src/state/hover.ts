/**
 * The hovered event, shared by every view but kept out of the URL and out of React context
 * so that moving the mouse re-renders only the marks that change.
 */
import { useSyncExternalStore } from 'react';

let hoveredId: string | undefined;
const listeners = new Set<() => void>();

export function setHoveredEvent(id: string | undefined): void {
  if (id === hoveredId) return;
  hoveredId = id;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getHovered = () => hoveredId;

/** The id of the event under the pointer (or focused) in any view. */
export function useHoveredEvent(): string | undefined {
  return useSyncExternalStore(subscribe, getHovered, getHovered);
}

/**
 * Something about the hovered event, re-rendering only when that changes: a row asks whether it
 * is the hovered one (`(id) => id === mine`), the map which place is hovered. `select` must return
 * a primitive (compared with Object.is), so passing a new arrow each render is fine.
 */
export function useHoveredEventSelect<T extends string | number | boolean | null | undefined>(select: (id: string | undefined) => T): T {
  return useSyncExternalStore(subscribe, () => select(hoveredId), () => select(hoveredId));
}
