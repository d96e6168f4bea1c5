import { memo, useCallback, useMemo, useState } from 'react';
import type { AttributeFacet } from '../../domain/core/attribute-facets';
import { currentFilters } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import type { FilterControlsModel } from './filter-controls-model';
import { FacetOption } from './facet-option';

/** Above this many values the facet gets a search box (ACLED has about 25 sub-types and 27 oblasts). */
const SEARCHABLE_FROM = 10;
const byName = new Intl.Collator('en').compare;

/**
 * Multi-select of one attribute's values (ACLED sub-type or region) with counts, like the
 * actors. Renders nothing when no event has the attribute.
 */
export const AttributeFilter = memo(function AttributeFilter({ model, facet, counts }: { model: FilterControlsModel; facet: AttributeFacet; counts: ReadonlyMap<string, number> }) {
  const { index, filters, actions } = model;
  const column = index.attributes[facet];
  const [find, setFind] = useState('');
  const chosen = filters[facet];
  const { t } = useT();

  const values = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const selected = new Set(chosen);
    return column.slugs
      .map((slug, code) => ({ slug, label: column.labels[code] ?? slug, count: counts.get(slug) ?? 0 }))
      .filter((value) => selected.has(value.slug) || value.count > 0)
      .filter((value) => needle === '' || value.label.toLowerCase().includes(needle))
      .sort((a, b) => b.count - a.count || byName(a.label, b.label));
  }, [column, counts, find, chosen]);

  // Built on the filters as they are when the box is ticked (stable, so the checkboxes keep still).
  const toggle = useCallback(
    (slug: string) => {
      const now = currentFilters(index)[facet];
      actions.setFilters({ [facet]: now.includes(slug) ? now.filter((s) => s !== slug) : [...now, slug] });
    },
    [index, actions, facet],
  );
  if (column.slugs.length === 0) return null;

  return (
    <fieldset className="attribute-filter">
      <legend>{t(`facet.${facet}`)}</legend>
      {column.slugs.length > SEARCHABLE_FROM && (
        <label className="actor-find">
          <span>{t(`facet.find.${facet}`)}</span>
          <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
        </label>
      )}
      {/* The actor list's classes: the same look, and the same scrolling inside the rail. */}
      <div className="actor-lists">
        <div className="actor-group">
          <ul>
            {values.map((value, slot) => (
              <FacetOption
                // By place in the list, as the actor list does (see actor-filter.tsx).
                key={slot}
                value={value.slug}
                label={value.label}
                count={value.count}
                checked={chosen.includes(value.slug)}
                onToggle={toggle}
              />
            ))}
          </ul>
        </div>
      </div>
    </fieldset>
  );
});
