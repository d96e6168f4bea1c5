import { CategorySymbol } from '../../components/category-symbol';
import { ATTRIBUTE_FACET_NAMES, ATTRIBUTE_FACETS } from '../../domain/core/attribute-facets';
import { categoryLabel } from '../../domain/core/categories';
import type { MessageId } from '../../domain/core/i18n/translator';
import { useT } from '../../state/i18n';
import { eventDateLabel } from '../../components/event-date';
import { SourceLink } from '../../components/source-link';
import type { EventIndex } from '../../domain/core/event-index';
import type { EventRecord } from '../../domain/core/model';
import { EventFigures } from './event-figures';

const PRECISION_NOTE: Record<EventRecord['datePrecision'], MessageId | undefined> = {
  day: undefined,
  approximate: 'event.approximate',
  month: 'event.monthOnly',
  year: 'event.yearOnly',
};

/** Everything known about one event, with its sources and how sure they are. */
export function EventCard({ event, index, headingLevel = 3 }: { event: EventRecord; index: EventIndex; headingLevel?: 3 | 4 }) {
  const tr = useT();
  const { t } = tr;
  const note = PRECISION_NOTE[event.datePrecision];
  const place = event.place === null ? undefined : index.placeById.get(event.place);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const hasLink = event.sources.some((s) => s.url !== undefined);
  return (
    <article className="event-card" aria-label={event.title}>
      <Heading className="event-title">{event.title}</Heading>
      <p className="event-meta">
        <span className="event-category">
          <CategorySymbol category={event.category} /> {categoryLabel(event.category, tr)}
        </span>
        {' · '}
        <time dateTime={event.date}>{eventDateLabel(event, tr.locale)}</time>
        {note && <span className="muted"> ({t(note)})</span>}
      </p>
      <p className="event-place">
        <strong>{t('event.place')}</strong>
        {place ? `${place.name}${place.country ? `, ${place.country}` : ''}` : t('event.noPlace')}
        {event.geoNote && <span className="muted"> — {event.geoNote}</span>}
      </p>
      <EventAttributes event={event} />
      <EventFigures event={event} />
      {event.summary && <p className="event-summary">{event.summary}</p>}
      {event.actors.length > 0 && (
        <div className="event-actors">
          <strong>{t('event.actors')}</strong>
          <ul>
            {event.actors.map((ref) => (
              <li key={`${ref.id}-${ref.role}`}>
                {index.actorById.get(ref.id)?.name ?? ref.id} <span className="muted">({ref.role})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="event-sources">
        <strong>{hasLink ? t('event.sources') : t('event.sourcesNoLink')}</strong>
        <ul>
          {event.sources.map((source, i) => (
            <li key={i}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      </div>
      {event.confidence && (
        <p className="event-confidence">
          <strong>{t('event.confidence')}</strong>
          {event.confidence}
        </p>
      )}
    </article>
  );
}

/** ACLED's sub-type and region, the values the Filters rail offers (nothing when the event has neither). */
function EventAttributes({ event }: { event: EventRecord }) {
  const tr = useT();
  const { attributes } = event;
  if (attributes === undefined) return null;
  // Names come from data: an own-property check, so "constructor" is never a function here.
  const shown = ATTRIBUTE_FACET_NAMES.flatMap((facet) => {
    const name = ATTRIBUTE_FACETS[facet];
    const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    return value ? [{ facet, value }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <p className="event-attributes">
      {shown.map(({ facet, value }, i) => (
        <span key={facet}>
          {i > 0 && ' · '}
          <strong>{tr.t(`facet.${facet}`)}: </strong>
          {value}
        </span>
      ))}
    </p>
  );
}
