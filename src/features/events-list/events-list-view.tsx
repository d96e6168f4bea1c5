import { useEffect, useRef } from 'react';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { localName } from '../../domain/core/localized';
import { EventRow, placeName } from './event-row';
import { VirtualEventList } from './virtual-event-list';

/**
 * Files beyond this size get the virtualised list; smaller ones render every row (simplest for
 * assistive tech). Decided by the file, not by how many events the filters leave: switching forms
 * on a filter change rebuilt the list, lost its scroll position, and the new virtual list's first
 * scroll forced a synchronous layout of the page inside the update (3 ms and more at 20,000).
 */
const PLAIN_LIST_LIMIT = 300;

/** The filtered events in date order, each a button: the keyboard route to every event. */
export function EventsListView({ model }: { model: DashboardModel }) {
  const { shownEvents, filters, index, actions } = model;
  const tr = useT();
  const { t } = tr;
  const place = filters.place === undefined ? undefined : index.placeById.get(filters.place);
  const list = useRef<HTMLOListElement>(null);

  // An event chosen in another view is brought into sight inside the list, without scrolling
  // the page itself (the reader is looking at the map or the timeline).
  // Read in the next frame, where the browser lays out anyway: reading offsets right after
  // React wrote the DOM would force an extra synchronous layout on every selection.
  useEffect(() => {
    const container = list.current;
    const id = filters.event;
    if (!container || id === undefined) return;
    const frame = requestAnimationFrame(() => {
      const row = container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
      if (!row) return;
      const top = row.offsetTop - container.offsetTop;
      if (top < container.scrollTop || top + row.offsetHeight > container.scrollTop + container.clientHeight) {
        container.scrollTop = top - (container.clientHeight - row.offsetHeight) / 2;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [filters.event, shownEvents]);

  return (
    <div className="events-list">
      <div className="events-list-head">
        <h2>{place ? t('events.inPlace', { name: localName(place, tr.locale) }) : t('view.events')}</h2>
        {place && (
          <button type="button" onClick={() => actions.togglePlace(undefined)}>
            {t('events.showAllPlaces')}
          </button>
        )}
      </div>
      {shownEvents.length === 0 ? (
        <div className="no-matches">
          <p>{t('events.noMatch')}</p>
          <button type="button" onClick={actions.reset}>
            {t('events.resetFilters')}
          </button>
        </div>
      ) : index.events.length <= PLAIN_LIST_LIMIT ? (
        <ol className="event-rows" ref={list}>
          {shownEvents.map((event) => (
            <li key={event.id}>
              <EventRow event={event} selected={event.id === filters.event} place={placeName(model.index, event, tr)} onToggle={model.actions.toggleEvent} />
            </li>
          ))}
        </ol>
      ) : (
        <VirtualEventList model={model} />
      )}
    </div>
  );
}
