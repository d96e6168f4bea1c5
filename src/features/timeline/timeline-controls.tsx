import { formatDay } from '../../domain/core/calendar-date';

interface ControlsProps {
  firstDay: number;
  lastDay: number;
  canZoomIn: boolean;
  zoomed: boolean;
  brushMode: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
  onPan(direction: -1 | 1): void;
  onToggleBrush(): void;
  onUseVisibleRange(): void;
}

/** Buttons for everything the pointer can do on the timeline, so none of it needs a mouse. */
export function TimelineControls(props: ControlsProps) {
  const { firstDay, lastDay, canZoomIn, zoomed, brushMode } = props;
  return (
    <div className="timeline-controls">
      <div className="timeline-buttons" role="group" aria-label="Zoom and pan">
        <button type="button" onClick={props.onZoomIn} disabled={!canZoomIn}>
          Zoom in
        </button>
        <button type="button" onClick={props.onZoomOut} disabled={!zoomed}>
          Zoom out
        </button>
        <button type="button" onClick={props.onReset} disabled={!zoomed}>
          Reset zoom
        </button>
        <button type="button" onClick={() => props.onPan(-1)} disabled={!zoomed} aria-label="Pan earlier">
          ◀ Earlier
        </button>
        <button type="button" onClick={() => props.onPan(1)} disabled={!zoomed} aria-label="Pan later">
          Later ▶
        </button>
      </div>
      <div className="timeline-buttons" role="group" aria-label="Date filter">
        <button type="button" aria-pressed={brushMode} onClick={props.onToggleBrush}>
          Select range
        </button>
        <button type="button" onClick={props.onUseVisibleRange}>
          Set date filter to visible range
        </button>
      </div>
      <p className="timeline-visible" aria-live="polite">
        Showing {formatDay(firstDay)} – {formatDay(lastDay)}
      </p>
    </div>
  );
}
