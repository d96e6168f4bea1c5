import { useEffect, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { brushDays, panWindow, pixelsPerDay, sameWindow, xToDay, zoomWindow, type TimeWindow } from '../../domain/timeline/timeline-scale';
import type { WindowUpdate } from './use-timeline-window';

interface PointerOptions {
  svg: RefObject<SVGSVGElement | null>;
  view: TimeWindow;
  bounds: TimeWindow;
  plotLeft: number;
  plotWidth: number;
  /** When on, a plain drag draws a date range instead of panning (for touch and one-button users). */
  brushMode: boolean;
  update: (fn: WindowUpdate) => void;
  onBrush: (firstDay: number, lastDay: number) => void;
  onMarkClick: (eventId: string) => void;
  onHover: (eventId: string | undefined) => void;
}

interface DragState {
  pointerId: number;
  startX: number;
  startY: number;
  plotX0: number;
  mode: 'pan' | 'brush';
  startView: TimeWindow;
  moved: boolean;
}

/** Pixels a press may wander and still count as a click. */
const CLICK_SLOP_PX = 4;
/** Wheel zoom speed: a 100 px notch zooms by about 16%. */
const WHEEL_ZOOM = 0.0015;

/** Class of the drawing while it is being panned (the grabbing cursor). */
const PANNING_CLASS = 'is-panning';

/** Event id of the mark an event target belongs to (marks carry data-event-id). */
export function markIdOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? undefined;
}

/**
 * Mouse, pen and touch on the timeline: wheel zooms around the pointer (sideways scroll pans),
 * drag pans, Shift+drag (or any drag in brush mode) draws a date range, click selects a mark.
 * Handlers are delegated on the SVG so thousands of marks need no listeners of their own.
 */
export function useTimelinePointer(options: PointerOptions) {
  const { svg, view, bounds, plotLeft, plotWidth, brushMode, update, onBrush, onMarkClick, onHover } = options;
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);

  // The drawing's left edge, read when the pointer enters (layout is clean then) rather than on
  // press: a press right after a filter change would otherwise force a synchronous layout.
  const svgLeft = useRef<number | null>(null);
  const readLeft = () => (svgLeft.current = svg.current?.getBoundingClientRect().left ?? 0);
  const plotX = (clientX: number) => clientX - (svgLeft.current ?? readLeft()) - plotLeft;
  useEffect(() => {
    // Only a sideways scroll of the page or of a panel holding the drawing moves its left edge:
    // other panels scroll all the time (the events list follows the selection), and the timeline
    // panel scrolls up and down, which leaves it where it is.
    const lastScrollX = new WeakMap<object, number>();
    const forget = (event: Event) => {
      const target = event.target;
      const holder = target instanceof Element ? target : target === document || target === window ? document : null;
      if (holder === null || (holder instanceof Element && (svg.current === null || !holder.contains(svg.current)))) return;
      const x = holder instanceof Element ? holder.scrollLeft : window.scrollX;
      if (lastScrollX.get(holder) === x) return;
      lastScrollX.set(holder, x);
      svgLeft.current = null;
    };
    // A resize observer's callback runs right after layout: reading the position there is free.
    const readNow = () => void (svgLeft.current = svg.current?.getBoundingClientRect().left ?? null);
    const forgetAlways = () => (svgLeft.current = null);
    addEventListener('scroll', forget, { passive: true, capture: true });
    addEventListener('resize', forgetAlways);
    const element = svg.current;
    const observer = typeof ResizeObserver === 'function' && element ? new ResizeObserver(readNow) : null;
    if (element) observer?.observe(element);
    return () => {
      removeEventListener('scroll', forget, { capture: true });
      removeEventListener('resize', forgetAlways);
      observer?.disconnect();
    };
  }, [svg]);

  useEffect(() => {
    const element = svg.current;
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      let next: TimeWindow;
      if (Math.abs(dx) > Math.abs(dy)) {
        next = panWindow(view, dx / pixelsPerDay(view, plotWidth), bounds);
      } else {
        svgLeft.current ??= element.getBoundingClientRect().left;
        const left = svgLeft.current + plotLeft;
        const anchor = xToDay(Math.min(plotWidth, Math.max(0, event.clientX - left)), view, plotWidth);
        next = zoomWindow(view, Math.exp(dy * WHEEL_ZOOM), anchor, bounds);
      }
      // Nothing left to zoom or pan: let the page scroll as usual.
      if (sameWindow(next, view)) return;
      event.preventDefault();
      update(() => next);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [svg, view, bounds, plotLeft, plotWidth, update]);

  const handlers = {
    onPointerEnter() {
      readLeft();
    },
    onPointerDown(event: PointerEvent<SVGSVGElement>) {
      if (event.button !== 0) return;
      drag.current = {
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        plotX0: plotX(event.clientX),
        mode: event.shiftKey || brushMode ? 'brush' : 'pan',
        startView: view,
        moved: false,
      };
      suppressClick.current = false;
    },
    onPointerMove(event: PointerEvent<SVGSVGElement>) {
      const state = drag.current;
      if (state === null || state.pointerId !== event.pointerId) {
        if (event.pointerType !== 'touch') onHover(markIdOf(event.target));
        return;
      }
      const dx = event.clientX - state.startX;
      if (!state.moved) {
        if (Math.abs(dx) < CLICK_SLOP_PX && Math.abs(event.clientY - state.startY) < CLICK_SLOP_PX) return;
        state.moved = true;
        // Capture only once it is a drag: capturing on press would steal the click from the mark.
        event.currentTarget.setPointerCapture?.(event.pointerId);
        // The grabbing hand only for a real pan: the cursor is inherited, so changing it restyles
        // every mark under the drawing, which a plain click (:active) must not pay for.
        if (state.mode === 'pan') event.currentTarget.classList.add(PANNING_CLASS);
        onHover(undefined);
      }
      if (state.mode === 'pan') {
        const days = -dx / pixelsPerDay(state.startView, plotWidth);
        update(() => panWindow(state.startView, days, bounds));
      } else {
        setBrush({ x0: state.plotX0, x1: plotX(event.clientX) });
      }
    },
    onPointerUp(event: PointerEvent<SVGSVGElement>) {
      const state = drag.current;
      drag.current = null;
      event.currentTarget.classList.remove(PANNING_CLASS);
      if (state === null || !state.moved) return;
      suppressClick.current = true;
      if (state.mode === 'brush') {
        setBrush(null);
        const x1 = plotX(event.clientX);
        if (Math.abs(x1 - state.plotX0) >= 3) {
          const { firstDay, lastDay } = brushDays(state.plotX0, x1, view, plotWidth);
          onBrush(firstDay, lastDay);
        }
      }
    },
    onPointerCancel(event: PointerEvent<SVGSVGElement>) {
      drag.current = null;
      event.currentTarget.classList.remove(PANNING_CLASS);
      setBrush(null);
    },
    onPointerLeave() {
      if (drag.current === null) onHover(undefined);
    },
    onClick(event: MouseEvent<SVGSVGElement>) {
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      const id = markIdOf(event.target);
      if (id !== undefined) onMarkClick(id);
    },
  };

  return { brush, cancelBrush: () => setBrush(null), handlers };
}
