/**
 * Where the main thread spends its time, from Chrome's sampling profiler (CDP Profiler): for
 * the load and for a series of filter changes, on an unminified build so functions keep names.
 * The raw .cpuprofile files open in Chrome DevTools (Performance panel, "Load profile").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from './browser';
import { openDatasetPage, pageUrl, type BenchDataset } from './measure-dataset';
import { runRound } from './reader-actions';
import { VIEW_CHECKS } from './views-ready';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  fn: string;
  /** Source module the function was bundled from (src/... or a package name). */
  module: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Length of the recording and time the main thread was not idle, ms. */
  totalMs: number;
  busyMs: number;
  /** Top functions by self time (time in the function itself, not its callees). */
  bySelf: HotFunction[];
  /** Self time per source module (packages collapsed), busiest first. */
  byModule: { module: string; selfMs: number }[];
  /**
   * Time per view or area: each sample goes to the nearest frame on its stack that belongs to a
   * view (its feature folder, domain helpers or library), skipping React's own frames; what is
   * left is React reconciling/committing, layout/style ("(program)") or garbage collection.
   * firstAtMs/lastAtMs: first and last sample of the area, from the start of the recording.
   */
  byArea: { area: string; ms: number; firstAtMs: number; lastAtMs: number }[];
  /** The app's own functions (src/) by total time, callees included: where to look first. */
  appByTotal: HotFunction[];
  file: string;
}

/** Maps a bundle URL and 0-based line to the module it came from, or null when unknown. */
export type ModuleOf = (url: string, line: number) => string | null;

/**
 * Reads the `// path/to/module.js` markers that an unminified rolldown bundle writes before each
 * module, so that profile frames can be attributed to source files and packages.
 */
export function bundleModuleMap(assetsDir: string): ModuleOf {
  const cache = new Map<string, { line: number; module: string }[]>();
  const markersOf = (file: string) => {
    let markers = cache.get(file);
    if (markers) return markers;
    markers = [];
    const full = path.join(assetsDir, file);
    if (existsSync(full)) {
      readFileSync(full, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const match = /^\/\/ (?:\0)?((?:node_modules|src)\/\S+|\S+\.js)$/.exec(text);
          if (match?.[1]) markers?.push({ line: i, module: collapse(match[1]) });
        });
    }
    cache.set(file, markers);
    return markers;
  };
  return (url, line) => {
    const markers = markersOf(url.replace(/^.*\//, '').replace(/[?#].*$/, ''));
    let found: string | null = null;
    for (const marker of markers) {
      if (marker.line > line) break;
      found = marker.module;
    }
    return found;
  };
}

/** node_modules/react-dom/cjs/x.js → react-dom; src paths stay as they are. */
function collapse(module: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return pkg?.[1] ?? module;
}

/** Module pattern → area; null means "the feature folder's name". */
const AREAS: readonly [RegExp, string | null][] = [
  [/^src\/features\/([^/]+)\//, null],
  [/^src\/domain\/timeline\//, 'timeline'],
  [/^src\/domain\/charts\//, 'charts'],
  [/^src\/domain\/map\//, 'map'],
  [/^src\/domain\/selection\/facets\b/, 'filters'],
  [/^src\/domain\/selection\//, 'selection (selectEvents, search)'],
  [/^src\/domain\/(core|importers)\/|^src\/(api|workers)\/|^(zod|papaparse)$/, 'load (parse, index)'],
  [/^src\/state\//, 'model (state)'],
  [/^(recharts|victory-vendor|d3-.*|es-toolkit|immer|reselect|@reduxjs\/toolkit|react-redux)$/, 'charts'],
  [/^(leaflet|react-leaflet|@react-leaflet\/core|supercluster|kdbush|topojson-client)$/, 'map'],
  [/^@tanstack\/react-virtual$/, 'events-list'],
];
const REACT = /^(react|react-dom|scheduler)$/;

function areaOf(module: string): string | null {
  for (const [pattern, area] of AREAS) {
    const match = pattern.exec(module);
    if (match) return area ?? match[1] ?? module;
  }
  return null;
}

/** Aggregates a CPU profile into self and total time per function and self time per module. */
export function summarizeProfile(profile: CpuProfile, file: string, moduleOf: ModuleOf, top = 15): ProfileSummary {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const moduleOfNode = new Map<number, string>();
  const keyOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const module = url ? (moduleOf(url, lineNumber) ?? url.replace(/^.*\//, '')) : functionName || '(program)';
    moduleOfNode.set(node.id, module);
    keyOf.set(node.id, url ? `${functionName || '(anonymous)'}\t${module}` : `${functionName || '(program)'}\t${module}`);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const moduleSelf = new Map<string, number>();
  const areaTime = new Map<string, number>();
  const areaSpan = new Map<string, [number, number]>();
  let clock = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; charge it to that sample's stack.
    const ms = (deltas[i] ?? 0) / 1000;
    clock += ms;
    let id: number | undefined = samples[i];
    const leafKey = id === undefined ? undefined : keyOf.get(id);
    if (id === undefined || leafKey === undefined || leafKey.startsWith('(idle)')) continue;
    busy += ms;
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const leafModule = moduleOfNode.get(id) ?? '?';
    moduleSelf.set(leafModule, (moduleSelf.get(leafModule) ?? 0) + ms);
    let area: string | null = null;
    let sawReact = false;
    for (let at: number | undefined = id; at !== undefined && area === null; at = parent.get(at)) {
      const module = moduleOfNode.get(at) ?? '';
      if (REACT.test(module)) sawReact = true;
      else area = areaOf(module);
    }
    area ??= sawReact ? 'react (reconcile, commit)' : leafModule;
    areaTime.set(area, (areaTime.get(area) ?? 0) + ms);
    areaSpan.set(area, [areaSpan.get(area)?.[0] ?? clock, clock]);
    const seen = new Set<string>();
    while (id !== undefined) {
      const key = keyOf.get(id);
      if (key !== undefined && !seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
      id = parent.get(id);
    }
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  const entry = (key: string): HotFunction => {
    const [fn = '', module = ''] = key.split('\t');
    return { fn, module, selfMs: round(self.get(key) ?? 0), totalMs: round(total.get(key) ?? 0) };
  };
  const bySelf = [...self.keys()].sort((a, b) => (self.get(b) ?? 0) - (self.get(a) ?? 0)).slice(0, top).map(entry);
  const appByTotal = [...total.keys()]
    .filter((key) => key.split('\t')[1]?.startsWith('src/'))
    .sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0))
    .slice(0, top)
    .map(entry);
  const byModule = [...moduleSelf.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([module, ms]) => ({ module, selfMs: round(ms) }));
  const byArea = [...areaTime.entries()].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({
    area: name,
    ms: round(ms),
    firstAtMs: round(areaSpan.get(name)?.[0] ?? 0),
    lastAtMs: round(areaSpan.get(name)?.[1] ?? 0),
  }));
  return { totalMs: round((profile.endTime - profile.startTime) / 1000), busyMs: round(busy), bySelf, byModule, byArea, appByTotal, file };
}

export async function record(cdp: CDPSession, work: () => Promise<void>, file: string, moduleOf: ModuleOf): Promise<ProfileSummary> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  return summarizeProfile(profile, file, moduleOf);
}

export interface ProfileRun {
  load: ProfileSummary;
  actions: ProfileSummary;
}

/**
 * Profiles the load and one round of reader actions (after a warm-up round) for a dataset, on
 * the (unminified) build at baseUrl.
 */
export async function profileDataset(baseUrl: string, dataset: BenchDataset, distDir: string, outDir: string): Promise<ProfileRun> {
  const moduleOf = bundleModuleMap(path.join(distDir, 'assets'));
  const browser = await launchBrowser();
  try {
    const bench = await openDatasetPage(browser, dataset);
    const load = await record(
      bench.cdp,
      async () => {
        await bench.page.goto(pageUrl(baseUrl, dataset), { waitUntil: 'commit' });
        await bench.page.waitForFunction((views) => views.every((v) => window.__bench?.seen[v]), VIEW_CHECKS.map((c) => c.view), { timeout: 120_000, polling: 200 });
      },
      path.join(outDir, `profile-load-${dataset.name}.cpuprofile`),
      moduleOf,
    );
    await bench.page.waitForTimeout(1000);
    await runRound(bench.page, 0);
    const actions = await record(bench.cdp, async () => void (await runRound(bench.page, 1)), path.join(outDir, `profile-actions-${dataset.name}.cpuprofile`), moduleOf);
    return { load, actions };
  } finally {
    await browser.close();
  }
}
