/**
 * Everything measured for one dataset, on a fresh browser: the load until every view is
 * populated, the reader's actions (p50/p95 per kind, input → settled), long main-thread tasks
 * after load and the JS heap. Each part is a "check" that can fail on its own.
 */
import type { Page } from 'playwright-core';
import { heapAfterGc, launchBrowser, openBenchPage } from './browser';
import { ACTION_KINDS, runRound, type ActionKind, type ActionSample } from './reader-actions';
import { percentile, summarize, type Summary } from './stats';
import { STATUS_PATTERN, VIEW_CHECKS } from './views-ready';

export interface BenchDataset {
  /** Short id ("default", "acled-20k"). */
  name: string;
  /** For the table ("default (60)", "ACLED CSV 20k"). */
  label: string;
  events: number;
  /**
   * How the data reaches the app: its own default file, a JSON file swapped in for
   * data/events.json, or a file named by `?data=` (the reader's own route).
   */
  via: 'default' | 'swap' | 'data-url';
  /** URL of the file for 'swap' and 'data-url'. */
  url?: string;
}

export interface ActionSummary extends Summary {
  /** Actions whose expected change never came. */
  failed: number;
  /** Median input → first DOM change. */
  firstMutationP50: number | null;
  /** Longest main-thread task that overlapped an action of this kind. */
  longestTaskMs: number;
}

export interface DatasetResult {
  name: string;
  label: string;
  events: number;
  via: BenchDataset['via'];
  load: { allViewsMs: number | null; runsMs: (number | null)[]; views: Record<string, number | null>; longestTaskMs: number };
  actions: Partial<Record<ActionKind, ActionSummary>>;
  /** Every action's settle time, by kind, in run order (ms, rounded). */
  samples: Partial<Record<ActionKind, number[]>>;
  /** Landmarks that changed in the DOM per action kind (first round): what re-rendered. */
  touched: Partial<Record<ActionKind, string[]>>;
  heap?: { afterLoadMB: number; afterActionsMB: number };
  longestTaskAfterLoadMs?: number;
  longTasksAfterLoadOver100?: number;
  domElements?: Record<string, number>;
  checks: Record<string, string | null>;
}

export interface MeasureOptions {
  baseUrl: string;
  dataset: BenchDataset;
  loads: number;
  rounds: number;
  log: (line: string) => void;
}

/** The page address that loads a dataset. */
export function pageUrl(baseUrl: string, dataset: BenchDataset): string {
  return dataset.via === 'data-url' && dataset.url ? `${baseUrl}/?data=${encodeURIComponent(linkedPath(dataset.url))}` : `${baseUrl}/`;
}

/** Opens a page for the dataset with the in-page helpers installed (and the file swapped in if asked). */
export function openDatasetPage(browser: Awaited<ReturnType<typeof launchBrowser>>, dataset: BenchDataset, holdData = false) {
  const config = { checks: VIEW_CHECKS, statusPattern: STATUS_PATTERN, total: dataset.events };
  const linked = dataset.via === 'data-url' && dataset.url ? { path: linkedPath(dataset.url), url: dataset.url } : undefined;
  return openBenchPage(browser, dataset.via === 'swap' ? (dataset.url ?? null) : null, config, holdData, linked);
}

/** Runs every check for one dataset; never throws (failures are recorded per check). */
export async function measureDataset(options: MeasureOptions): Promise<DatasetResult> {
  const { dataset, log } = options;
  const result: DatasetResult = {
    name: dataset.name,
    label: dataset.label,
    events: dataset.events,
    via: dataset.via,
    load: { allViewsMs: null, runsMs: [], views: {}, longestTaskMs: 0 },
    actions: {},
    samples: {},
    touched: {},
    checks: {},
  };
  const browser = await launchBrowser();
  const check = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await work();
      result.checks[name] = null;
      return value;
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      result.checks[name] = message;
      log(`    ${name}: FAILED: ${message}`);
      return undefined;
    }
  };
  try {
    for (let run = 1; run < options.loads; run++) {
      const extra = await openDatasetPage(browser, dataset);
      result.load.runsMs.push(await loadPage(extra.page, options).then((l) => l.allViewsMs).catch(() => null));
      await extra.page.close();
    }
    const bench = await openDatasetPage(browser, dataset);
    const loaded = await check('load', async () => {
      const load = await loadPage(bench.page, options);
      result.load.views = load.views;
      result.load.longestTaskMs = load.longestTaskMs;
      result.load.runsMs.push(load.allViewsMs);
      return load;
    });
    const runs = result.load.runsMs.filter((ms): ms is number => ms !== null);
    result.load.allViewsMs = runs.length === result.load.runsMs.length && runs.length > 0 ? percentile(runs, 0.5) : null;
    if (!loaded) return result;
    log(`    all views populated in ${result.load.allViewsMs} ms (runs ${result.load.runsMs.join(' / ')})`);

    // Let deferred work after the first paint run before anything is timed.
    await bench.page.waitForTimeout(1000);
    result.domElements = await bench.page.evaluate((labels) => {
      const counts: Record<string, number> = { document: document.getElementsByTagName('*').length };
      for (const label of labels) counts[label] = document.querySelector(`section[aria-label="${label}"]`)?.getElementsByTagName('*').length ?? 0;
      return counts;
    }, ['Filters', 'Timeline', 'Map', 'Charts', 'Events', 'Event details']);
    // The benchmark's own forced garbage collections (for the heap figure) are main-thread tasks
    // too, of 100 ms and more at 150,000 events: their windows are left out of the long tasks.
    const gcWindows: { start: number; end: number }[] = [];
    const measureHeap = async () => {
      const start = await bench.page.evaluate(() => performance.now());
      const mb = await heapAfterGc(bench.cdp);
      gcWindows.push({ start, end: await bench.page.evaluate(() => performance.now()) });
      return mb;
    };
    const heapBefore = await measureHeap();

    const all: ActionSample[] = [];
    await check('actions', async () => {
      // One round to warm up (code paths compiled, caches filled), not counted.
      await runRound(bench.page, 0);
      // A round that cannot go on (nothing to click) is reported; the next round starts afresh.
      const broken: string[] = [];
      for (let round = 1; round <= options.rounds; round++) {
        try {
          all.push(...(await runRound(bench.page, round)));
        } catch (error) {
          broken.push(`round ${round}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
          await bench.page.goto(pageUrl(options.baseUrl, dataset), { waitUntil: 'commit' });
          await bench.page.waitForFunction((views) => views.every((view) => window.__bench?.seen[view]), VIEW_CHECKS.map((c) => c.view), { timeout: 120_000, polling: 100 });
          await bench.page.waitForTimeout(500);
        }
      }
      if (broken.length > 0) throw new Error(broken.join('; '));
    });
    for (const kind of ACTION_KINDS) {
      const ofKind = all.filter((s) => s.kind === kind);
      if (ofKind.length === 0) continue;
      const ok = ofKind.filter((s) => s.changed);
      result.samples[kind] = ok.map((s) => Math.round(s.settledMs * 10) / 10);
      result.touched[kind] = [...new Set(ofKind.slice(0, 2).flatMap((s) => s.touched))];
      result.actions[kind] = {
        ...summarize(ok.map((s) => s.settledMs)),
        failed: ofKind.length - ok.length,
        firstMutationP50: summarize(ok.map((s) => s.firstMutationMs)).p50,
        longestTaskMs: Math.max(0, ...ofKind.map((s) => s.longestTaskMs)),
      };
      const failed = ofKind.filter((s) => !s.changed).map((s) => s.what);
      // A stray click (the pointer landing on a neighbouring marker) is reported in the table;
      // the check fails when the action does not work, i.e. more than a quarter of tries.
      result.checks[`action: ${kind}`] = failed.length * 4 <= ofKind.length ? null : `no change after ${failed.length} of ${ofKind.length}: ${failed.slice(0, 3).join('; ')}`;
    }
    await check('heap', async () => {
      const after = await measureHeap();
      result.heap = { afterLoadMB: Math.round(heapBefore * 10) / 10, afterActionsMB: Math.round(after * 10) / 10 };
    });
    await check('long tasks', async () => {
      const tasks = await bench.page.evaluate(() => window.__bench?.longTasks ?? []);
      const inGc = (t: { start: number; duration: number }) => gcWindows.some((w) => t.start < w.end && t.start + t.duration > w.start);
      const after = tasks.filter((t) => t.start >= loaded.allViewsAt && !inGc(t));
      result.longestTaskAfterLoadMs = Math.round(Math.max(0, ...after.map((t) => t.duration)));
      result.longTasksAfterLoadOver100 = after.filter((t) => t.duration > 100).length;
    });
    return result;
  } finally {
    await browser.close();
  }
}

/** Loads the page and waits until every view is populated. */
async function loadPage(page: Page, options: MeasureOptions) {
  const { dataset } = options;
  const timeout = Math.max(30_000, dataset.events / 2);
  await page.goto(pageUrl(options.baseUrl, dataset), { waitUntil: 'commit' });
  let waitError: unknown;
  try {
    await page.waitForFunction((views) => views.every((view) => window.__bench?.seen[view]), VIEW_CHECKS.map((c) => c.view), { timeout, polling: 100 });
  } catch (error) {
    waitError = error;
  }
  const { seen, tasks } = await page.evaluate(() => ({ seen: window.__bench?.seen ?? {}, tasks: window.__bench?.longTasks ?? [] }));
  const views: Record<string, number | null> = {};
  for (const { view } of VIEW_CHECKS) views[view] = seen[view] ? Math.round(seen[view].at) : null;
  const missing = VIEW_CHECKS.filter((c) => !seen[c.view]);
  if (missing.length > 0) {
    const status = await page.evaluate(() => window.__bench?.statusText() ?? null);
    const cause = waitError instanceof Error ? waitError.message.split('\n')[0] : '';
    throw new Error(`not every view was populated within ${timeout / 1000} s: missing ${missing.map((c) => c.view).join(', ')}; status "${status ?? '-'}". ${cause}`);
  }
  const allViewsAt = Math.max(...VIEW_CHECKS.map((c) => seen[c.view]?.at ?? 0));
  return {
    allViewsAt,
    allViewsMs: Math.round(allViewsAt),
    views,
    longestTaskMs: Math.round(Math.max(0, ...tasks.filter((t) => t.start < allViewsAt).map((t) => t.duration))),
  };
}

/** Where a `?data=` file appears on the app's own site: `bench-data/<file name>`. */
function linkedPath(url: string): string {
  return `bench-data/${new URL(url).pathname.split('/').pop() ?? 'data.csv'}`;
}
