import { CategorySymbol } from '../../components/category-symbol';
import { ATTRIBUTE_FACET_LABELS, ATTRIBUTE_FACET_NAMES, ATTRIBUTE_FACETS } from '../../domain/core/attribute-facets';
import { categoryStyle } from '../../domain/core/categories';
import { eventDateLabel } from '../../components/event-date';
import { SourceLink } from '../../components/source-link';
import type { EventIndex } from '../../domain/core/event-index';
import type { EventRecord } from '../../domain/core/model';
import { EventFigures } from './event-figures';

const PRECISION_NOTE = {
  day: '',
  approximate: 'Date approximate.',
  month: 'Only the month is known.',
  year: 'Only the year is known.',
} as const;

/** Everything known about one event, with its sources and how sure they are. */
export function EventCard({ event, index, headingLevel = 3 }: { event: EventRecord; index: EventIndex; headingLevel?: 3 | 4 }) {
  const place = event.place === null ? undefined : index.placeById.get(event.place);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const hasLink = event.sources.some((s) => s.url !== undefined);
  return (
    <article className="event-card" aria-label={event.title}>
      <Heading className="event-title">{event.title}</Heading>
      <p className="event-meta">
        <span className="event-category">
          <CategorySymbol category={event.category} /> {categoryStyle(event.category).label}
        </span>
        {' · '}
        <time dateTime={event.date}>{eventDateLabel(event)}</time>
        {PRECISION_NOTE[event.datePrecision] && <span className="muted"> ({PRECISION_NOTE[event.datePrecision]})</span>}
      </p>
      <p className="event-place">
        <strong>Place: </strong>
        {place ? `${place.name}${place.country ? `, ${place.country}` : ''}` : 'No disclosed place (not on the map)'}
        {event.geoNote && <span className="muted"> — {event.geoNote}</span>}
      </p>
      <EventAttributes event={event} />
      <EventFigures event={event} />
      {event.summary && <p className="event-summary">{event.summary}</p>}
      {event.actors.length > 0 && (
        <div className="event-actors">
          <strong>Actors: </strong>
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
        <strong>Sources{hasLink ? '' : ' (none with a link)'}: </strong>
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
          <strong>Confidence: </strong>
          {event.confidence}
        </p>
      )}
    </article>
  );
}

/** ACLED's sub-type and region, the values the Filters rail offers (nothing when the event has neither). */
function EventAttributes({ event }: { event: EventRecord }) {
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
          <strong>{ATTRIBUTE_FACET_LABELS[facet].title}: </strong>
          {value}
        </span>
      ))}
    </p>
  );
}
