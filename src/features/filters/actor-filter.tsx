import { pickLocalized } from '../../domain/core/localized';
import { memo, useCallback, useMemo, useState } from 'react';
import { currentFilters } from '../../state/dashboard-model';
import type { Actor } from '../../domain/core/model';
import type { MessageId } from '../../domain/core/i18n/translator';
import type { FilterControlsModel } from './filter-controls-model';
import { FacetOption } from './facet-option';
import { useT } from '../../state/i18n';

const KIND_LABEL: Record<Actor['kind'], MessageId> = { state: 'actorKind.state', person: 'actorKind.person', organization: 'actorKind.organization' };
/** Long imported actor lists are cut to the most frequent; the search box reaches the rest. */
const MAX_LISTED = 60;
/** One collator for every sort: `localeCompare` builds one per call, which costs 100 ms a change with hundreds of actors. */
const byName = new Intl.Collator('en').compare;

/** Multi-select of actors with counts, grouped by kind, and the any/all switch. */
export const ActorFilter = memo(function ActorFilter({ model, counts }: { model: FilterControlsModel; counts: ReadonlyMap<string, number> }) {
  const { index, filters, actions } = model;
  const tr = useT();
  const { t } = tr;
  const [find, setFind] = useState('');
  const selected = new Set(filters.actors);

  const groups = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const chosen = new Set(filters.actors);
    const candidates = index.dataset.actors
      .filter((actor) => chosen.has(actor.id) || (counts.get(actor.id) ?? 0) > 0)
      .filter((actor) => needle === '' || actor.name.toLowerCase().includes(needle))
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName(a.name, b.name))
      .slice(0, MAX_LISTED);
    return (['state', 'person', 'organization'] as const).map((kind) => ({
      kind,
      actors: candidates.filter((actor) => actor.kind === kind),
    }));
  }, [index, counts, find, filters.actors]);

  // Built on the filters as they are when the box is ticked (stable, so the checkboxes keep still).
  const toggle = useCallback(
    (id: string) => {
      const now = currentFilters(index).actors;
      actions.setFilters({ actors: now.includes(id) ? now.filter((a) => a !== id) : [...now, id] });
    },
    [index, actions],
  );

  return (
    <fieldset className="actor-filter">
      <legend>{t('filters.actors')}</legend>
      <div className="match-switch" role="radiogroup" aria-label={t('filters.matchActors')}>
        <label>
          <input type="radio" name="actor-match" checked={filters.match === 'any'} onChange={() => actions.setFilters({ match: 'any' })} />
          {t('filters.matchAny')}
        </label>
        <label>
          <input type="radio" name="actor-match" checked={filters.match === 'all'} onChange={() => actions.setFilters({ match: 'all' })} />
          {t('filters.matchAll')}
        </label>
      </div>
      <label className="actor-find">
        <span>{t('filters.findActor')}</span>
        <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
      </label>
      <div className="actor-lists">
        {groups.map(({ kind, actors }) =>
          actors.length === 0 ? null : (
            <div key={kind} className="actor-group" role="group" aria-label={t(KIND_LABEL[kind])}>
              <h3>{t(KIND_LABEL[kind])}</h3>
              <ul>
                {actors.map((actor, slot) => (
                  <FacetOption
                    // By place in the list, not by actor: a filter that reorders the counts rewrites
                    // each row's words in place, where keyed rows were moved (each move restyled and
                    // laid out the row again). Ticking an actor never reorders this list (its own
                    // filter does not change its counts), so the box under the focus keeps its actor.
                    key={slot}
                    value={actor.id}
                    label={pickLocalized(actor.name, actor.name_i18n, tr.locale, index.dataset.meta.lang).text}
                    count={counts.get(actor.id) ?? 0}
                    checked={selected.has(actor.id)}
                    onToggle={toggle}
                  />
                ))}
              </ul>
            </div>
          ),
        )}
      </div>
    </fieldset>
  );
});
