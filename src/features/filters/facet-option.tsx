import { useT } from '../../state/i18n';

/** One value of a facet as a checkbox with its count: "Kyiv City (2)". */
export function FacetOption({ label, count, checked, onToggle }: { label: string; count: number; checked: boolean; onToggle(): void }) {
  const tr = useT();
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        <span>{label}</span> <span className="count">({tr.number(count)})</span>
      </label>
    </li>
  );
}
