/**
 * One dataset open in headless Chromium on a build in `dist`, every view populated: what the
 * profiling scripts (profile-action, dom-census) start from. `close()` stops everything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { generateAcledCsv } from './acled-synth';
import { launchBrowser } from './browser';
import { ensureGzip, startDataServer } from './data-server';
import { openDatasetPage, pageUrl, type BenchDataset } from './measure-dataset';
import { startPreview } from './server';
import { VIEW_CHECKS } from './views-ready';

export interface OpenProfiledDataset {
  page: Page;
  cdp: CDPSession;
  dataset: BenchDataset;
  close(): Promise<void>;
}

/** `datasetName`: `default` or `acled-<rows>` (the CSV is generated into `dataDir` when missing). */
export async function openProfiledDataset(root: string, dist: string, dataDir: string, datasetName: string): Promise<OpenProfiledDataset> {
  const server = await startPreview(root, dist);
  const dataServer = await startDataServer(dataDir);
  const defaultCount = (JSON.parse(readFileSync(path.join(root, 'public', 'data', 'events.json'), 'utf8')) as { events: unknown[] }).events.length;
  let dataset: BenchDataset = { name: 'default', label: 'default', events: defaultCount, via: 'default' };
  const acled = /^acled-(\d+)$/.exec(datasetName);
  if (acled) {
    const rows = Number(acled[1]);
    const file = path.join(dataDir, `acled-${rows}.csv`);
    if (!existsSync(file)) writeFileSync(file, generateAcledCsv({ rows }));
    ensureGzip(file);
    dataset = { name: datasetName, label: datasetName, events: rows, via: 'data-url', url: dataServer.urlOf(file) };
  }
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await server.stop();
    await dataServer.stop();
  };
  try {
    const bench = await openDatasetPage(browser, dataset);
    await bench.page.setViewportSize({ width: 1440, height: 900 });
    await bench.page.goto(pageUrl(server.baseUrl, dataset));
    await bench.page.waitForFunction((views) => views.every((v) => window.__bench?.seen[v]), VIEW_CHECKS.map((c) => c.view), { timeout: 120_000, polling: 200 });
    return { page: bench.page, cdp: bench.cdp, dataset, close };
  } catch (error) {
    await close();
    throw error;
  }
}
