import { figureLabel, figureOrder } from '../../domain/core/figure-labels';
import { formatFigure, type EventRecord } from '../../domain/core/model';

/** Figures as sources state them: ranges stay ranges, each with its note. */
export function EventFigures({ event }: { event: EventRecord }) {
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
                <dt>{figureLabel(key)}</dt>
                <dd>
                  <span className="figure-value">{formatFigure(figure)}</span>
                  {figure.min !== figure.max && <span className="visually-hidden"> (a range: sources differ)</span>}
                  {figure.note && <span className="figure-note"> ({figure.note})</span>}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {event.otherFigures && <p className="other-figures">{event.otherFigures}</p>}
    </div>
  );
}
