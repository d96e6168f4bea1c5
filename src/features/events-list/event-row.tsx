import { memo } from 'react';
import { CategorySymbol } from '../../components/category-symbol';
import { categoryStyle } from '../../domain/core/categories';
import { eventDateLabel } from '../../components/event-date';
import type { EventRecord } from '../../domain/core/model';
import { setHoveredEvent, useHoveredEvent } from '../../state/hover';
import type { DashboardModel } from '../../state/dashboard-model';

/** One event as a button: date, category (symbol and word), title and place. */
export const EventRow = memo(function EventRow({ event, model }: { event: EventRecord; model: DashboardModel }) {
  const hovered = useHoveredEvent() === event.id;
  const selected = model.filters.event === event.id;
  const place = event.place === null ? 'No disclosed place' : (model.index.placeById.get(event.place)?.name ?? event.place);
  return (
    <button
      type="button"
      className={`event-row${hovered ? ' is-hovered' : ''}`}
      aria-pressed={selected}
      data-event-id={event.id}
      onClick={() => model.actions.toggleEvent(event.id)}
      onMouseEnter={() => setHoveredEvent(event.id)}
      onMouseLeave={() => setHoveredEvent(undefined)}
      onFocus={() => setHoveredEvent(event.id)}
      onBlur={() => setHoveredEvent(undefined)}
    >
      <span className="event-row-date">{eventDateLabel(event)}</span>
      <span className="event-row-category">
        <CategorySymbol category={event.category} />
        {categoryStyle(event.category).label}
      </span>
      <span className="event-row-title">{event.title}</span>
      <span className="event-row-place">{place}</span>
    </button>
  );
});
