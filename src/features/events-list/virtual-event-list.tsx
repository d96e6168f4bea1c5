import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { EventRow, placeName } from './event-row';

const ROW_HEIGHT = 76;

/** A windowed list for large files: only the rows in view are in the DOM. */
export function VirtualEventList({ model }: { model: DashboardModel }) {
  const { shownEvents, filters } = model;
  const tr = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shownEvents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // Keep the selected event in view when it is chosen in another view (not when it was pressed
  // here: the list would move under the pointer).
  const selectedPosition = filters.event === undefined ? -1 : shownEvents.findIndex((e) => e.id === filters.event);
  useEffect(() => {
    if (selectedPosition < 0) return;
    const pressedHere = filters.event !== undefined && document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') === filters.event;
    if (!pressedHere) virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selectedPosition, virtualizer, filters.event]);

  return (
    <div ref={scroller} className="event-rows-virtual" tabIndex={-1}>
      <p className="visually-hidden">
        {tr.t('events.virtualNote', { count: shownEvents.length })}
      </p>
      <ol style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const event = shownEvents[item.index];
          if (!event) return null;
          return (
            <li
              key={event.id}
              aria-posinset={item.index + 1}
              aria-setsize={shownEvents.length}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <EventRow event={event} selected={event.id === filters.event} place={placeName(model.index, event, tr)} onToggle={model.actions.toggleEvent} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
