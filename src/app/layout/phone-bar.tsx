import type { DashboardModel } from '../../state/dashboard-model';

/** The views a phone reader switches between; each is a landmark further down the page. */
const PHONE_VIEWS = [
  { id: 'view-map', label: 'Map' },
  { id: 'view-timeline', label: 'Timeline' },
  { id: 'view-charts', label: 'Charts' },
  { id: 'view-events', label: 'Events' },
] as const;

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
  const shown = model.shownEvents.length.toLocaleString('en-US');
  const total = model.index.events.length.toLocaleString('en-US');
  return (
    <div className="phone-bar">
      <div className="phone-bar-row">
        <p className="phone-status">
          Showing {shown} of {total} events
        </p>
        <button type="button" className="phone-filters-button" aria-expanded={filtersOpen} aria-controls="view-filters" onClick={onOpenFilters}>
          Filters
        </button>
      </div>
      <nav className="view-switcher" aria-label="Views">
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
            {label}
          </a>
        ))}
      </nav>
    </div>
  );
}
