/**
 * Installed and offline: after one visit, the service worker has the app, the default data, the
 * stories and the base map, so a reload with no network at all still shows the dashboard.
 * Runs in its own Chromium, the only one where service workers are allowed.
 */
import assert from 'node:assert/strict';
import { launchChromium } from '../lib/browser';
import { waitForDashboard } from '../lib/dashboard';
import { installOfflineGuard } from '../lib/offline-guard';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'a reload with no network shows the data from the offline copy',
    async run({ baseUrl }) {
      const browser = await launchChromium({ serviceWorkers: 'allow', profilePrefix: 'talks-offline-' });
      try {
        const guard = await installOfflineGuard(browser.context);
        const page = await browser.context.newPage();
        const online = await (async () => {
          await page.goto(`${baseUrl}/`);
          return waitForDashboard(page);
        })();
        // The worker has installed, precached everything and taken control of this page.
        await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null, undefined, {
          timeout: 20_000,
        });
        const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
        assert.equal(manifest.name, 'Talks & Strikes', 'the app must be installable (a web app manifest)');

        await browser.context.setOffline(true);
        await page.reload();
        const offline = await waitForDashboard(page);
        assert.ok(online && offline, 'the status line must be shown both times');
        assert.deepEqual(offline, online, 'offline, the reload must show the same events');
        await page.waitForFunction(() => document.querySelectorAll('.leaflet-pane path').length > 0);
        assert.equal(await page.getByText(/base map could not be loaded/i).count(), 0, 'the base map must come from the offline copy');
        await page.getByRole('button', { name: 'Start the story' }).waitFor();
        assert.deepEqual(guard.take(), [], 'nothing may be requested from outside this machine');
      } finally {
        await browser.close();
      }
    },
  },
];
