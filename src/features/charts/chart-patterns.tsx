import { useId, useMemo } from 'react';

export interface PatternIds {
  injured: string;
}

/** Ids for the SVG patterns, unique per mounted view and safe inside `url(#…)`. */
export function usePatternIds(): PatternIds {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  // The same object on every render, so the memoised charts only redraw when their data changes.
  return useMemo(() => ({ injured: `chart-injured-${base}` }), [base]);
}

/**
 * Fill patterns shared by the charts and their legend, so that a series differs by pattern as well
 * as by colour. Kept in a zero-size SVG rather than display:none, which would stop them painting.
 */
export function ChartPatterns({ ids }: { ids: PatternIds }) {
  return (
    <svg className="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={ids.injured} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--chart-injured-bg)" />
          <rect width="3" height="6" fill="var(--chart-injured)" />
        </pattern>
      </defs>
    </svg>
  );
}
