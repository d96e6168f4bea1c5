import { useMemo } from 'react';
import { countFacets } from '../../domain/selection/facets';
import { selectionKey } from '../../domain/selection/filters';
import { useLiveFilters, type DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { ActorFilter } from './actor-filter';
import type { FilterControlsModel } from './filter-controls-model';
import { AttributeFilter } from './attribute-filter';
import { CategoryToggles } from './category-toggles';
import { DateRangeFilter } from './date-range-filter';

/** The filter panel: dates, actors, categories, ACLED sub-types and regions (when the data has them), search, the live count and Reset. */
export function FiltersView({ model }: { model: DashboardModel }) {
  const { index, actions } = model;
  const tr = useT();
  const { t } = tr;
  // Counts follow the views (deferred filters); the controls show the URL at once.
  // Keyed on what the counts use: choosing an event or a place does not recount.
  const facetKey = selectionKey(model.filters, { place: true });
  const facets = useMemo(
    () => countFacets(index, model.filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- facetKey holds every filter the counts use
    [index, facetKey],
  );
  const live = useLiveFilters(index).filters;
  // The controls see the filters as the URL holds them now, and redraw only when one of the
  // filters they show changes: choosing an event or a place leaves every checkbox as it is.
  const controlsKey = selectionKey(live, { place: true });
  const controls = useMemo<FilterControlsModel>(
    () => ({ index, actions, filters: live }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- controlsKey holds every filter the controls show
    [index, actions, controlsKey],
  );
  const filters = live;
  const total = index.events.length;
  const shown = model.shownEvents.length;

  return (
    <div className="filters">
      <h2>{t('view.filters')}</h2>
      <p className="filter-status" role="status">
        {t('status.showing', { shown: tr.number(shown), total })}
      </p>
      <button type="button" className="reset-button" onClick={actions.reset}>
        {t('filters.reset')}
      </button>

      <label className="search-field">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={filters.q}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => actions.setFilters({ q: e.target.value }, 'replace')}
        />
      </label>

      <DateRangeFilter model={controls} />
      <CategoryToggles model={controls} counts={facets.categories} />
      <ActorFilter model={controls} counts={facets.actors} />
      <AttributeFilter model={controls} facet="subTypes" counts={facets.subTypes} />
      <AttributeFilter model={controls} facet="regions" counts={facets.regions} />
    </div>
  );
}
