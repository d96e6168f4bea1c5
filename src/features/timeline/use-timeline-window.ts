import { useCallback, useState } from 'react';
import { sameWindow, type TimeWindow } from '../../domain/timeline/timeline-scale';

export type WindowUpdate = (current: TimeWindow) => TimeWindow;

/**
 * The visible window of the timeline: local view state, not in the URL. It belongs to the
 * bounds it was made for: when the bounds change (new filters), the view starts from the full
 * range again, without an effect.
 */
export function useTimelineWindow(bounds: TimeWindow): { view: TimeWindow; update: (fn: WindowUpdate) => void; reset: () => void; zoomed: boolean } {
  const [state, setState] = useState<{ bounds: TimeWindow; view: TimeWindow } | null>(null);
  const view = state !== null && sameWindow(state.bounds, bounds) ? state.view : bounds;

  const update = useCallback(
    (fn: WindowUpdate) =>
      setState((previous) => {
        const current = previous !== null && sameWindow(previous.bounds, bounds) ? previous.view : bounds;
        const next = fn(current);
        // Same window: keep the old state object so React skips the render.
        return sameWindow(next, current) && previous !== null ? previous : { bounds, view: next };
      }),
    [bounds],
  );
  const reset = useCallback(() => setState(null), []);
  return { view, update, reset, zoomed: !sameWindow(view, bounds) };
}
