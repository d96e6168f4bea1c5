/**
 * Everything measured for one dataset size, on a fresh browser: load until every view is
 * populated, filter changes (by URL and through the controls), selecting events, map zoom,
 * long tasks and the JS heap. Each part is a "check" that can fail on its own.
 */
import type { ElementHandle, Page } from 'playwright-core';
import { heapAfterGc, launchBrowser, openBenchPage, type BenchPage } from './browser';
import type { Action, ChangeTiming, Until } from './in-page';
import { middleDate, type Scenarios } from './scenarios';
import { percentile, summarize, type Summary } from './stats';
import { STATUS_PATTERN, VIEW_CHECKS } from './views-ready';

export interface Iterations {
  /** Page loads per size; the reported load time is their median. */
  loads: number;
  filters: number;
  selects: number;
  zooms: number;
}

export interface SizeResult {
  events: number;
  load: {
    /** Navigation start to the first frame in which every view was populated (null: some never was); median of the runs. */
    allViewsMs: number | null;
    /** Every load's all-views time, in run order (the last run is the page measured further). */
    runsMs: (number | null)[];
    views: Record<string, { ms: number | null; selector: string | null }>;
    /** Navigation start to the moment the data server finished sending the events file. */
    dataSentMs: number | null;
    longestTaskMs: number;
    /** Paths of the .js files the page fetched before every view was populated (lazy chunks and workers included). */
    jsBeforeReady: string[];
    /** Their gzip size, filled in by the runner (which knows dist/). */
    jsBeforeReadyGzipKB?: number;
  };
  filterChange?: Summary & { commitP95: number | null; unchanged: number; wrongCounts: string[]; lateViews: string[] };
  filterControls?: Record<string, number | null> & { p95: number | null };
  selectEvent?: Summary & { unchanged: number };
  mapZoom?: Summary & { redrawP50: number | null; redrawP95: number | null; animated: number };
  /**
   * Heap after load, after the filter steps, and after the same steps again: the first growth
   * includes caches built once (e.g. the search text on the first search); the second is the leak.
   */
  heap?: { afterLoadMB: number; afterChangesMB: number; growthMB: number; changes: number; afterRepeatMB: number; repeatGrowthMB: number };
  /** Elements in the document and per landmark after load (DOM size drives style and layout time). */
  domElements?: Record<string, number>;
  longestTaskAfterLoadMs?: number;
  longTasksAfterLoadOver200?: number;
  /** Longest main-thread task per phase after load ("settling" = after load, before any input). */
  longestTaskByPhase?: Record<string, number>;
  /** One entry per check: null when it ran, else the error. */
  checks: Record<string, string | null>;
}

export interface SizeContext {
  baseUrl: string;
  dataUrl: string;
  /** Wall-clock ms when the data server finished sending the file, read after load. */
  dataSentAt: () => number | null;
  scenarios: Scenarios;
  iterations: Iterations;
  log: (line: string) => void;
}

const CHANGE_TIMEOUT_MS = 10_000;

/** Runs every check for one size; never throws (failures are recorded per check). */
export async function measureSize(ctx: SizeContext): Promise<SizeResult> {
  const total = ctx.scenarios.index.events.length;
  const result: SizeResult = {
    events: total,
    load: { allViewsMs: null, runsMs: [], views: {}, dataSentMs: null, longestTaskMs: 0, jsBeforeReady: [] },
    checks: {},
  };
  const browser = await launchBrowser();
  const config = { checks: VIEW_CHECKS, statusPattern: STATUS_PATTERN, total };
  try {
    // Extra loads first, each on its own page; the last load's page is the one measured further.
    for (let run = 1; run < ctx.iterations.loads; run++) {
      const extra = await openBenchPage(browser, ctx.dataUrl, config);
      const scratch: SizeResult = { ...result, load: { ...result.load, views: {} } };
      result.load.runsMs.push((await measureLoad(extra.page, ctx, scratch, total).catch(() => null)) === null ? null : scratch.load.allViewsMs);
      await extra.page.close();
    }
    const bench = await openBenchPage(browser, ctx.dataUrl, config);
    const loadedAt = await check(result, 'load', ctx, () => measureLoad(bench.page, ctx, result, total));
    result.load.runsMs.push(result.load.allViewsMs);
    const runs = result.load.runsMs.filter((ms): ms is number => ms !== null);
    if (runs.length === result.load.runsMs.length) result.load.allViewsMs = percentile(runs, 0.5);
    if (loadedAt === undefined) return result;

    const phases: { name: string; start: number }[] = [{ name: 'settling', start: loadedAt }];
    const phase = async (name: string) => phases.push({ name, start: await bench.page.evaluate(() => performance.now()) });
    // Let deferred work after the first paint run before anything is timed.
    await bench.page.waitForTimeout(1000);
    result.domElements = await bench.page.evaluate((labels) => {
      const counts: Record<string, number> = { document: document.getElementsByTagName('*').length };
      for (const label of labels) counts[label] = document.querySelector(`[aria-label="${label}"]`)?.getElementsByTagName('*').length ?? 0;
      return counts;
    }, VIEW_CHECKS.map((c) => c.landmark));
    const heapBefore = await heapAfterGc(bench.cdp);
    await phase('filter changes');
    await check(result, 'filter changes', ctx, () => measureFilters(bench.page, ctx, result));
    await phase('filter changes (heap round)');
    await check(result, 'heap', ctx, async () => {
      const after = await heapAfterGc(bench.cdp);
      for (const step of ctx.scenarios.filterSteps) await change(bench.page, { kind: 'url', search: step.search }, { kind: 'status-change' });
      const repeat = await heapAfterGc(bench.cdp);
      const round = (v: number) => Math.round(v * 10) / 10;
      result.heap = {
        afterLoadMB: round(heapBefore),
        afterChangesMB: round(after),
        growthMB: round(after - heapBefore),
        changes: ctx.scenarios.filterSteps.length,
        afterRepeatMB: round(repeat),
        repeatGrowthMB: round(repeat - after),
      };
    });
    await phase('filter controls');
    await check(result, 'filter controls', ctx, () => measureControls(bench, ctx, result));
    await phase('select event');
    await check(result, 'select event', ctx, () => measureSelect(bench.page, ctx, result));
    await phase('map zoom');
    await check(result, 'map zoom', ctx, () => measureZoom(bench.page, ctx, result));
    await check(result, 'long tasks', ctx, async () => {
      const tasks = await bench.page.evaluate(() => window.__bench?.longTasks ?? []);
      const after = tasks.filter((t) => t.start >= loadedAt);
      result.longestTaskAfterLoadMs = Math.round(Math.max(0, ...after.map((t) => t.duration)));
      result.longTasksAfterLoadOver200 = after.filter((t) => t.duration > 200).length;
      const byPhase: Record<string, number> = {};
      for (const task of after) {
        const name = phases.filter((p) => p.start <= task.start).pop()?.name ?? 'settling';
        byPhase[name] = Math.max(byPhase[name] ?? 0, Math.round(task.duration));
      }
      result.longestTaskByPhase = byPhase;
    });
    return result;
  } finally {
    await browser.close();
  }
}

async function check<T>(result: SizeResult, name: string, ctx: SizeContext, work: () => Promise<T>): Promise<T | undefined> {
  try {
    const value = await work();
    result.checks[name] = null;
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    result.checks[name] = message;
    ctx.log(`    ${name}: FAILED: ${message}`);
    return undefined;
  }
}

/** Loads the page and waits for every view; returns the in-page time at which all were populated. */
async function measureLoad(page: Page, ctx: SizeContext, result: SizeResult, total: number): Promise<number> {
  const timeout = Math.max(30_000, total / 2);
  await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'commit' });
  let waitError: unknown;
  try {
    await page.waitForFunction((views) => views.every((view) => window.__bench?.seen[view]), VIEW_CHECKS.map((c) => c.view), { timeout, polling: 200 });
  } catch (error) {
    waitError = error;
  }
  const { seen, tasks, origin, scripts } = await page.evaluate(() => ({
    seen: window.__bench?.seen ?? {},
    tasks: window.__bench?.longTasks ?? [],
    origin: performance.timeOrigin,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry instanceof PerformanceResourceTiming && /\.js(\?|$)/.test(entry.name))
      .map((entry) => ({ path: new URL(entry.name).pathname, end: entry instanceof PerformanceResourceTiming ? entry.responseEnd : 0 })),
  }));
  for (const { view } of VIEW_CHECKS) {
    const hit = seen[view];
    result.load.views[view] = { ms: hit ? Math.round(hit.at) : null, selector: hit?.selector ?? null };
  }
  const sent = ctx.dataSentAt();
  result.load.dataSentMs = sent === null ? null : Math.round(sent - origin);
  const missing = VIEW_CHECKS.filter((c) => !seen[c.view]).map((c) => `${c.view} (${c.landmark}: ${c.selectors.join(' | ')})`);
  const allAt = missing.length === 0 ? Math.max(...VIEW_CHECKS.map((c) => seen[c.view]?.at ?? 0)) : null;
  result.load.allViewsMs = allAt === null ? null : Math.round(allAt);
  result.load.jsBeforeReady = [...new Set(scripts.filter((s) => s.end <= (allAt ?? Number.POSITIVE_INFINITY)).map((s) => s.path))];
  const until = allAt ?? Number.POSITIVE_INFINITY;
  result.load.longestTaskMs = Math.round(Math.max(0, ...tasks.filter((t) => t.start < until).map((t) => t.duration)));
  if (allAt === null) {
    const status = await page.evaluate(() => window.__bench?.statusText() ?? null);
    const cause = waitError instanceof Error ? waitError.message.split('\n')[0] : '';
    throw new Error(`not every view was populated within ${timeout / 1000} s: missing ${missing.join(', ')}; status "${status ?? '-'}". ${cause}`);
  }
  return allAt;
}

function change(page: Page, action: Action, until: Until, watchLateMs = 0, element?: ElementHandle | null): Promise<ChangeTiming> {
  return page.evaluate(
    ([a, u, late, el]) => {
      if (!window.__bench) throw new Error('the in-page helpers are missing');
      return window.__bench.measure(a, u, 10_000, late, el);
    },
    [action, until, watchLateMs, element ?? null] as const,
  );
}

async function measureFilters(page: Page, ctx: SizeContext, result: SizeResult): Promise<void> {
  const paint: number[] = [];
  const commit: number[] = [];
  const wrongCounts: string[] = [];
  const lateViews = new Set<string>();
  let unchanged = 0;
  for (const [i, step] of ctx.scenarios.filterSteps.entries()) {
    // The first few steps also watch for views that change again after the paint (deferred work).
    const timing = await change(page, { kind: 'url', search: step.search }, { kind: 'status-change' }, i < 3 ? 400 : 0);
    for (const view of timing.late) lateViews.add(view);
    if (!timing.changed) {
      unchanged++;
      continue;
    }
    paint.push(timing.paintMs);
    commit.push(timing.commitMs);
    const status = await page.evaluate(() => window.__bench?.statusText() ?? '');
    const shown = Number((new RegExp(STATUS_PATTERN).exec(status)?.[1] ?? '-1').replace(/,/g, ''));
    if (shown !== step.expected && wrongCounts.length < 5) wrongCounts.push(`${step.search || '(none)'}: shows ${shown}, expected ${step.expected}`);
  }
  if (paint.length === 0) throw new Error('no filter change changed the status line');
  result.filterChange = { ...summarize(paint), commitP95: summarize(commit).p95, unchanged, wrongCounts, lateViews: [...lateViews] };
  ctx.log(`    filter change: p50 ${result.filterChange.p50} ms, p95 ${result.filterChange.p95} ms (${paint.length} changes)`);
}

/** A few changes made the way a reader makes them: category toggle, actor checkbox, search, From date. */
async function measureControls(bench: BenchPage, ctx: SizeContext, result: SizeResult): Promise<void> {
  const { page } = bench;
  await change(page, { kind: 'url', search: '' }, { kind: 'status-change' }).catch(() => undefined);
  const filters = page.getByRole('region', { name: 'Filters' });
  const handles = {
    category: await filters.getByRole('button', { name: /^Talks\b/ }).first().elementHandle({ timeout: 5000 }),
    actor: await filters.getByRole('checkbox').first().elementHandle({ timeout: 5000 }),
    search: await filters.getByRole('searchbox', { name: 'Search' }).first().elementHandle({ timeout: 5000 }),
    date: await filters.getByLabel('From').first().elementHandle({ timeout: 5000 }),
  };
  const status: Until = { kind: 'status-change' };
  const steps: [string, Action, ElementHandle][] = [
    ['category on', { kind: 'click' }, handles.category],
    ['category off', { kind: 'click' }, handles.category],
    ['actor on', { kind: 'click' }, handles.actor],
    ['actor off', { kind: 'click' }, handles.actor],
    ['search', { kind: 'type', value: 'kharkiv' }, handles.search],
    ['search cleared', { kind: 'type', value: '' }, handles.search],
    ['from date', { kind: 'type', value: middleDate(ctx.scenarios.index) }, handles.date],
    ['from cleared', { kind: 'type', value: '' }, handles.date],
  ];
  const out: Record<string, number | null> = {};
  const all: number[] = [];
  for (const [label, action, handle] of steps) {
    const timing = await change(page, action, status, 0, handle);
    out[label] = timing.changed ? Math.round(timing.paintMs * 10) / 10 : null;
    if (timing.changed) all.push(timing.paintMs);
  }
  result.filterControls = { ...out, p95: summarize(all).p95 };
  const missing = Object.entries(out).filter(([, v]) => v === null).map(([k]) => k);
  if (missing.length > 0) throw new Error(`the status line did not change after: ${missing.join(', ')}`);
}

async function measureSelect(page: Page, ctx: SizeContext, result: SizeResult): Promise<void> {
  const times: number[] = [];
  let unchanged = 0;
  for (const step of ctx.scenarios.selectSteps) {
    const timing = await change(page, { kind: 'url', search: `?event=${encodeURIComponent(step.id)}` }, { kind: 'text', landmark: 'Event details', text: step.title });
    if (timing.changed) times.push(timing.paintMs);
    else unchanged++;
  }
  if (times.length === 0) throw new Error('the Event details view never showed the selected event');
  result.selectEvent = { ...summarize(times), unchanged };
  ctx.log(`    select event: p50 ${result.selectEvent.p50} ms, p95 ${result.selectEvent.p95} ms`);
}

async function measureZoom(page: Page, ctx: SizeContext, result: SizeResult): Promise<void> {
  await change(page, { kind: 'url', search: '' }, { kind: 'status-change' }).catch(() => undefined);
  const totals: number[] = [];
  const redraws: number[] = [];
  let animated = 0;
  const pattern: ('in' | 'out')[] = ['in', 'in', 'in', 'out', 'out', 'out'];
  for (let i = 0; i < ctx.iterations.zooms; i++) {
    const direction = pattern[i % pattern.length] ?? 'in';
    const timing = await page.evaluate(
      ([d, t]) => {
        if (!window.__bench) throw new Error('the in-page helpers are missing');
        return window.__bench.zoom(d, t);
      },
      [direction, CHANGE_TIMEOUT_MS] as const,
    );
    if (timing.skipped) continue;
    totals.push(timing.totalMs);
    redraws.push(timing.redrawMs);
    if (timing.animated) animated++;
  }
  if (totals.length === 0) throw new Error('both zoom buttons were disabled');
  const redraw = summarize(redraws);
  result.mapZoom = { ...summarize(totals), redrawP50: redraw.p50, redrawP95: redraw.p95, animated };
}
