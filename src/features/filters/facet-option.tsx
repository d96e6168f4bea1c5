import { memo } from 'react';
import { useT } from '../../state/i18n';

interface FacetOptionProps {
  /** The value's id (actor id, attribute slug), handed to onToggle. */
  value: string;
  label: string;
  count: number;
  checked: boolean;
  /** Stable across renders, so that a new count redraws the count and not the checkbox. */
  onToggle(value: string): void;
}

/** One value of a facet as a checkbox with its count: "Kyiv City (2)". */
export const FacetOption = memo(function FacetOption({ value, label, count, checked, onToggle }: FacetOptionProps) {
  const tr = useT();
  return (
    <li>
      <label>
        <FacetCheckbox value={value} checked={checked} onToggle={onToggle} />
        <span>{label}</span> <span className="count">({tr.number(count)})</span>
      </label>
    </li>
  );
});

/**
 * The checkbox alone, memoised: React 19 rewrites an input's name and type attributes whenever it
 * redraws it, and every count changes on every filter change.
 */
const FacetCheckbox = memo(function FacetCheckbox({ value, checked, onToggle }: Pick<FacetOptionProps, 'value' | 'checked' | 'onToggle'>) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(value)} />;
});
