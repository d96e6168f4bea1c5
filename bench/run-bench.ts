/**
 * Real-browser benchmark: builds the app, generates synthetic datasets (1k, 20k, 150k events),
 * loads each into headless Chromium with the file swapped in for data/events.json, and measures
 * load, filter changes, selection, map zoom, long tasks, heap and initial JS size against the
 * targets. Ends with a plain `N passed, N failed` line counting the checks that ran without error.
 *
 * Usage: npm run bench [-- --smoke] [--no-build] [--no-profile] [--sizes 1000,20000] [--seed 1]
 *   --smoke       1k only, few iterations (< 2 min); writes bench/results-smoke.json
 *   --no-build    measure the existing dist/ (e.g. after `npm run build`); otherwise the app is
 *                 built into bench/data/dist, so that another build of dist/ running at the
 *                 same time cannot pull files from under the server
 *   --no-profile  skip the CPU profiles (full runs profile every size on an unminified build;
 *                 the .cpuprofile files land in bench/data/ and open in Chrome DevTools)
 * Exit code: 0 when every check ran (targets that are missed are reported, not fatal), else 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticDataset } from '../scripts/lib/synth/synth-dataset';
import { ensureGzip, startDataServer } from './lib/data-server';
import { gzipKBOf, measureInitialJs, type JsSize } from './lib/js-size';
import { measureSize, type Iterations, type SizeResult } from './lib/measure-size';
import { profileSize, type ProfileRun } from './lib/profile';
import { evaluateTargets, formatTable, formatVerdicts } from './lib/report';
import { buildScenarios } from './lib/scenarios';
import { startPreview } from './lib/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.join(ROOT, 'bench', 'data');
const BENCH_DIST = path.join('bench', 'data', 'dist');
const PROFILE_DIST = path.join('bench', 'data', 'dist-profile');

interface Options {
  smoke: boolean;
  build: boolean;
  profile: boolean;
  sizes: number[];
  seed: number;
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const smoke = args.includes('--smoke');
  const sizes = (value('sizes') ?? (smoke ? '1000' : '1000,20000,150000')).split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error(`--sizes must be positive whole numbers, got "${value('sizes') ?? ''}"`);
  const seed = Number(value('seed') ?? '1');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  return { smoke, build: !args.includes('--no-build'), profile: !smoke && !args.includes('--no-profile'), sizes, seed };
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

/** Generates the dataset in memory (needed for the scenarios) and writes its file unless an identical one exists. */
function prepareData(events: number, seed: number) {
  const dataset = generateSyntheticDataset({ events, seed });
  const file = path.join(DATA_DIR, seed === 1 ? `synth-${events}.json` : `synth-${events}-seed${seed}.json`);
  const text = JSON.stringify(dataset);
  if (!existsSync(file) || statSync(file).size !== Buffer.byteLength(text)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, text);
  }
  const gzipBytes = ensureGzip(file);
  return { dataset, file, fileMB: Math.round(statSync(file).size / 1e5) / 10, gzipMB: Math.round(gzipBytes / 1e5) / 10 };
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
  const iterations: Iterations = options.smoke
    ? { loads: 1, filters: 10, selects: 4, zooms: 2 }
    : { loads: 3, filters: 50, selects: 20, zooms: 10 };
  log(`Benchmark (${options.smoke ? 'smoke' : 'full'}): sizes ${options.sizes.join(', ')}, seed ${options.seed}, ${os.cpus().length} CPUs`);

  const distDir = options.build ? BENCH_DIST : 'dist';
  if (options.build) await step('build (vite build)', () => viteBuild(['--outDir', BENCH_DIST, '--emptyOutDir']));
  const js: JsSize | undefined = await step('initial JS size', () => measureInitialJs(path.join(ROOT, distDir)));
  if (js) log(`        initial JS ${js.initialGzipKB} KB gzip (${js.initialFiles.map((f) => f.file).join(', ')}); lazy ${js.lazyGzipKB} KB`);

  const preview = await step(`serve ${distDir}/ (vite preview)`, () => startPreview(ROOT, distDir));
  const dataServer = await startDataServer(DATA_DIR);
  const sizes: (SizeResult & { fileMB: number; gzipMB: number })[] = [];
  const profiles: Record<string, ProfileRun> = {};
  let profileBuilt = false;
  try {
    for (const events of options.sizes) {
      if (!preview) break;
      const data = await step(`data ${events} events`, () => prepareData(events, options.seed));
      if (!data) continue;
      const scenarios = buildScenarios(data.dataset, iterations.filters, iterations.selects);
      log(`  measuring ${events} events (${data.fileMB} MB, ${data.gzipMB} MB gzip)…`);
      const result = await step(`${events} events: browser`, () =>
        measureSize({
          baseUrl: preview.baseUrl,
          dataUrl: dataServer.urlOf(data.file),
          dataSentAt: () => dataServer.sentAt(data.file),
          scenarios,
          iterations,
          log,
        }),
      );
      if (!result) continue;
      for (const [name, error] of Object.entries(result.checks)) {
        checks.push({ name: `${events} events: ${name}`, error });
        log(`  ${error === null ? 'ok  ' : 'FAIL'}  ${events} events: ${name}${error === null ? '' : `: ${error}`}`);
      }
      result.load.jsBeforeReadyGzipKB = gzipKBOf(path.join(ROOT, distDir), result.load.jsBeforeReady);
      sizes.push({ ...result, fileMB: data.fileMB, gzipMB: data.gzipMB });

      if (options.profile) {
        const profile = await step(`CPU profiles at ${events} events (unminified build)`, async () => {
          if (!profileBuilt) viteBuild(['--minify', 'false', '--outDir', PROFILE_DIST, '--emptyOutDir']);
          profileBuilt = true;
          const server = await startPreview(ROOT, PROFILE_DIST);
          try {
            return await profileSize(server.baseUrl, dataServer.urlOf(data.file), scenarios, path.join(ROOT, PROFILE_DIST), DATA_DIR);
          } finally {
            await server.stop();
          }
        });
        if (profile) profiles[events] = profile;
      }
    }
  } finally {
    await preview?.stop();
    await dataServer.stop();
  }

  const verdicts = evaluateTargets(sizes, js ?? null);
  log('');
  log(formatTable(sizes));
  log('');
  log(formatVerdicts(verdicts));
  for (const [events, profile] of Object.entries(profiles)) printProfile(Number(events), profile);

  const out = path.join(ROOT, 'bench', options.smoke ? 'results-smoke.json' : 'results.json');
  const results = {
    mode: options.smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion() },
    seed: options.seed,
    iterations,
    initialJs: js ?? null,
    sizes,
    verdicts,
    profiles,
    checks,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${path.relative(ROOT, out)}`);

  const failed = checks.filter((c) => c.error !== null).length;
  log(`${checks.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function printProfile(events: number, profile: ProfileRun): void {
  for (const [label, summary] of [['load', profile.load], ['filter changes', profile.filterChanges]] as const) {
    log(`\nCPU profile, ${events} events, ${label}: ${summary.busyMs} ms busy of ${summary.totalMs} ms (${path.relative(ROOT, summary.file)})`);
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
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.log(`${checks.filter((c) => c.error === null).length} passed, ${checks.filter((c) => c.error !== null).length + 1} failed`);
    process.exit(1);
  },
);
