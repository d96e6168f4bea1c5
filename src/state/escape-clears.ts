import { useEffect } from 'react';
import type { DashboardModel } from './dashboard-model';

/**
 * Escape clears the selection (the event first, then the place) unless the reader is typing
 * in a field or a popup has already handled the key.
 */
export function useEscapeClearsSelection(model: DashboardModel): void {
  const { filters, actions } = model;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (filters.event !== undefined) actions.selectEvent(undefined);
      else if (filters.place !== undefined) actions.togglePlace(undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filters.event, filters.place, actions]);
}
