import type { MessageId } from '../../domain/core/i18n/translator';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';

/** The views a phone reader switches between; each is a landmark further down the page. */
const PHONE_VIEWS: readonly { id: string; label: MessageId }[] = [
  { id: 'view-map', label: 'view.map' },
  { id: 'view-timeline', label: 'view.timeline' },
  { id: 'view-charts', label: 'view.charts' },
  { id: 'view-events', label: 'view.events' },
];

interface Props {
  model: DashboardModel;
  filtersOpen: boolean;
  onOpenFilters(): void;
}

/**
 * Phones only (hidden by CSS elsewhere): a bar that stays at the top with the count, a Filters
 * button (the filters open as a sheet) and a switcher that brings a view to the top of the screen.
 */
export function PhoneBar({ model, filtersOpen, onOpenFilters }: Props) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className="phone-bar">
      <div className="phone-bar-row">
        <p className="phone-status">{t('status.showing', { shown: tr.number(model.shownEvents.length), total: model.index.events.length })}</p>
        <button type="button" className="phone-filters-button" aria-expanded={filtersOpen} aria-controls="view-filters" onClick={onOpenFilters}>
          {t('view.filters')}
        </button>
      </div>
      <nav className="view-switcher" aria-label={t('view.views')}>
        {PHONE_VIEWS.map(({ id, label }) => (
          <a
            key={id}
            href={`#${id}`}
            onClick={(event) => {
              event.preventDefault();
              const view = document.getElementById(id);
              view?.scrollIntoView({ block: 'start' });
              view?.focus({ preventScroll: true });
            }}
          >
            {t(label)}
          </a>
        ))}
      </nav>
    </div>
  );
}
