/** The benchmark's targets, the PASS/MISS verdicts and the printed table. */
import type { JsSize } from './js-size';
import type { SizeResult } from './measure-size';

export interface Verdict {
  target: string;
  /** Measured value in the target's unit, or null when it was not measured. */
  measured: number | null;
  limit: number;
  unit: 'ms' | 'MB' | 'KB';
  /** True when the value must stay strictly below the limit. */
  strict: boolean;
  /** PASS, MISS, or NOT RUN when the size or check was not part of this run. */
  status: 'PASS' | 'MISS' | 'NOT RUN';
}

const verdict = (target: string, measured: number | null | undefined, limit: number, unit: Verdict['unit'], strict = false): Verdict => ({
  target,
  measured: measured ?? null,
  limit,
  unit,
  strict,
  status: measured === null || measured === undefined ? 'NOT RUN' : (strict ? measured < limit : measured <= limit) ? 'PASS' : 'MISS',
});

const sizeLabel = (events: number) => (events >= 1000 ? `${events / 1000}k` : String(events));

/** Compares the results with the project's performance targets (issue 6). */
export function evaluateTargets(sizes: readonly SizeResult[], js: JsSize | null): Verdict[] {
  const at = (events: number) => sizes.find((s) => s.events === events);
  const verdicts: Verdict[] = [
    verdict('All views populated at 150k', at(150_000)?.load.allViewsMs, 4000, 'ms'),
    verdict('Filter change p95 at 150k', at(150_000)?.filterChange?.p95, 100, 'ms'),
    verdict('Filter change p95 at 20k', at(20_000)?.filterChange?.p95, 30, 'ms'),
  ];
  for (const size of sizes) {
    const label = sizeLabel(size.events);
    verdicts.push(verdict(`Longest main-thread task after load at ${label}`, size.longestTaskAfterLoadMs, 200, 'ms'));
    const heap = size.heap ? Math.max(size.heap.afterLoadMB, size.heap.afterChangesMB, size.heap.afterRepeatMB) : undefined;
    verdicts.push(verdict(`JS heap at ${label}`, heap, 300, 'MB'));
    verdicts.push(verdict(`Heap growth over ${size.heap?.changes ?? 50} filter changes at ${label}`, size.heap?.growthMB, 10, 'MB', true));
  }
  verdicts.push(verdict('Initial JS (gzip)', js?.initialGzipKB, 300, 'KB'));
  return verdicts;
}

/** The metric × size table as text. */
export function formatTable(sizes: readonly SizeResult[]): string {
  const fmt = (v: number | null | undefined, unit = 'ms') => (v === null || v === undefined ? '–' : `${v}${unit ? ` ${unit}` : ''}`);
  const rows: [string, (s: SizeResult) => string][] = [
    ['All views populated (median)', (s) => fmt(s.load.allViewsMs)],
    ['  runs', (s) => s.load.runsMs.map((ms) => (ms === null ? '–' : String(ms))).join(' / ')],
    ...Object.keys(sizes[0]?.load.views ?? {}).map(
      (view): [string, (s: SizeResult) => string] => [`  ${view} populated`, (s) => fmt(s.load.views[view]?.ms)],
    ),
    ['  events file sent', (s) => fmt(s.load.dataSentMs)],
    ['Longest task during load', (s) => fmt(s.load.longestTaskMs)],
    ['JS fetched before all views (gzip)', (s) => fmt(s.load.jsBeforeReadyGzipKB, 'KB')],
    ['Filter change p50', (s) => fmt(s.filterChange?.p50)],
    ['Filter change p95', (s) => fmt(s.filterChange?.p95)],
    ['  commit (before paint) p95', (s) => fmt(s.filterChange?.commitP95)],
    ['Filter via controls p95', (s) => fmt(s.filterControls?.p95)],
    ['Select event p50', (s) => fmt(s.selectEvent?.p50)],
    ['Select event p95', (s) => fmt(s.selectEvent?.p95)],
    ['Map zoom (incl. 250 ms anim) p50', (s) => fmt(s.mapZoom?.p50)],
    ['Map redraw after zoomend p95', (s) => fmt(s.mapZoom?.redrawP95)],
    ['Longest task after load', (s) => fmt(s.longestTaskAfterLoadMs)],
    ['JS heap after load', (s) => fmt(s.heap?.afterLoadMB, 'MB')],
    ['JS heap after filter changes', (s) => fmt(s.heap?.afterChangesMB, 'MB')],
    ['Heap growth', (s) => fmt(s.heap?.growthMB, 'MB')],
    ['  same changes again', (s) => fmt(s.heap?.repeatGrowthMB, 'MB')],
    ['DOM elements after load', (s) => fmt(s.domElements?.document, '')],
  ];
  const header = ['Metric', ...sizes.map((s) => `${sizeLabel(s.events)} events`)];
  const body = rows.map(([label, cell]) => [label, ...sizes.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** One line per target. */
export function formatVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts
    .map((v) => {
      const measured = v.measured === null ? 'not measured' : `${v.measured} ${v.unit}`;
      const over = v.status === 'MISS' && v.measured !== null ? ` (over by ${Math.round((v.measured - v.limit) * 10) / 10} ${v.unit})` : '';
      return `${v.status.padEnd(7)} ${v.target}: ${measured}, target ${v.strict ? '<' : '≤'} ${v.limit} ${v.unit}${over}`;
    })
    .join('\n');
}
