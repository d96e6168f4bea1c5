import { categoryColor, categoryStyle, symbolPath } from '../domain/core/categories';

/** A small inline symbol (shape + colour) for a category, hidden from screen readers. */
export function CategorySymbol({ category, size = 12 }: { category: string; size?: number }) {
  const r = size / 2 - 1;
  return (
    <svg className="category-symbol" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true" focusable="false">
      <path d={symbolPath(categoryStyle(category).shape, r)} fill={categoryColor(category)} stroke="var(--symbol-stroke)" strokeWidth={1} />
    </svg>
  );
}
