import { useEffect } from 'react';
import { currentFilters, type DashboardModel } from './dashboard-model';

/**
 * Escape clears the selection (the event first, then the place) unless the reader is typing
 * in a field or a popup has already handled the key.
 */
export function useEscapeClearsSelection(model: DashboardModel): void {
  const { index, actions } = model;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]')) return;
      // The selection as the URL holds it now: the model's filters are a deferred copy, which can
      // lag a quick Escape right after a selection.
      const { event, place } = currentFilters(index);
      if (event !== undefined) actions.selectEvent(undefined);
      else if (place !== undefined) actions.togglePlace(undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, actions]);
}
