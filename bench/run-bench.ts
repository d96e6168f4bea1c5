/**
 * Real-browser benchmark of what a reader does: builds the app, loads each dataset into headless
 * Chromium (the default file; ACLED-format CSV exports of 20,000 and 150,000 rows opened with
 * `?data=`; optionally a synthetic JSON file swapped in for data/events.json), then drives the
 * real controls (From/To dates, category toggles, actor checkboxes, map markers, timeline marks,
 * Events rows, the timeline brush, Reset) and times each from its input event until every view
 * has settled. Prints p50/p95 per action kind and dataset, PASS/MISS per target of issue 12,
 * and writes bench/results.json. Ends with a plain `N passed, N failed` line.
 *
 * Usage: npm run bench [-- --smoke] [--no-build] [--no-profile] [--datasets default,acled-20000]
 *                      [--rounds 12] [--loads 3] [--seed 1]
 *   --smoke       default data and a 2,000-row ACLED file, one round after the warm-up (< 60 s
 *                 on a quiet machine); writes bench/results-smoke.json; fails only when an action
 *                 does not work or its median is grossly slow (40× its target), never on noisy
 *                 timing alone
 *   --no-build    measure the existing dist/; otherwise the app is built into bench/data/dist
 *   --no-profile  skip the CPU profiles (full runs profile each dataset on an unminified build;
 *                 the .cpuprofile files land in bench/data/ and open in Chrome DevTools)
 *   --datasets    default | acled-<rows> | synth-<events> (synthetic JSON swapped in), comma-separated
 * Exit code: 0 when every check ran (missed targets are reported, not fatal), else 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticDataset } from '../scripts/lib/synth/synth-dataset';
import { generateAcledCsv } from './lib/acled-synth';
import { ensureGzip, startDataServer, type DataServer } from './lib/data-server';
import { measureInitialJs, type JsSize } from './lib/js-size';
import { measureDataset, type BenchDataset, type DatasetResult } from './lib/measure-dataset';
import { profileDataset, type ProfileRun } from './lib/profile';
import { evaluateTargets, formatTable, formatVerdicts, grossMisses } from './lib/report';
import { startPreview } from './lib/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.join(ROOT, 'bench', 'data');
const BENCH_DIST = path.join('bench', 'data', 'dist');
const PROFILE_DIST = path.join('bench', 'data', 'dist-profile');

interface Options {
  smoke: boolean;
  build: boolean;
  profile: boolean;
  datasets: string[];
  rounds: number;
  loads: number;
  seed: number;
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const smoke = args.includes('--smoke');
  const datasets = (value('datasets') ?? (smoke ? 'default,acled-2000' : 'default,acled-20000,acled-150000')).split(',').map((s) => s.trim().replace(/_/g, ''));
  for (const name of datasets) if (!/^(default|acled-\d+|synth-\d+)$/.test(name)) throw new Error(`unknown dataset "${name}" (default, acled-<rows>, synth-<events>)`);
  const whole = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  return {
    smoke,
    build: !args.includes('--no-build'),
    profile: !smoke && !args.includes('--no-profile'),
    datasets,
    rounds: whole('rounds', smoke ? 1 : 12),
    loads: whole('loads', smoke ? 1 : 3),
    seed: whole('seed', 1),
  };
}

const checks: { name: string; error: string | null }[] = [];
const log = (line: string) => console.log(line);

async function step<T>(name: string, work: () => T | Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    const value = await work();
    checks.push({ name, error: null });
    log(`  ok    ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    checks.push({ name, error: message });
    log(`  FAIL  ${name}: ${message}`);
    return undefined;
  }
}

function viteBuild(extra: readonly string[] = []): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', ...extra], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`vite build failed:\n${(run.stdout + run.stderr).split('\n').slice(-20).join('\n')}`);
}

/** Writes `text` to `file` unless an identical file is there already (keeps the gzip cache valid). */
function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && statSync(file).size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const shortCount = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** Makes the file a dataset needs (if any) and describes how the page gets it. */
function prepareDataset(name: string, seed: number, server: DataServer): BenchDataset {
  if (name === 'default') {
    const file: unknown = JSON.parse(readFileSync(path.join(ROOT, 'public', 'data', 'events.json'), 'utf8'));
    const events = typeof file === 'object' && file !== null && 'events' in file && Array.isArray(file.events) ? file.events.length : 0;
    return { name, label: `default (${events})`, events, via: 'default' };
  }
  const count = Number(name.split('-')[1]);
  if (name.startsWith('acled-')) {
    const file = path.join(DATA_DIR, seed === 1 ? `acled-${count}.csv` : `acled-${count}-seed${seed}.csv`);
    writeIfChanged(file, generateAcledCsv({ rows: count, seed }));
    ensureGzip(file);
    return { name, label: `ACLED CSV ${shortCount(count)}`, events: count, via: 'data-url', url: server.urlOf(file) };
  }
  const file = path.join(DATA_DIR, seed === 1 ? `synth-${count}.json` : `synth-${count}-seed${seed}.json`);
  writeIfChanged(file, JSON.stringify(generateSyntheticDataset({ events: count, seed })));
  ensureGzip(file);
  return { name, label: `synthetic JSON ${shortCount(count)}`, events: count, via: 'swap', url: server.urlOf(file) };
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  log(`Benchmark (${options.smoke ? 'smoke' : 'full'}): ${options.datasets.join(', ')}; ${options.rounds} rounds, ${options.loads} loads; ${os.cpus().length} CPUs`);

  const distDir = options.build ? BENCH_DIST : 'dist';
  if (options.build) await step('build (vite build)', () => viteBuild(['--outDir', BENCH_DIST, '--emptyOutDir']));
  const js: JsSize | undefined = await step('initial JS size', () => measureInitialJs(path.join(ROOT, distDir)));
  if (js) log(`        initial JS ${js.initialGzipKB} KB gzip; lazy ${js.lazyGzipKB} KB`);

  const preview = await step(`serve ${distDir}/ (vite preview)`, () => startPreview(ROOT, distDir));
  const dataServer = await startDataServer(DATA_DIR);
  const results: DatasetResult[] = [];
  const profiles: Record<string, ProfileRun> = {};
  let profileBuilt = false;
  try {
    for (const name of options.datasets) {
      if (!preview) break;
      const dataset = await step(`data: ${name}`, () => prepareDataset(name, options.seed, dataServer));
      if (!dataset) continue;
      log(`  measuring ${dataset.label} (${dataset.events} events, via ${dataset.via})…`);
      const result = await measureDataset({ baseUrl: preview.baseUrl, dataset, loads: options.loads, rounds: options.rounds, log });
      for (const [check, error] of Object.entries(result.checks)) {
        checks.push({ name: `${dataset.label}: ${check}`, error });
        log(`  ${error === null ? 'ok  ' : 'FAIL'}  ${dataset.label}: ${check}${error === null ? '' : `: ${error}`}`);
      }
      results.push(result);

      if (options.profile) {
        const profile = await step(`CPU profiles for ${dataset.label} (unminified build)`, async () => {
          if (!profileBuilt) viteBuild(['--minify', 'false', '--outDir', PROFILE_DIST, '--emptyOutDir']);
          profileBuilt = true;
          const server = await startPreview(ROOT, PROFILE_DIST);
          try {
            return await profileDataset(server.baseUrl, dataset, path.join(ROOT, PROFILE_DIST), DATA_DIR);
          } finally {
            await server.stop();
          }
        });
        if (profile) profiles[name] = profile;
      }
    }
  } finally {
    await preview?.stop();
    await dataServer.stop();
  }

  const verdicts = evaluateTargets(results, js ?? null);
  log('');
  log(formatTable(results));
  log('');
  log(formatVerdicts(verdicts));
  if (options.smoke) {
    const gross = grossMisses(results);
    checks.push({ name: 'smoke: no action grossly over its target', error: gross.length ? gross.join('; ') : null });
    if (gross.length) log(`\nFAIL  grossly slow: ${gross.join('; ')}`);
  }
  for (const [name, profile] of Object.entries(profiles)) printProfile(name, profile);

  const out = path.join(ROOT, 'bench', options.smoke ? 'results-smoke.json' : 'results.json');
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion() };
  writeFileSync(
    out,
    `${JSON.stringify({ mode: options.smoke ? 'smoke' : 'full', date: new Date().toISOString(), machine, options, initialJs: js ?? null, datasets: results, verdicts, profiles, checks }, null, 2)}\n`,
  );
  log(`\nWrote ${path.relative(ROOT, out)} in ${Math.round((performance.now() - started) / 1000)} s`);

  const failed = checks.filter((c) => c.error !== null).length;
  log(`${checks.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function printProfile(name: string, profile: ProfileRun): void {
  for (const [label, summary] of [['load', profile.load], ['one round of actions', profile.actions]] as const) {
    log(`\nCPU profile, ${name}, ${label}: ${summary.busyMs} ms busy of ${summary.totalMs} ms (${path.relative(ROOT, summary.file)})`);
    log('  time by view/area (ms): ' + summary.byArea.slice(0, 10).map((a) => `${a.area} ${a.ms}`).join(', '));
    log('  self time by module (ms): ' + summary.byModule.slice(0, 8).map((m) => `${m.module} ${m.selfMs}`).join(', '));
    log('  hottest functions (self ms / total ms):');
    for (const f of summary.bySelf.slice(0, 8)) log(`    ${String(f.selfMs).padStart(8)} ${String(f.totalMs).padStart(8)}  ${f.fn} (${f.module})`);
    log('  app functions by total time:');
    for (const f of summary.appByTotal.slice(0, 8)) log(`    ${String(f.selfMs).padStart(8)} ${String(f.totalMs).padStart(8)}  ${f.fn} (${f.module})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
