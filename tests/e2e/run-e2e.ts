/**
 * The browser test runner: serves the built app with `vite preview`, drives the system Chromium
 * through playwright-core, runs every journey in tests/e2e/journeys on a fresh page, and ends
 * with a plain `N passed, N failed` line (exit code 1 on any failure).
 *
 * Every journey is also an offline test: a request to any host but this machine is aborted and
 * fails the journey, and so does any console error the journey did not declare.
 *
 * Usage: npm run build && npm run test:e2e [-- <part of a journey title> ...]
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './lib/browser';
import { watchConsole } from './lib/console-watch';
import { loadJourneys, type FoundJourney } from './lib/load-journeys';
import { installOfflineGuard, type OfflineGuard } from './lib/offline-guard';
import { checkBuilt, startPreview, type PreviewServer } from './lib/preview-server';
import type { JourneyContext } from './lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JOURNEYS_DIR = fileURLToPath(new URL('./journeys', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'test-results');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);

interface Shared {
  context: BrowserContext;
  guard: OfflineGuard;
  baseUrl: string;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`the journey took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    // Playwright's messages carry a call log after the first lines; keep them, they say what was awaited.
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Runs one journey on a fresh page; returns the problems found (empty when it passed). */
async function runJourney(journey: FoundJourney, shared: Shared): Promise<string[]> {
  const page = await shared.context.newPage();
  // One profile serves every journey: start each from empty storage (local storage, IndexedDB,
  // caches, service workers) so that no journey sees what an earlier one left behind.
  const cdp = await shared.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: shared.baseUrl, storageTypes: 'all' });
  await cdp.detach();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(15_000);
  const consoleWatch = watchConsole(page);
  shared.guard.take(); // Forget late requests of the previous journey's page.
  const ctx: JourneyContext = {
    page,
    context: shared.context,
    baseUrl: shared.baseUrl,
    resultsDir: RESULTS_DIR,
    url: (p) => new URL(p, shared.baseUrl).href,
    allowConsoleError: (pattern) => consoleWatch.allow(pattern),
    takeBlockedRequests: () => shared.guard.take(),
  };
  const problems: string[] = [];
  const work = journey.run(ctx);
  work.catch(() => undefined); // After a timeout it may still reject when the page closes.
  try {
    await withTimeout(work, TIMEOUT_MS);
  } catch (error) {
    problems.push(errorText(error));
  }
  await shared.guard.scanHints(page).catch(() => undefined);
  const leaks = shared.guard.take();
  if (leaks.length > 0) {
    problems.push(`requests tried to leave the machine (none got through):\n${leaks.map((url) => `  ${url}`).join('\n')}`);
  }
  const consoleErrors = consoleWatch.unexpected();
  if (consoleErrors.length > 0) {
    problems.push(`unexpected console errors:\n${consoleErrors.map((line) => `  ${line}`).join('\n')}`);
  }
  const shot = path.join(RESULTS_DIR, `${journey.slug}.png`);
  if (problems.length > 0) {
    try {
      await page.screenshot({ path: shot, fullPage: true, timeout: 5000 });
      problems.push(`screenshot: ${path.relative(ROOT, shot)}`);
    } catch (error) {
      problems.push(`(no screenshot: ${errorText(error).split('\n')[0]})`);
    }
  } else {
    rmSync(shot, { force: true }); // A stale failure picture would mislead.
  }
  await page.close().catch(() => undefined);
  return problems;
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((arg) => arg !== '--');
  let server: PreviewServer | undefined;
  let browser: LaunchedBrowser | undefined;
  let passed = 0;
  let failed = 0;
  let interrupted = false;
  process.once('exit', () => server?.killNow());
  // A journey that leaves a promise rejected behind (a wait it never awaited) must not kill the
  // whole run: it counts as a failure, and the other journeys still run.
  const stray: string[] = [];
  process.on('unhandledRejection', (reason) => stray.push(errorText(reason)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.log(`${signal}: stopping`);
      // Interrupted: still stop the server and delete the browser profile, but never hang on it.
      const cleanup = Promise.allSettled([browser?.close(), server?.stop()]);
      const limit = new Promise((resolve) => setTimeout(resolve, 5000));
      void Promise.race([cleanup, limit]).finally(() => process.exit(130));
    });
  }

  try {
    const staleWarning = checkBuilt(ROOT);
    if (staleWarning) console.log(staleWarning);
    const journeys = await loadJourneys(JOURNEYS_DIR, filters);
    if (journeys.length === 0) throw new Error(`no journeys found in ${JOURNEYS_DIR}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
    mkdirSync(RESULTS_DIR, { recursive: true });

    server = await startPreview(ROOT);
    browser = await launchChromium();
    const guard = await installOfflineGuard(browser.context);
    console.log(`Serving dist/ at ${server.baseUrl}; ${journeys.length} journeys, ${TIMEOUT_MS / 1000} s each at most.`);

    for (const journey of journeys) {
      if (interrupted) break;
      const started = Date.now();
      const problems = await runJourney(journey, { context: browser.context, guard, baseUrl: server.baseUrl });
      if (interrupted) break;
      const took = `${Date.now() - started} ms`;
      for (const reason of stray.splice(0)) problems.push(`a promise was rejected and never handled: ${reason}`);
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${journey.title} (${took})`);
      } else {
        failed++;
        console.log(`FAIL ${journey.title} (${took})`);
        for (const problem of problems) console.log(indent(problem));
      }
    }
  } catch (error) {
    // Could not even run the journeys (no build, no browser, no server): one failure, clearly said.
    failed++;
    console.log(`FAIL e2e setup\n${indent(errorText(error))}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  if (interrupted) {
    failed++;
    console.log('FAIL interrupted before every journey ran');
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
