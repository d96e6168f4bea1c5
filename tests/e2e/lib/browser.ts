/** Launches the system Chromium through playwright-core (no browser download ever happens here). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and runnable as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Flags added to CHROMIUM_ARGS (the benchmark asks for precise memory figures). */
  extraArgs?: readonly string[];
  viewport?: { width: number; height: number };
  /** Prefix of the temporary profile folder's name. */
  profilePrefix?: string;
  /**
   * 'block' (the default) keeps the app's service worker out: its precache would answer requests
   * that journeys fake with page.route and that the benchmark must time. Only the offline
   * journey allows it.
   */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * Starts Chromium with a throw-away profile; close() also deletes the profile. Shared by the
 * browser tests and the benchmark (bench/lib/browser.ts).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), options.profilePrefix ?? 'talks-e2e-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'en-US',
      serviceWorkers: options.serviceWorkers ?? 'block',
    });
    return {
      context,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
