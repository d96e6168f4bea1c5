import { LocalizedText } from '../../components/localized-text';
import { figureLabel, figureOrder } from '../../domain/core/figure-labels';
import { formatFigure, type EventRecord } from '../../domain/core/model';
import { useT } from '../../state/i18n';

/** Figures as sources state them: ranges stay ranges, each with its note. */
export function EventFigures({ event, textLang }: { event: EventRecord; /** Language of the file's texts (notes), marked where it is not the reader's. */ textLang?: string | undefined }) {
  const tr = useT();
  const keys = figureOrder(Object.keys(event.figures));
  if (keys.length === 0 && !event.otherFigures) return null;
  return (
    <div className="event-figures">
      {keys.length > 0 && (
        <dl>
          {keys.map((key) => {
            const figure = event.figures[key];
            if (!figure) return null;
            return (
              <div key={key} className="figure">
                <dt>{figureLabel(key, tr)}</dt>
                <dd>
                  <span className="figure-value">{formatFigure(figure, tr.locale)}</span>
                  {figure.min !== figure.max && <span className="visually-hidden">{tr.t('figure.range')}</span>}
                  {figure.note && (
                    <span className="figure-note">
                      {' ('}
                      <LocalizedText original={figure.note} translations={undefined} originalLang={textLang} />)
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {event.otherFigures && (
        <p className="other-figures">
          <LocalizedText original={event.otherFigures} translations={undefined} originalLang={textLang} />
        </p>
      )}
    </div>
  );
}
