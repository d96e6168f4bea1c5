import { CategorySymbol } from '../../components/category-symbol';
import { categoryStyle } from '../../domain/core/categories';
import { KNOWN_CATEGORIES } from '../../domain/core/model';
import type { DashboardModel } from '../../state/dashboard-model';

/**
 * Category toggles that double as the legend of every view (same colour and shape).
 * No category pressed means all are shown.
 */
export function CategoryToggles({ model, counts }: { model: DashboardModel; counts: ReadonlyMap<string, number> }) {
  const { index, filters, actions } = model;
  const known: readonly string[] = KNOWN_CATEGORIES;
  const categories = [...known.filter((c) => index.categories.includes(c)), ...index.categories.filter((c) => !known.includes(c))];
  const toggle = (category: string) => {
    const active = filters.categories.includes(category);
    actions.setFilters({ categories: active ? filters.categories.filter((c) => c !== category) : [...filters.categories, category] });
  };
  return (
    <fieldset className="category-toggles">
      <legend>Categories {filters.categories.length === 0 ? '(all shown)' : ''}</legend>
      <ul>
        {categories.map((category) => (
          <li key={category}>
            <button type="button" aria-pressed={filters.categories.includes(category)} onClick={() => toggle(category)}>
              <CategorySymbol category={category} size={14} />
              <span>{categoryStyle(category).label}</span>
              <span className="count">{(counts.get(category) ?? 0).toLocaleString('en-US')}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
