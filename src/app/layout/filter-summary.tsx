import { ATTRIBUTE_FACET_LABELS, ATTRIBUTE_FACET_NAMES, attributeLabel } from '../../domain/core/attribute-facets';
import { categoryStyle } from '../../domain/core/categories';
import { formatDay, toDayNumber } from '../../domain/core/calendar-date';
import type { DashboardModel } from '../../state/dashboard-model';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

const day = (date: string) => {
  const n = toDayNumber(date);
  return n === null ? date : formatDay(n);
};

/** The active filters as chips, each with a button that removes it (a discrete step: Back undoes it). */
function chipsOf({ filters, index, actions }: DashboardModel): Chip[] {
  const chips: Chip[] = [];
  if (filters.from !== undefined || filters.to !== undefined) {
    const label = filters.from && filters.to ? `${day(filters.from)} – ${day(filters.to)}` : filters.from ? `From ${day(filters.from)}` : `Until ${day(filters.to ?? '')}`;
    chips.push({ key: 'dates', label, remove: () => actions.setDateRange(undefined, undefined, 'push') });
  }
  for (const category of filters.categories) {
    chips.push({
      key: `category-${category}`,
      label: categoryStyle(category).label,
      remove: () => actions.setFilters({ categories: filters.categories.filter((c) => c !== category) }, 'push'),
    });
  }
  for (const actor of filters.actors) {
    chips.push({
      key: `actor-${actor}`,
      label: `${filters.match === 'all' && filters.actors.length > 1 ? 'All of: ' : ''}${index.actorById.get(actor)?.name ?? actor}`,
      remove: () => actions.setFilters({ actors: filters.actors.filter((a) => a !== actor) }, 'push'),
    });
  }
  for (const facet of ATTRIBUTE_FACET_NAMES) {
    for (const slug of filters[facet]) {
      chips.push({
        key: `${facet}-${slug}`,
        label: `${ATTRIBUTE_FACET_LABELS[facet].title}: ${attributeLabel(index.attributes[facet], slug)}`,
        remove: () => actions.setFilters({ [facet]: filters[facet].filter((s) => s !== slug) }, 'push'),
      });
    }
  }
  if (filters.q.trim() !== '') chips.push({ key: 'q', label: `“${filters.q.trim()}”`, remove: () => actions.setFilters({ q: '' }, 'push') });
  if (filters.place !== undefined) {
    chips.push({ key: 'place', label: `Place: ${index.placeById.get(filters.place)?.name ?? filters.place}`, remove: () => actions.togglePlace(undefined) });
  }
  return chips;
}

/** "Showing N of M events" and the active filters as removable chips, for the top bar. */
export function FilterSummary({ model }: { model: DashboardModel }) {
  const chips = chipsOf(model);
  const shown = model.shownEvents.length.toLocaleString('en-US');
  const total = model.index.events.length.toLocaleString('en-US');
  return (
    <div className="filter-summary">
      {/* Not a live region: the Filters panel already announces the count. */}
      <p className="top-status">
        Showing {shown} of {total} events
      </p>
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key} className="filter-chip">
              <span>{chip.label}</span>
              <button type="button" aria-label={`Remove filter: ${chip.label}`} onClick={chip.remove}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
