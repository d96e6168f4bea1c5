/**
 * Where one kind of reader action spends the main thread: repeats it on one dataset while
 * Chrome's sampling profiler records, on the unminified build, and prints the busiest areas,
 * modules and functions. For finding what to optimise next; `npm run bench` times the actions.
 *
 * Usage: node --import tsx bench/profile-action.ts <marker|category|actor|from|reset|reset-dates|mark|row|idle|load> [default|acled-<rows>] [--repeat 8] [--no-build] [--trace [--detail] [--waterfall]]
 * The .cpuprofile lands in bench/data/ (open it in Chrome DevTools).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { openProfiledDataset } from './lib/open-profiled-dataset';
import { bundleModuleMap, record } from './lib/profile';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.join(ROOT, 'bench', 'data');
const PROFILE_DIST = path.join('bench', 'data', 'dist-profile');

const args = process.argv.slice(2);
const kind = args[0] ?? 'marker';
const datasetName = args[1] && !args[1].startsWith('--') ? args[1] : 'default';
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 8;

const pause = (page: Page, ms = 400) => page.waitForTimeout(ms);

/** Clicks one of the first `choices` controls matching `selector` on, then off again. */
function clickTwice(selector: string, choices: number) {
  return async (page: Page, i: number) => {
    const control = page.locator(selector).nth(i % choices);
    await control.click();
    await pause(page);
    await control.click();
    await pause(page);
  };
}

/** One repetition of the action, leaving the page as it found it. */
const ACTIONS: Record<string, (page: Page, i: number) => Promise<void>> = {
  marker: async (page, i) => {
    // Where a click lands on the marker and nothing else (the page's own helper, as the benchmark uses).
    const at = (selector: string, n: number) => page.evaluate(([s, k]) => window.__bench?.clickPoint('Map', s as string, k as number) ?? null, [selector, n] as const);
    const marker = await at('.map-marker-place', (i * 7) % 20);
    if (!marker) throw new Error('no marker to click');
    await page.mouse.click(marker.x, marker.y);
    await pause(page);
    const again = (await at('.map-marker-place.is-selected', 0)) ?? marker;
    await page.mouse.click(again.x, again.y);
    await pause(page);
  },
  category: clickTwice('section[aria-label="Filters"] .category-toggles button', 3),
  actor: clickTwice('section[aria-label="Filters"] .actor-lists input[type="checkbox"]', 5),
  from: async (page, i) => {
    const from = page.locator('section[aria-label="Filters"]').getByLabel('From', { exact: true }).first();
    const min = (await from.getAttribute('min')) ?? '2025-11-01';
    const day = new Date(Date.parse(`${min}T00:00:00Z`) + (20 + i * 9) * 86_400_000).toISOString().slice(0, 10);
    await from.fill(day);
    await pause(page);
    await from.fill('');
    await pause(page);
  },
  // Reset from a date range, as the benchmark does after brushing (the timeline's window changes too).
  'reset-dates': async (page, i) => {
    const from = page.locator('section[aria-label="Filters"]').getByLabel('From', { exact: true }).first();
    const min = (await from.getAttribute('min')) ?? '2025-11-01';
    await from.fill(new Date(Date.parse(`${min}T00:00:00Z`) + (20 + i * 9) * 86_400_000).toISOString().slice(0, 10));
    await pause(page);
    await page.locator('section[aria-label="Filters"] button.reset-button').click();
    await pause(page);
  },
  reset: async (page, i) => {
    await page.locator('section[aria-label="Filters"] .category-toggles button').nth(i % 3).click();
    await pause(page);
    await page.locator('section[aria-label="Filters"] button.reset-button').click();
    await pause(page);
  },
  mark: async (page, i) => {
    // Zoomed in until single marks show (dense data draws strips), as the benchmark does.
    const timeline = page.locator('section[aria-label="Timeline"]');
    const marks = timeline.locator('svg .timeline-mark:not(.is-selected)');
    for (let z = 0; z < 10 && (await marks.count()) < 3; z++) {
      const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
      if (await zoomIn.isDisabled()) break;
      await zoomIn.click();
      await pause(page, 200);
    }
    await marks.nth((i * 5) % Math.max(1, await marks.count())).click({ force: true });
    await pause(page);
  },
  // Nothing: what the page does on its own between actions (animations, timers, repaints).
  idle: async (page) => {
    await pause(page, 1000);
  },
  row: async (page, i) => {
    await page.locator('section[aria-label="Events"] button.event-row').nth(i % 6).click();
    await pause(page);
  },
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts?: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * `--trace`: the main thread's time by kind of work (style, layout, paint, script…) from a
 * Chrome trace, where the CPU profile only says "(program)".
 */
async function traceRendering(cdp: CDPSession, work: () => Promise<void>, repetitions: number) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(args.includes('--detail') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])];
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: the thread with the most RunTask time that also runs layout.
  const layoutThreads = new Set(events.filter((e) => e.name === 'Layout').map((e) => e.tid));
  const byName = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !layoutThreads.has(event.tid)) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur / 1000);
  }
  if (args.includes('--waterfall')) printWaterfall(events.filter((e) => layoutThreads.has(e.tid)));
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 22);
  console.log('main-thread trace events, total ms per repetition (nested events overlap their parents):');
  for (const [name, ms] of rows) console.log(`  ${(ms / repetitions).toFixed(1).padStart(8)}  ${name}`);
  if (!args.includes('--detail')) return;
  // What the rendering work touched: objects laid out, elements restyled, areas painted.
  const main = events.filter((e) => e.ph === 'X' && e.dur !== undefined && layoutThreads.has(e.tid));
  const detail = (e: TraceEvent) => (e.args ?? {}) as Record<string, Record<string, unknown> | undefined>;
  console.log('layouts (ms, dirty/total objects):');
  for (const e of main.filter((x) => x.name === 'Layout').slice(0, 40)) {
    const begin = detail(e).beginData ?? {};
    console.log(`  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${String(begin.dirtyObjects)}/${String(begin.totalObjects)}`);
  }
  console.log('style recalcs (ms, elements):');
  for (const e of main.filter((x) => x.name === 'UpdateLayoutTree').slice(0, 40)) console.log(`  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${String(detail(e).elementCount ?? detail(e).beginData?.elementCount ?? '?')}`);
  const paints = new Map<string, { ms: number; n: number }>();
  for (const e of main.filter((x) => x.name === 'Paint')) {
    const clip = (detail(e).data?.clip as number[] | undefined) ?? [];
    const xs = clip.filter((_, i) => i % 2 === 0);
    const ys = clip.filter((_, i) => i % 2 === 1);
    const key = xs.length ? `${Math.round(Math.min(...xs))},${Math.round(Math.min(...ys))} ${Math.round(Math.max(...xs) - Math.min(...xs))}×${Math.round(Math.max(...ys) - Math.min(...ys))} layer ${String(detail(e).data?.layerId)}` : 'no clip';
    const entry = paints.get(key) ?? { ms: 0, n: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.n++;
    paints.set(key, entry);
  }
  // Why styles were recalculated: the invalidation events name the node and the reason or selector.
  const invalidations = new Map<string, number>();
  for (const e of events.filter((x) => x.name.includes('Invalidation'))) {
    const data = detail(e).data ?? {};
    const selectors = (data.selectors as { selector?: string }[] | undefined)?.map((x) => x.selector).join(' ') ?? '';
    const key = `${e.name.replace('InvalidationTracking', '')} ${String(data.nodeName ?? '')} ${String(data.reason ?? data.changedClass ?? data.changedAttribute ?? data.changedId ?? '')} ${selectors}`.slice(0, 160);
    invalidations.set(key, (invalidations.get(key) ?? 0) + 1);
  }
  console.log('style invalidations (count; layout ones after the style ones):');
  const styleFirst = (key: string) => (key.startsWith('Layout') ? 1 : 0);
  for (const [key, n] of [...invalidations].sort((a, b) => styleFirst(a[0]) - styleFirst(b[0]) || b[1] - a[1]).slice(0, 40)) console.log(`  ${String(n).padStart(6)}  ${key}`);
  console.log('paints by area (total ms, count):');
  for (const [key, v] of [...paints].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`  ${v.ms.toFixed(1).padStart(7)} ${String(v.n).padStart(4)}  ${key}`);
}

/**
 * `--waterfall`: the main thread's tasks one after another (start from the first, length, and what
 * each spent on script, style, layout and paint), to see how one action's time splits into passes.
 */
function printWaterfall(events: TraceEvent[]) {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 1000).sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  if (!tasks.length) return;
  const kinds: Record<string, string> = { FunctionCall: 'script', EventDispatch: 'script', FireAnimationFrame: 'script', TimerFire: 'script', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'prepaint', Paint: 'paint', Layerize: 'layerize', Commit: 'commit', MinorGC: 'gc', MajorGC: 'gc' };
  const t0 = tasks[0]?.ts ?? 0;
  console.log('waterfall (start ms, task ms, then its parts):');
  for (const task of tasks) {
    const start = task.ts ?? 0;
    const end = start + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of events) {
      const kind = kinds[e.name];
      if (!kind || e.ph !== 'X' || (e.ts ?? 0) < start || (e.ts ?? 0) >= end) continue;
      parts.set(kind, (parts.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
    }
    // Nested script events (a FunctionCall inside an EventDispatch) would count twice: keep the outermost.
    const script = events.filter((e) => ['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire'].includes(e.name) && e.ph === 'X' && (e.ts ?? 0) >= start && (e.ts ?? 0) < end);
    let scriptMs = 0;
    let reach = 0;
    for (const e of script.sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0))) {
      if ((e.ts ?? 0) < reach) continue;
      scriptMs += (e.dur ?? 0) / 1000;
      reach = (e.ts ?? 0) + (e.dur ?? 0);
    }
    parts.set('script', scriptMs);
    const text = [...parts].filter(([, ms]) => ms >= 0.5).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ');
    console.log(`  ${((start - t0) / 1000).toFixed(1).padStart(8)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${text}`);
  }
}

async function main() {
  const act = kind === 'load' ? async () => undefined : ACTIONS[kind];
  if (!act) throw new Error(`unknown action "${kind}" (${Object.keys(ACTIONS).join(', ')})`);
  if (!args.includes('--no-build') || !existsSync(path.join(ROOT, PROFILE_DIST, 'index.html'))) {
    const run = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', PROFILE_DIST, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  }
  const bench = await openProfiledDataset(ROOT, PROFILE_DIST, DATA_DIR, datasetName);
  try {
    if (kind === 'load') {
      // The load's phases: the app's performance marks and when each view was first seen, from navigation.
      const phases = await bench.page.evaluate(() => ({
        marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)] as const),
        seen: Object.entries(window.__bench?.seen ?? {}).map(([view, s]) => [view, Math.round(s.at)] as const),
      }));
      console.log('load phases (ms from navigation):');
      for (const [name, at] of [...phases.marks, ...phases.seen.map(([v, at]) => [`seen: ${v}`, at] as const)].sort((a, b) => a[1] - b[1])) console.log(`  ${String(at).padStart(7)}  ${name}`);
      return;
    }
    await pause(bench.page, 1500);
    await act(bench.page, 0);
    if (args.includes('--trace')) {
      await traceRendering(bench.cdp, async () => {
        for (let i = 1; i <= repeat; i++) await act(bench.page, i);
      }, repeat);
      return;
    }
    const file = path.join(DATA_DIR, `profile-${kind}-${bench.dataset.name}.cpuprofile`);
    const summary = await record(
      bench.cdp,
      async () => {
        for (let i = 1; i <= repeat; i++) await act(bench.page, i);
      },
      file,
      bundleModuleMap(path.join(ROOT, PROFILE_DIST, 'assets')),
    );
    const per = (ms: number) => `${(ms / repeat).toFixed(1)}`;
    console.log(`${kind} on ${bench.dataset.name}, ${repeat} repetitions: busy ${per(summary.busyMs)} ms per repetition (${file})`);
    console.log('areas (ms per repetition):', summary.byArea.map((a) => `${a.area} ${per(a.ms)}`).join(', '));
    console.log('modules (self ms per repetition):', summary.byModule.slice(0, 12).map((m) => `${m.module} ${per(m.selfMs)}`).join(', '));
    console.log('hottest functions (self / total ms per repetition):');
    for (const f of summary.bySelf.slice(0, 15)) console.log(`  ${per(f.selfMs).padStart(7)} ${per(f.totalMs).padStart(7)}  ${f.fn} (${f.module})`);
    console.log('app functions by total:');
    for (const f of summary.appByTotal.slice(0, 15)) console.log(`  ${per(f.selfMs).padStart(7)} ${per(f.totalMs).padStart(7)}  ${f.fn} (${f.module})`);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
