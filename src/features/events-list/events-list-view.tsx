import { useEffect, useMemo, useRef } from 'react';
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

/**
 * Which events of a small file are shown (1) or hidden (0), by position in the index. The plain
 * list keeps a row for every event of the file and hides the rest: a filter change then toggles
 * an attribute on the rows that come and go, where removing and building them again cost React
 * renders, DOM nodes and their first style and layout on every filter change and back.
 */
function useShownMask(model: DashboardModel): Uint8Array {
  const { index, selection } = model;
  return useMemo(() => {
    const mask = new Uint8Array(index.events.length <= PLAIN_LIST_LIMIT ? index.events.length : 0);
    if (mask.length > 0) for (const position of selection.shown) mask[position] = 1;
    return mask;
  }, [index, selection.shown]);
}

/** The filtered events in date order, each a button: the keyboard route to every event. */
export function EventsListView({ model }: { model: DashboardModel }) {
  const { shownEvents, filters, index, actions } = model;
  const tr = useT();
  const { t } = tr;
  const place = filters.place === undefined ? undefined : index.placeById.get(filters.place);
  const list = useRef<HTMLOListElement>(null);
  const shown = useShownMask(model);

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
      // A row the filters hide has no box: nothing to bring into sight. A row the reader has just
      // pressed is where they are: scrolling it, even to show it whole, moved the list under the
      // pointer (and the hover, and the highlights in the other views, a frame later).
      if (!row || row.offsetHeight === 0 || row.contains(document.activeElement)) return;
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
      {shownEvents.length === 0 && (
        <div className="no-matches">
          <p>{t('events.noMatch')}</p>
          <button type="button" onClick={actions.reset}>
            {t('events.resetFilters')}
          </button>
        </div>
      )}
      {index.events.length <= PLAIN_LIST_LIMIT ? (
        <ol className="event-rows" ref={list} hidden={shownEvents.length === 0}>
          {index.events.map((event, position) => (
            <li key={event.id} hidden={shown[position] !== 1}>
              <EventRow event={event} selected={event.id === filters.event} place={placeName(model.index, event, tr)} onToggle={model.actions.toggleEvent} />
            </li>
          ))}
        </ol>
      ) : (
        shownEvents.length > 0 && <VirtualEventList model={model} />
      )}
    </div>
  );
}
