import { currentFilters, type DashboardModel } from './dashboard-model';
import { SHORTCUT_PRIORITY, useShortcut } from './shortcuts';

/**
 * Escape clears the selection (the event first, then the place) unless the reader is typing,
 * a popup or dialog has the key, or the open story takes it first (see shortcuts.ts).
 */
export function useEscapeClearsSelection(model: DashboardModel): void {
  const { index, actions } = model;
  useShortcut('Escape', SHORTCUT_PRIORITY.selection, () => {
    // The selection as the URL holds it now: the model's filters are a deferred copy, which can
    // lag a quick Escape right after a selection.
    const { event, place } = currentFilters(index);
    if (event !== undefined) actions.selectEvent(undefined);
    else if (place !== undefined) actions.togglePlace(undefined);
    else return false;
    return true;
  });
}
