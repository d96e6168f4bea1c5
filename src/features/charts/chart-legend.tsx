/** A legend item: how a series is drawn, so that the swatch repeats the mark's colour and pattern or shape. */
export type LegendItem =
  | { kind: 'bar'; label: string; fill: string; stroke?: string }
  | { kind: 'line'; label: string; stroke: string }
  | { kind: 'band'; label: string; fill: string };

/** The chart's key, as a list (read in order by screen readers; the swatches are decorative). */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label}>
          <Swatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {item.kind === 'bar' && <rect x="5" y="1" width="12" height="12" fill={item.fill} stroke={item.stroke ?? 'none'} />}
      {item.kind === 'band' && <rect x="1" y="1" width="20" height="12" fill={item.fill} stroke="var(--cat-talks)" strokeDasharray="2 2" />}
      {item.kind === 'line' && (
        <>
          <line x1="1" y1="7" x2="21" y2="7" stroke={item.stroke} strokeWidth="2" strokeDasharray="4 2" />
          <path d="M 11 3 L 15 7 L 11 11 L 7 7 Z" fill={item.stroke} />
        </>
      )}
    </svg>
  );
}
