/** The benchmark's targets (issue 12), the PASS/MISS verdicts and the printed tables. */
import type { JsSize } from './js-size';
import type { DatasetResult } from './measure-dataset';
import { ACTION_KINDS, ACTION_LABELS } from './reader-actions';

export interface Verdict {
  target: string;
  /** Measured value in the target's unit, or null when it was not measured. */
  measured: number | null;
  limit: number;
  unit: 'ms' | 'MB' | 'KB';
  /** PASS, MISS, or NOT RUN when the dataset or check was not part of this run. */
  status: 'PASS' | 'MISS' | 'NOT RUN';
}

const verdict = (target: string, measured: number | null | undefined, limit: number, unit: Verdict['unit']): Verdict => ({
  target,
  measured: measured ?? null,
  limit,
  unit,
  status: measured === null || measured === undefined ? 'NOT RUN' : measured <= limit ? 'PASS' : 'MISS',
});

/** p95 limit of every action for a dataset of this many events: 50 ms up to 20k, 100 ms beyond. */
export function actionLimitMs(events: number): number {
  return events > 20_000 ? 100 : 50;
}

/** Compares the results with the targets of issue 12. */
export function evaluateTargets(results: readonly DatasetResult[], js: JsSize | null): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const r of results) {
    const limit = actionLimitMs(r.events);
    for (const kind of ACTION_KINDS) {
      const summary = r.actions[kind];
      if (summary) verdicts.push(verdict(`${r.label}: ${ACTION_LABELS[kind]} p95`, summary.p95, limit, 'ms'));
    }
    if (r.events > 20_000) {
      verdicts.push(verdict(`${r.label}: all views populated`, r.load.allViewsMs, 4000, 'ms'));
      verdicts.push(verdict(`${r.label}: longest main-thread task after load`, r.longestTaskAfterLoadMs, 100, 'ms'));
    }
    const heap = r.heap ? Math.max(r.heap.afterLoadMB, r.heap.afterActionsMB) : undefined;
    verdicts.push(verdict(`${r.label}: JS heap`, heap, 300, 'MB'));
  }
  verdicts.push(verdict('Initial JS (gzip)', js?.initialGzipKB, 300, 'KB'));
  return verdicts;
}

/**
 * In smoke runs only gross misses fail: the machine is shared, and at a load average of 17 on
 * two cores every figure was seen 5–20 times its quiet value. A median (robust to a few stalls)
 * over SMOKE_GROSS_FACTOR × the target means something is broken, not busy.
 */
export const SMOKE_GROSS_FACTOR = 40;

/** Smoke-run failures: an action whose median is over SMOKE_GROSS_FACTOR × its p95 target. */
export function grossMisses(results: readonly DatasetResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const limit = actionLimitMs(r.events) * SMOKE_GROSS_FACTOR;
    for (const kind of ACTION_KINDS) {
      const p50 = r.actions[kind]?.p50;
      if (p50 !== null && p50 !== undefined && p50 > limit) out.push(`${r.label}: ${ACTION_LABELS[kind]} p50 ${p50} ms > ${limit} ms`);
    }
  }
  return out;
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const fmt = (v: number | null | undefined, unit = ' ms') => (v === null || v === undefined ? '–' : `${Math.round(v)}${unit}`);

/** Per action kind: p50 / p95 (n) for every dataset, then load, long tasks and heap. */
export function formatTable(results: readonly DatasetResult[]): string {
  const header = ['Input → every view settled, p50 / p95 (n)', ...results.map((r) => r.label)];
  const body: string[][] = ACTION_KINDS.map((kind) => [
    ACTION_LABELS[kind],
    ...results.map((r) => {
      const s = r.actions[kind];
      if (!s) return '–';
      const flag = s.p95 !== null && s.p95 > actionLimitMs(r.events) ? ' *' : '';
      return `${fmt(s.p50, '')} / ${fmt(s.p95, '')} ms (${s.n}${s.failed ? `, ${s.failed} failed` : ''})${flag}`;
    }),
  ]);
  body.push(['  target (p95)', ...results.map((r) => `≤ ${actionLimitMs(r.events)} ms`)]);
  body.push(['All views populated (median of loads)', ...results.map((r) => fmt(r.load.allViewsMs))]);
  body.push(['Longest task during load', ...results.map((r) => fmt(r.load.longestTaskMs))]);
  body.push(['Longest task after load (tasks > 100 ms)', ...results.map((r) => `${fmt(r.longestTaskAfterLoadMs)} (${r.longTasksAfterLoadOver100 ?? '–'})`)]);
  body.push(['JS heap after load / after actions', ...results.map((r) => (r.heap ? `${Math.round(r.heap.afterLoadMB)} / ${Math.round(r.heap.afterActionsMB)} MB` : '–'))]);
  body.push(['DOM elements after load', ...results.map((r) => fmt(r.domElements?.document, ''))]);
  return `${table(header, body)}\n(* = p95 over the target)`;
}

/** One line per target. */
export function formatVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts
    .map((v) => {
      const measured = v.measured === null ? 'not measured' : `${v.measured} ${v.unit}`;
      const over = v.status === 'MISS' && v.measured !== null ? ` (over by ${Math.round((v.measured - v.limit) * 10) / 10} ${v.unit})` : '';
      return `${v.status.padEnd(7)} ${v.target}: ${measured}, target ≤ ${v.limit} ${v.unit}${over}`;
    })
    .join('\n');
}
