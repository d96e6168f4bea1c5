import { ATTRIBUTE_FACET_NAMES, attributeLabel } from '../../domain/core/attribute-facets';
import { categoryLabel } from '../../domain/core/categories';
import { formatDay, toDayNumber } from '../../domain/core/calendar-date';
import type { Translator } from '../../domain/core/i18n/translator';
import { localName } from '../../domain/core/localized';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

const day = (date: string, tr: Translator) => {
  const n = toDayNumber(date);
  return n === null ? date : formatDay(n, tr.locale);
};

/** The active filters as chips, each with a button that removes it (a discrete step: Back undoes it). */
function chipsOf({ filters, index, actions }: DashboardModel, tr: Translator): Chip[] {
  const { t } = tr;
  const chips: Chip[] = [];
  if (filters.from !== undefined || filters.to !== undefined) {
    const label =
      filters.from && filters.to
        ? `${day(filters.from, tr)} – ${day(filters.to, tr)}`
        : filters.from
          ? t('chips.from', { date: day(filters.from, tr) })
          : t('chips.until', { date: day(filters.to ?? '', tr) });
    chips.push({ key: 'dates', label, remove: () => actions.setDateRange(undefined, undefined, 'push') });
  }
  for (const category of filters.categories) {
    chips.push({
      key: `category-${category}`,
      label: categoryLabel(category, tr),
      remove: () => actions.setFilters({ categories: filters.categories.filter((c) => c !== category) }, 'push'),
    });
  }
  for (const actor of filters.actors) {
    const known = index.actorById.get(actor);
    const actorName = known ? localName(known, tr.locale) : actor;
    chips.push({
      key: `actor-${actor}`,
      label: filters.match === 'all' && filters.actors.length > 1 ? t('chips.allOf', { name: actorName }) : actorName,
      remove: () => actions.setFilters({ actors: filters.actors.filter((a) => a !== actor) }, 'push'),
    });
  }
  for (const facet of ATTRIBUTE_FACET_NAMES) {
    for (const slug of filters[facet]) {
      chips.push({
        key: `${facet}-${slug}`,
        label: `${t(`facet.${facet}`)}: ${attributeLabel(index.attributes[facet], slug)}`,
        remove: () => actions.setFilters({ [facet]: filters[facet].filter((s) => s !== slug) }, 'push'),
      });
    }
  }
  if (filters.q.trim() !== '') chips.push({ key: 'q', label: `“${filters.q.trim()}”`, remove: () => actions.setFilters({ q: '' }, 'push') });
  if (filters.place !== undefined) {
    const place = index.placeById.get(filters.place);
    chips.push({ key: 'place', label: t('chips.place', { name: place ? localName(place, tr.locale) : filters.place }), remove: () => actions.togglePlace(undefined) });
  }
  return chips;
}

/** "Showing N of M events" and the active filters as removable chips, for the top bar. */
export function FilterSummary({ model }: { model: DashboardModel }) {
  const tr = useT();
  const { t } = tr;
  const chips = chipsOf(model, tr);
  return (
    <div className="filter-summary">
      {/* Not a live region: the Filters panel already announces the count. */}
      <p className="top-status">{t('status.showing', { shown: tr.number(model.shownEvents.length), total: model.index.events.length })}</p>
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label={t('chips.label')}>
          {chips.map((chip) => (
            <li key={chip.key} className="filter-chip">
              <span>{chip.label}</span>
              <button type="button" aria-label={t('chips.remove', { label: chip.label })} onClick={chip.remove}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
