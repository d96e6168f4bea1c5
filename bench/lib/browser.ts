/**
 * Headless system Chromium for the benchmark, and a page that loads the app with a given
 * events file swapped in for data/events.json (so the app itself needs no benchmark hooks).
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../tests/e2e/lib/browser';
import { installBench, type InPageConfig } from './in-page';

/** On top of the tests' quiet flags: precise memory numbers and no throttling of a hidden page. */
const EXTRA_ARGS = [
  '--enable-precise-memory-info',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];

export type Browser = LaunchedBrowser;

/** Launches Chromium with a throw-away profile, as the browser tests do; close() deletes the profile. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium({ extraArgs: EXTRA_ARGS, viewport: { width: 1440, height: 900 }, profilePrefix: 'talks-bench-' });
}

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Lets the held data request through (see `holdData`). */
  releaseData(): void;
}

/**
 * Opens a page whose data/events.json requests (the page's and its workers') are redirected to
 * `dataUrl` (null: the app's own file), with the in-page helpers installed. With `holdData` the request waits for
 * releaseData(), so that a profiler can be started first.
 */
export async function openBenchPage(
  browser: Browser,
  dataUrl: string | null,
  config: InPageConfig,
  holdData = false,
  linkedData?: { path: string; url: string },
): Promise<BenchPage> {
  let release: () => void = () => undefined;
  const released = holdData ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  // Routed on the context so that the fetch made inside the events worker is caught too. The
  // URL is swapped below the page: the app still sees its own data/events.json.
  await browser.context.unrouteAll();
  if (dataUrl !== null) {
    await browser.context.route('**/data/events.json', async (route) => {
      await released;
      await route.continue({ url: dataUrl });
    });
  }
  // A `?data=` file named by a path on the app's own site (as a newsroom hosts its files), served
  // by the data server below the page: a link to another site would first ask the reader.
  if (linkedData) {
    await browser.context.route(`**/${linkedData.path}`, async (route) => {
      await released;
      await route.continue({ url: linkedData.url });
    });
  }
  const page = await browser.context.newPage();
  // Deliberate animations (the map gliding to a selected place) are not work to wait for: a
  // reader who asks for reduced motion gets none, and the timings then measure the app itself.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // tsx compiles named functions with a __name() helper; give the page a harmless one.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  await page.addInitScript(installBench, config);
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp, releaseData: () => release() };
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize / 1024 / 1024;
}
