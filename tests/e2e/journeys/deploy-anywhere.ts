/**
 * The same dist/ works from any sub-path with no rebuild: served by a plain static server under
 * /some/sub/path/, the dashboard loads its data, its worker, the base map and the story, and asks
 * for nothing outside that path.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForDashboard } from '../lib/dashboard';
import { serveUnderSubPath } from '../lib/static-server';
import type { Journey } from '../lib/types';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');
const SUB_PATH = '/some/sub/path/';

export const journeys: Journey[] = [
  {
    name: 'dist/ served under a sub-path shows the data, the base map and the story',
    async run({ page }) {
      const server = await serveUnderSubPath(DIST, SUB_PATH);
      try {
        await page.goto(server.appUrl);
        const counts = await waitForDashboard(page);
        assert.ok(counts && counts.total >= 60, `the status line must count the default events, got ${JSON.stringify(counts)}`);
        await page.getByRole('button', { name: 'Start the story' }).waitFor();
        // The base map's country shapes are drawn (the map says so when they cannot be loaded).
        await page.waitForFunction(() => document.querySelectorAll('.leaflet-pane path').length > 0);
        assert.equal(await page.getByText(/base map could not be loaded/i).count(), 0, 'the base map must load under the sub-path');
        const outside = server.requested.filter((requested) => !requested.startsWith(SUB_PATH) && requested !== '/favicon.ico');
        assert.deepEqual(outside, [], 'every request must stay under the sub-path');
        assert.ok(server.requested.includes(`${SUB_PATH}data/events.json`), 'the events file comes from the sub-path');
      } finally {
        await server.stop();
      }
    },
  },
];
