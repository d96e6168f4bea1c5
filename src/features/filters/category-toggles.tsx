import { memo } from 'react';
import { CategorySymbol } from '../../components/category-symbol';
import { categoryLabel } from '../../domain/core/categories';
import { KNOWN_CATEGORIES } from '../../domain/core/model';
import type { FilterControlsModel } from './filter-controls-model';
import { useT } from '../../state/i18n';

/**
 * Category toggles that double as the legend of every view (same colour and shape).
 * No category pressed means all are shown.
 */
export const CategoryToggles = memo(function CategoryToggles({ model, counts }: { model: FilterControlsModel; counts: ReadonlyMap<string, number> }) {
  const { index, filters, actions } = model;
  const tr = useT();
  const { t } = tr;
  const known: readonly string[] = KNOWN_CATEGORIES;
  const categories = [...known.filter((c) => index.categories.includes(c)), ...index.categories.filter((c) => !known.includes(c))];
  const toggle = (category: string) => {
    const active = filters.categories.includes(category);
    actions.setFilters({ categories: active ? filters.categories.filter((c) => c !== category) : [...filters.categories, category] });
  };
  return (
    <fieldset className="category-toggles">
      <legend>{filters.categories.length === 0 ? t('filters.categoriesAll') : t('filters.categories')}</legend>
      <ul>
        {categories.map((category) => (
          <li key={category}>
            <button type="button" aria-pressed={filters.categories.includes(category)} onClick={() => toggle(category)}>
              <CategorySymbol category={category} size={14} />
              <span>{categoryLabel(category, tr)}</span>
              <span className="count">{tr.number(counts.get(category) ?? 0)}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
