/** Small statistics for timing samples. */

export interface Summary {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

/**
 * Nearest-rank percentile of `values` (q in 0..1), or null for no values.
 * @example percentile([1, 2, 3, 4], 0.5) === 2
 */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** Count, median, 95th percentile and maximum, rounded to 0.1 ms. */
export function summarize(values: readonly number[]): Summary {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    n: values.length,
    p50: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    max: round(values.length ? Math.max(...values) : null),
  };
}
