/** The first thing a reader does: open the page and see the events, with no internet at all. */
import assert from 'node:assert/strict';
import { alertTexts, countListedEvents, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'the dashboard opens offline and lists the events',
    async run({ page, url }) {
      const eventsFile = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/data/events.json'));
      await page.goto(url('/'));
      assert.equal((await eventsFile).status(), 200, 'the events file must be served from this machine');
      const counts = await waitForDashboard(page);
      if (counts) {
        assert.ok(counts.total > 0, `the status says there are ${counts.total} events`);
        assert.ok(counts.shown > 0, `the status says ${counts.shown} of ${counts.total} events are shown with no filter`);
      }
      assert.deepEqual(await alertTexts(page), [], 'no view may show an error');
      const listed = await countListedEvents(page);
      assert.ok(listed > 0, 'the Events landmark lists no events (no list items, options or table rows)');
      await page.getByRole('heading', { level: 1, name: 'Talks & Strikes' }).waitFor();
    },
  },
];
