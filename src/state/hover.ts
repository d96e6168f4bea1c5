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
