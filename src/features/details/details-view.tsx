import { useLayoutEffect, useRef, type FocusEvent } from 'react';
import { eventDateLabel } from '../../components/event-date';
import { localName, pickLocalized } from '../../domain/core/localized';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { EventCard } from './event-card';

/** A place's events are shown in full up to this many; the Events list has them all. */
const PLACE_CARDS = 8;

/**
 * Details of the selected event (with previous/next within the filter), or of the selected
 * place's events, or a hint. Only the headline is announced, politely.
 */
export function DetailsView({ model }: { model: DashboardModel }) {
  const { selectedEvent, shownEvents, index, filters, actions } = model;
  const tr = useT();
  const { t } = tr;
  const position = selectedEvent ? shownEvents.indexOf(selectedEvent) : -1;
  const previous = position > 0 ? shownEvents[position - 1] : undefined;
  const next = position >= 0 ? shownEvents[position + 1] : undefined;
  const place = filters.place === undefined ? undefined : index.placeById.get(filters.place);
  const heading = useRef<HTMLHeadingElement>(null);
  // Escape (handled by the dashboard) can remove the focused button or link with the selection;
  // the browser would then drop the focus on the page body. Keep it in this panel instead.
  const focusInside = useRef(false);
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    focusInside.current = e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget);
  };
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (focusInside.current && (active === null || active === document.body)) heading.current?.focus();
  });
  // The button that was pressed disappears with the selection: keep focus in this panel.
  const closeAndKeepFocus = (close: () => void) => {
    close();
    heading.current?.focus();
  };
  const announcement = selectedEvent
    ? t('details.selected', { title: pickLocalized(selectedEvent.title, selectedEvent.title_i18n, tr.locale, selectedEvent.lang ?? index.dataset.meta.lang).text, date: eventDateLabel(selectedEvent, tr.locale) })
    : place
      ? t('details.selectedPlace', { name: localName(place, tr.locale), count: shownEvents.length })
      : '';

  return (
    <div className="details" onFocus={() => (focusInside.current = true)} onBlur={onBlur}>
      <h2 ref={heading} tabIndex={-1}>
        {t('view.details')}
      </h2>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {selectedEvent ? (
        <>
          <nav className="details-nav" aria-label={t('details.stepThrough')}>
            {/* aria-disabled rather than disabled: a focused button that becomes disabled would drop focus. */}
            <button type="button" aria-disabled={!previous} onClick={() => previous && actions.selectEvent(previous.id)}>
              {t('details.previous')}
            </button>
            <span className="muted">{position >= 0 ? t('details.position', { position: tr.number(position + 1), total: tr.number(shownEvents.length) }) : t('details.outside')}</span>
            <button type="button" aria-disabled={!next} onClick={() => next && actions.selectEvent(next.id)}>
              {t('details.next')}
            </button>
            <button type="button" onClick={() => closeAndKeepFocus(() => actions.selectEvent(undefined))} aria-keyshortcuts="Escape">
              {t('common.close')}
            </button>
          </nav>
          <EventCard event={selectedEvent} index={index} />
        </>
      ) : place ? (
        <>
          <p className="details-place-head">
            <strong>
              {t('details.placeHead', { name: localName(place, tr.locale), count: shownEvents.length })}
            </strong>{' '}
            <button type="button" onClick={() => closeAndKeepFocus(() => actions.togglePlace(undefined))}>
              {t('details.clearPlace')}
            </button>
          </p>
          {shownEvents.slice(0, PLACE_CARDS).map((event) => (
            <EventCard key={event.id} event={event} index={index} />
          ))}
          {shownEvents.length > PLACE_CARDS && (
            <p className="muted">{t('details.more', { count: tr.number(shownEvents.length - PLACE_CARDS) })}</p>
          )}
        </>
      ) : (
        <p className="muted">{t('details.hint')}</p>
      )}
    </div>
  );
}
