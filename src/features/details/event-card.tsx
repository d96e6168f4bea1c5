import { LocalizedText, useLocalized } from '../../components/localized-text';
import { CategorySymbol } from '../../components/category-symbol';
import { ATTRIBUTE_FACET_NAMES, ATTRIBUTE_FACETS } from '../../domain/core/attribute-facets';
import { categoryLabel } from '../../domain/core/categories';
import { localCountryName } from '../../domain/core/country-names';
import { baseLanguage, DEFAULT_ORIGINAL_LANG } from '../../domain/core/localized';
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
  // Texts from data in the reader's language where the file translates them (contract 1.1).
  const textLang = event.lang ?? index.dataset.meta.lang;
  const title = useLocalized(event.title, event.title_i18n, textLang);
  const placeLang = index.dataset.meta.lang;
  return (
    <article className="event-card" aria-label={title.text}>
      <Heading className="event-title">
        <LocalizedText original={event.title} translations={event.title_i18n} originalLang={textLang} />
      </Heading>
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
        {place ? (
          <>
            <LocalizedText original={place.name} translations={place.name_i18n} originalLang={placeLang} />
            {place.country && (
              <>
                {', '}
                <CountryName country={place.country} originalLang={placeLang} />
              </>
            )}
          </>
        ) : (
          t('event.noPlace')
        )}
        {event.geoNote && (
          <span className="muted">
            {' — '}
            <LocalizedText original={event.geoNote} translations={undefined} originalLang={textLang} />
          </span>
        )}
      </p>
      <EventAttributes event={event} />
      <EventFigures event={event} textLang={textLang} />
      {event.summary && (
        <p className="event-summary">
          <LocalizedText original={event.summary} translations={event.summary_i18n} originalLang={textLang} />
        </p>
      )}
      {event.actors.length > 0 && (
        <div className="event-actors">
          <strong>{t('event.actors')}</strong>
          <ul>
            {event.actors.map((ref) => (
              <li key={`${ref.id}-${ref.role}`}>
                <ActorName index={index} id={ref.id} /> <span className="muted">({ref.role})</span>
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
          <LocalizedText original={event.confidence} translations={undefined} originalLang={textLang} />
        </p>
      )}
    </article>
  );
}

function ActorName({ index, id }: { index: EventIndex; id: string }) {
  const actor = index.actorById.get(id);
  return actor ? <LocalizedText original={actor.name} translations={actor.name_i18n} originalLang={index.dataset.meta.lang} /> : <>{id}</>;
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

/**
 * A place's country in the reader's language when the data names it in English and the browser
 * knows the name; otherwise as written, marked with its language when that is not the reader's.
 */
function CountryName({ country, originalLang = DEFAULT_ORIGINAL_LANG }: { country: string; originalLang?: string | undefined }) {
  const { locale } = useT();
  const original = baseLanguage(originalLang);
  if (original === locale) return <>{country}</>;
  const local = original === 'en' ? localCountryName(country, locale) : undefined;
  return local ? <>{local}</> : <span lang={originalLang}>{country}</span>;
}
