import { useEffect, useMemo, useState } from 'react';
import { fromDayNumber } from '../../domain/core/calendar-date';
import { layoutTimeline, maxCasualties } from '../../domain/timeline/timeline-layout';
import { MIN_SPAN_DAYS, panWindow, visibleDays, zoomWindow } from '../../domain/timeline/timeline-scale';
import { timelineSummary } from '../../domain/timeline/timeline-summary';
import { useChartData, useUndatedSelection } from '../../state/chart-data';
import type { DashboardModel } from '../../state/dashboard-model';
import { LocalizedText } from '../../components/localized-text';
import { MARK, MarkedText } from '../../components/marked-text';
import { useT } from '../../state/i18n';
import { setVisibleTimeWindow, useTimelineBounds } from '../../state/time-view';
import { useViewFlag } from '../../state/view-preferences';
import { TimelineChart, ZOOM_STEP } from './timeline-chart';
import { TimelineControls } from './timeline-controls';
import { useElementWidth } from './use-element-width';
import { useTimelineWindow } from './use-timeline-window';
import './timeline.css';

/** Window height from which the figure strips are drawn by default (the panel layout gives them room there). */
export const FIGURES_MIN_WINDOW_HEIGHT = 1000;

/**
 * The timeline: one lane per category over the filtered dates, talk rounds as spans and other
 * events as marks sized by casualties. Zoom and pan are local; brushing sets the date filter.
 *
 * Crossfilter: the timeline's own filter (the dates) does not re-filter its data. It lays out
 * the events that pass every other filter, once, and a date change only moves its window, so
 * typing a date re-lays-out nothing. Its visible window is published (time-view) for the views
 * that draw on the same time axis.
 */
export function TimelineView({ model, fillHeight = false }: { model: DashboardModel; fillHeight?: boolean }) {
  const { index, filters, selection, selectedEvent, actions } = model;
  const [measureRef, width] = useElementWidth(800);
  const [brushMode, setBrushMode] = useState(false);
  const tr = useT();
  const { t } = tr;

  // The events that pass every filter but the dates (shared with the charts): the dates and the
  // selected event do not change the layout.
  const undated = useUndatedSelection(model).shown;
  const categoriesKey = filters.categories.join(',');
  const layout = useMemo(
    () => layoutTimeline(index, undated, filters.categories),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- categoriesKey stands for filters.categories
    [index, undated, categoriesKey],
  );
  // The figure strips under the lanes read the same per-day figures as the Charts view.
  const chartData = useChartData(model);
  // On by default where the window is tall enough for them beside lanes that stay readable; a
  // short window keeps its room for the lanes (and the map above), and the reader can turn them on.
  const [figuresOn, toggleFigures] = useViewFlag('timeline-figures', () => window.innerHeight >= FIGURES_MIN_WINDOW_HEIGHT);
  const daily = figuresOn ? (chartData?.daily ?? null) : null;
  const topCasualties = useMemo(() => maxCasualties(index), [index]);
  const { bounds, range, fromDay, toDay } = useTimelineBounds(model);
  const { view, update, reset, zoomed } = useTimelineWindow(bounds);
  // Views on the same time axis (the charts' panels) follow the timeline's zoom and pan.
  useEffect(() => setVisibleTimeWindow({ bounds, view }), [bounds, view]);
  const days = visibleDays(view);
  const summary = useMemo(() => timelineSummary(layout, fromDay ?? range?.firstDay ?? 0, toDay ?? range?.lastDay ?? 0, tr), [layout, fromDay, toDay, range, tr]);
  const inRange = selection.shown.length;
  useEffect(() => () => setVisibleTimeWindow(undefined), []);

  const setRange = (firstDay: number, lastDay: number) => {
    setBrushMode(false);
    actions.setDateRange(fromDayNumber(firstDay), fromDayNumber(lastDay));
  };
  const middle = (view.start + view.end) / 2;
  const selectedOutside = selectedEvent !== undefined && !selection.shown.includes(index.byId.get(selectedEvent.id) ?? -1);

  return (
    <div className={fillHeight ? 'timeline fills-height' : 'timeline'} ref={measureRef}>
      <div className="timeline-header">
        <h2>{t('view.timeline')}</h2>
        <p className="timeline-summary">{summary}</p>
      </div>
      <TimelineControls
        firstDay={days.firstDay}
        lastDay={days.lastDay}
        canZoomIn={view.end - view.start > Math.min(MIN_SPAN_DAYS, bounds.end - bounds.start) + 1e-6}
        zoomed={zoomed}
        brushMode={brushMode}
        figuresShown={chartData ? figuresOn : undefined}
        onToggleFigures={toggleFigures}
        onZoomIn={() => update((current) => zoomWindow(current, ZOOM_STEP, middle, bounds))}
        onZoomOut={() => update((current) => zoomWindow(current, 1 / ZOOM_STEP, middle, bounds))}
        onReset={reset}
        onPan={(direction) => update((current) => panWindow(current, (direction * (current.end - current.start)) / 2, bounds))}
        onToggleBrush={() => setBrushMode((on) => !on)}
        onUseVisibleRange={() => setRange(days.firstDay, days.lastDay)}
      />
      {brushMode && <p className="timeline-note">{t('timeline.brushNote')}</p>}
      {inRange === 0 ? (
        <p className="timeline-empty">{t('timeline.empty')}</p>
      ) : (
        <TimelineChart
          model={model}
          layout={layout}
          view={view}
          bounds={bounds}
          update={update}
          reset={reset}
          width={width}
          maxCasualties={topCasualties}
          shownCount={inRange}
          brushMode={brushMode}
          onBrush={setRange}
          fillHeight={fillHeight}
          daily={daily}
        />
      )}
      <p className="timeline-legend">
        {t('timeline.legend')}
        {daily && inRange > 0 && t('timeline.figuresLegend')}
        {/* For screen readers only: the mark is outlined and the details show the event; a line that
            came and went with the selection would resize the drawing above on every click. */}
        {selectedEvent && !selectedOutside && (
          <span className="visually-hidden">
            <MarkedText words={t('timeline.selected', { title: MARK })}>
              <strong>
                <LocalizedText original={selectedEvent.title} translations={selectedEvent.title_i18n} originalLang={selectedEvent.lang ?? index.dataset.meta.lang} />
              </strong>
            </MarkedText>
          </span>
        )}
        {selectedOutside && t('timeline.selectedOutside')}
      </p>
    </div>
  );
}

