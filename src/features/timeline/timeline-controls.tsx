import { formatDay } from '../../domain/core/calendar-date';
import { useT } from '../../state/i18n';

interface ControlsProps {
  firstDay: number;
  lastDay: number;
  canZoomIn: boolean;
  zoomed: boolean;
  brushMode: boolean;
  /** Whether the figure strips are drawn under the lanes; undefined when there is nothing to draw. */
  figuresShown: boolean | undefined;
  onToggleFigures(): void;
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
  const { t, locale } = useT();
  return (
    <div className="timeline-controls">
      <div className="timeline-buttons" role="group" aria-label={t('timeline.zoomPan')}>
        <button type="button" onClick={props.onZoomIn} disabled={!canZoomIn}>
          {t('timeline.zoomIn')}
        </button>
        <button type="button" onClick={props.onZoomOut} disabled={!zoomed}>
          {t('timeline.zoomOut')}
        </button>
        <button type="button" onClick={props.onReset} disabled={!zoomed}>
          {t('timeline.resetZoom')}
        </button>
        <button type="button" onClick={() => props.onPan(-1)} disabled={!zoomed} aria-label={t('timeline.panEarlier')}>
          {t('timeline.earlier')}
        </button>
        <button type="button" onClick={() => props.onPan(1)} disabled={!zoomed} aria-label={t('timeline.panLater')}>
          {t('timeline.later')}
        </button>
      </div>
      <div className="timeline-buttons" role="group" aria-label={t('timeline.dateFilter')}>
        <button type="button" aria-pressed={brushMode} onClick={props.onToggleBrush}>
          {t('timeline.selectRange')}
        </button>
        <button type="button" onClick={props.onUseVisibleRange}>
          {t('timeline.useVisible')}
        </button>
      </div>
      {props.figuresShown !== undefined && (
        <button type="button" aria-pressed={props.figuresShown} onClick={props.onToggleFigures}>
          {t('timeline.figuresToggle')}
        </button>
      )}
      <p className="timeline-visible" aria-live="polite">
        {t('timeline.visible', { from: formatDay(firstDay, locale), to: formatDay(lastDay, locale) })}
      </p>
    </div>
  );
}
