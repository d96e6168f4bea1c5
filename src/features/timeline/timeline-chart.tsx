import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { assertNever, formatDay } from '../../domain/core/calendar-date';
import type { DailyFigures } from '../../domain/charts/daily-figures';
import { densityStrips } from '../../domain/timeline/timeline-density';
import { shouldDrawDensity, slotOfPosition, visibleSlots, type TimelineLayout } from '../../domain/timeline/timeline-layout';
import { centerWindowOn, panWindow, visibleDays, zoomWindow, type TimeWindow } from '../../domain/timeline/timeline-scale';
import type { DashboardModel } from '../../state/dashboard-model';
import { setHoveredEvent, useHoveredEvent } from '../../state/hover';
import { useT } from '../../state/i18n';
import { eventLabel } from './describe-event';
import { markShape, px, type MarkContext } from '../../domain/timeline/mark-geometry';
import { TimelineAxis } from './timeline-axis';
import { TimelineDensityLayer } from './timeline-density-layer';
import { FIGURE_STRIP_COUNT, TimelineFigureStrips } from './timeline-figure-strips';
import { minFittedHeight, timelineGeometry } from '../../domain/timeline/timeline-geometry';
import { TimelineHighlights } from './timeline-highlights';
import { keyCommand } from './timeline-keys';
import { TimelineLanes } from './timeline-lanes';
import { markDomId, TimelineMarks } from './timeline-marks';
import { TimelineTooltip } from './timeline-tooltip';
import { useElementSize } from './use-element-width';
import { useTimelinePointer } from './use-timeline-pointer';
import type { WindowUpdate } from './use-timeline-window';

interface ChartProps {
  model: DashboardModel;
  layout: TimelineLayout;
  view: TimeWindow;
  bounds: TimeWindow;
  update: (fn: WindowUpdate) => void;
  reset: () => void;
  width: number;
  maxCasualties: number;
  /** Events that pass every filter, dates included (the layout also holds those outside the dates). */
  shownCount: number;
  brushMode: boolean;
  onBrush: (firstDay: number, lastDay: number) => void;
  /** Fit the lanes to the height the layout gives the drawing (a dashboard panel) instead of their natural height. */
  fillHeight?: boolean;
  /** Per-day figures for the strips under the lanes; null draws no strips (nothing to chart). */
  daily: DailyFigures | null;
}

/** Zoom factor of one key press or button press. */
export const ZOOM_STEP = 0.6;

/**
 * The timeline drawing: lanes, axis, marks (or density strips when crowded), highlights and
 * the tooltip. One tab stop; arrow keys move a focused mark in date order.
 */
export function TimelineChart({ model, layout, view, bounds, update, reset, width, maxCasualties, shownCount, brushMode, onBrush, fillHeight = false, daily }: ChartProps) {
  const { index, selectedEvent, actions } = model;
  const idPrefix = useId().replace(/:/g, '');
  const tr = useT();
  const svgRef = useRef<SVGSVGElement | null>(null);
  const hoveredId = useHoveredEvent();
  const [pointerId, setPointerId] = useState<string | undefined>(undefined);
  const [focusedPosition, setFocusedPosition] = useState<number | undefined>(undefined);
  const [hasFocus, setHasFocus] = useState(false);

  const [fitRef, fitSize] = useElementSize(width);
  const fitHeight = fillHeight && fitSize.height > 0 ? fitSize.height : undefined;
  const geometry = useMemo(() => timelineGeometry(layout, width, fitHeight, daily ? FIGURE_STRIP_COUNT : 0), [layout, width, fitHeight, daily]);
  const slots = useMemo(() => visibleSlots(layout, view), [layout, view]);
  const density = shouldDrawDensity(slots.length);
  const strips = useMemo(() => (density ? densityStrips(layout, slots, view, geometry.plotWidth) : null), [density, layout, slots, view, geometry.plotWidth]);
  const context = useMemo<MarkContext>(() => ({ layout, view, geometry, maxCasualties }), [layout, view, geometry, maxCasualties]);

  const slotOfId = useCallback(
    (id: string | undefined) => {
      const position = id === undefined ? undefined : index.byId.get(id);
      return position === undefined ? -1 : slotOfPosition(layout, position);
    },
    [index, layout],
  );
  const selectedSlot = slotOfId(selectedEvent?.id);
  const focusedSlot = focusedPosition === undefined ? -1 : slotOfPosition(layout, focusedPosition);
  const inView = (k: number) => k >= 0 && (layout.end[k] as number) > view.start && (layout.start[k] as number) < view.end;

  // Crowded views draw density strips; the selected and focused events still get a real mark.
  const markSlots = useMemo(() => {
    if (!density) return slots;
    return Uint32Array.from(new Set([selectedSlot, focusedSlot].filter((k) => k >= 0 && (layout.end[k] as number) > view.start && (layout.start[k] as number) < view.end)));
  }, [density, slots, selectedSlot, focusedSlot, layout, view]);

  const toggleSelect = useCallback((id: string) => actions.toggleEvent(id), [actions]);
  const onHover = useCallback((id: string | undefined) => {
    setPointerId(id);
    setHoveredEvent(id);
  }, []);

  const { brush, cancelBrush, handlers } = useTimelinePointer({
    svg: svgRef,
    view,
    bounds,
    plotLeft: geometry.plotLeft,
    plotWidth: geometry.plotWidth,
    brushMode,
    update,
    onBrush,
    onMarkClick: toggleSelect,
    onHover,
  });

  const focusSlot = (k: number) => {
    const position = layout.positions[k];
    if (position === undefined) return;
    setFocusedPosition(position);
    setHoveredEvent(index.events[position]?.id);
    if (!inView(k)) update((current) => centerWindowOn(current, ((layout.start[k] as number) + (layout.end[k] as number)) / 2, bounds));
  };
  // The layout holds every event but those the dates leave out are outside the bounds: the
  // keyboard walks only the events the filters show.
  const inBounds = (k: number) => (layout.end[k] as number) > bounds.start && (layout.start[k] as number) < bounds.end;
  const step = (from: number, direction: 1 | -1) => {
    for (let k = from; k >= 0 && k < layout.count; k += direction) if (inBounds(k)) return k;
    return -1;
  };
  const moveTo = (k: number) => {
    if (k >= 0) focusSlot(k);
  };
  const firstVisible = () => slots[0] ?? step(0, 1);
  const lastVisible = () => slots[slots.length - 1] ?? step(layout.count - 1, -1);
  /** 1-based rank of a slot among the events in bounds, for "Event 3 of 40". */
  const rankOf = (k: number) => {
    let rank = 0;
    for (let j = 0; j <= k; j++) if (inBounds(j)) rank++;
    return rank;
  };
  const zoomAnchor = () => (focusedSlot >= 0 && inView(focusedSlot) ? ((layout.start[focusedSlot] as number) + (layout.end[focusedSlot] as number)) / 2 : (view.start + view.end) / 2);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const command = keyCommand(event);
    if (command === null || shownCount === 0) return;
    // With no focused mark and no brush there is nothing of the timeline's own to leave: let
    // Escape reach the dashboard, which clears the selection.
    if (command === 'leave' && focusedPosition === undefined && brush === null) return;
    event.preventDefault();
    const span = view.end - view.start;
    switch (command) {
      case 'next':
        moveTo(focusedSlot < 0 ? firstVisible() : step(focusedSlot + 1, 1) >= 0 ? step(focusedSlot + 1, 1) : focusedSlot);
        break;
      case 'previous':
        moveTo(focusedSlot < 0 ? lastVisible() : step(focusedSlot - 1, -1) >= 0 ? step(focusedSlot - 1, -1) : focusedSlot);
        break;
      case 'first':
        moveTo(step(0, 1));
        break;
      case 'last':
        moveTo(step(layout.count - 1, -1));
        break;
      case 'pan-earlier':
        update((current) => panWindow(current, -span / 4, bounds));
        break;
      case 'pan-later':
        update((current) => panWindow(current, span / 4, bounds));
        break;
      case 'zoom-in':
        update((current) => zoomWindow(current, ZOOM_STEP, zoomAnchor(), bounds));
        break;
      case 'zoom-out':
        update((current) => zoomWindow(current, 1 / ZOOM_STEP, zoomAnchor(), bounds));
        break;
      case 'reset-zoom':
        reset();
        break;
      case 'select': {
        const id = focusedPosition === undefined ? undefined : index.events[focusedPosition]?.id;
        if (id !== undefined && focusedSlot >= 0) toggleSelect(id);
        break;
      }
      case 'leave':
        cancelBrush();
        setFocusedPosition(undefined);
        setHoveredEvent(undefined);
        break;
      default:
        assertNever(command);
    }
  };

  const focusedEvent = focusedSlot >= 0 && focusedPosition !== undefined ? index.events[focusedPosition] : undefined;
  const tooltipSlot = pointerId !== undefined ? slotOfId(pointerId) : hasFocus ? focusedSlot : -1;
  const tooltipPosition = tooltipSlot >= 0 ? layout.positions[tooltipSlot] : undefined;
  const tooltipEvent = tooltipPosition === undefined ? undefined : index.events[tooltipPosition];
  const tooltipShape = tooltipSlot >= 0 && inView(tooltipSlot) ? markShape(tooltipSlot, context) : null;
  const days = visibleDays(view);
  const instructionsId = `${idPrefix}-help`;

  return (
    <div
      className={fillHeight ? 'timeline-chart fills-height' : 'timeline-chart'}
      ref={fillHeight ? fitRef : undefined}
      // A panel too short for the lanes at their least height scrolls instead of overlapping what follows.
      style={fillHeight ? { minHeight: minFittedHeight(geometry) } : undefined}
    >
      <svg
        ref={svgRef}
        className={brushMode ? 'timeline-svg is-brushing' : 'timeline-svg'}
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        tabIndex={0}
        aria-label={tr.t('timeline.chartLabel', { count: shownCount, from: formatDay(days.firstDay, tr.locale), to: formatDay(days.lastDay, tr.locale) })}
        aria-describedby={instructionsId}
        aria-activedescendant={hasFocus && focusedSlot >= 0 && inView(focusedSlot) && focusedPosition !== undefined ? markDomId(idPrefix, focusedPosition) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => {
          setHasFocus(false);
          if (pointerId === undefined) setHoveredEvent(undefined);
        }}
        {...handlers}
      >
        <defs>
          <clipPath id={`${idPrefix}-clip`}>
            <rect x={0} y={0} width={geometry.plotWidth} height={geometry.height} />
          </clipPath>
        </defs>
        <g transform={`translate(${geometry.plotLeft} 0)`}>
          <TimelineLanes geometry={geometry} />
          <TimelineAxis view={view} geometry={geometry} />
          {daily && <TimelineFigureStrips daily={daily} view={view} geometry={geometry} clipPath={`url(#${idPrefix}-clip)`} />}
          <g clipPath={`url(#${idPrefix}-clip)`}>
            {strips && <TimelineDensityLayer strips={strips} geometry={geometry} view={view} />}
            {/*
              A new group when the drawing switches between marks and density strips: its marks are
              then built off the page and put in at once, and taken out at once. In the same group,
              each of a thousand marks was inserted on its own (React looks for each one's next
              sibling among the others being inserted) and removed on its own: 120–170 ms tasks.
            */}
            <TimelineMarks key={density ? 'crowded' : 'marks'} index={index} slots={markSlots} context={context} selectedId={selectedEvent?.id} idPrefix={idPrefix} />
            <TimelineHighlights
              context={context}
              plotBottom={geometry.axisTop}
              selectedSlot={inView(selectedSlot) ? selectedSlot : -1}
              hoveredSlot={inView(slotOfId(hoveredId)) ? slotOfId(hoveredId) : -1}
              focusedSlot={hasFocus && inView(focusedSlot) ? focusedSlot : -1}
            />
            {brush && (
              <rect
                className="timeline-brush"
                x={px(Math.max(0, Math.min(brush.x0, brush.x1)))}
                y={0}
                width={px(Math.abs(brush.x1 - brush.x0))}
                height={geometry.axisTop}
              />
            )}
          </g>
        </g>
      </svg>
      {tooltipEvent && tooltipShape && <TimelineTooltip event={tooltipEvent} x={geometry.plotLeft + tooltipShape.centerX} y={tooltipShape.y} chartWidth={geometry.width} />}
      <p id={instructionsId} className="visually-hidden">
        {tr.t('timeline.instructions')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {focusedEvent && hasFocus ? tr.t('timeline.focused', { label: eventLabel(focusedEvent, tr), rank: tr.number(rankOf(focusedSlot)), total: tr.number(shownCount) }) : ''}
      </p>
      {density && (
        <p className="timeline-note">
          {tr.t('timeline.density', { count: slots.length })}
        </p>
      )}
    </div>
  );
}
