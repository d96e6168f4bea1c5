import { LocalizedText } from '../../components/localized-text';
import { localName } from '../../domain/core/localized';
import { memo } from 'react';
import { CategorySymbol } from '../../components/category-symbol';
import { categoryLabel } from '../../domain/core/categories';
import type { Translator } from '../../domain/core/i18n/translator';
import { eventDateLabel } from '../../components/event-date';
import type { EventRecord } from '../../domain/core/model';
import type { EventIndex } from '../../domain/core/event-index';
import { setHoveredEvent, useHoveredEventSelect } from '../../state/hover';
import { useT } from '../../state/i18n';

/** The name shown for an event's place. */
export function placeName(index: EventIndex, event: EventRecord, tr: Translator): string {
  if (event.place === null) return tr.t('events.noPlace');
  const place = index.placeById.get(event.place);
  return place ? localName(place, tr.locale) : event.place;
}

interface RowProps {
  event: EventRecord;
  selected: boolean;
  /** The place's name (or a note that it is not disclosed). */
  place: string;
  onToggle: (id: string) => void;
}

/**
 * One event as a button: date, category (symbol and word), title and place. Takes only what
 * it shows, so a new selection or filter re-renders the rows whose state changed, not all.
 */
export const EventRow = memo(function EventRow({ event, selected, place, onToggle }: RowProps) {
  // Only the row that gains or loses the hover redraws, not every row of the list.
  const hovered = useHoveredEventSelect((id) => id === event.id);
  const tr = useT();
  return (
    <button
      type="button"
      className={`event-row${hovered ? ' is-hovered' : ''}`}
      aria-pressed={selected}
      data-event-id={event.id}
      onClick={() => onToggle(event.id)}
      onMouseEnter={() => setHoveredEvent(event.id)}
      onMouseLeave={() => setHoveredEvent(undefined)}
      onFocus={() => setHoveredEvent(event.id)}
      onBlur={() => setHoveredEvent(undefined)}
    >
      <span className="event-row-date">{eventDateLabel(event, tr.locale)}</span>
      <span className="event-row-category">
        <CategorySymbol category={event.category} />
        {categoryLabel(event.category, tr)}
      </span>
      <span className="event-row-title">
        <LocalizedText original={event.title} translations={event.title_i18n} originalLang={event.lang} />
      </span>
      <span className="event-row-place">{place}</span>
    </button>
  );
});
