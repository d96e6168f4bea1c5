/** The Events list follows a selection made elsewhere: the chosen row scrolls into sight inside the list, the page stays put. */
import assert from 'node:assert/strict';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { waitUntil } from '../lib/wait';

export const journeys: Journey[] = [
  {
    name: 'an event selected by a link is scrolled into sight in the Events list without moving the page',
    async run({ page, url }) {
      await page.goto(url('/?event=strike-2026-02-04-druzhkivka-market'));
      await waitForDashboard(page);
      const row = region(page, 'Events').locator('[data-event-id="strike-2026-02-04-druzhkivka-market"]');
      await row.waitFor();
      const inSight = () =>
        row.evaluate((element) => {
          const list = element.closest('ol');
          if (!list) return false;
          const r = element.getBoundingClientRect();
          const l = list.getBoundingClientRect();
          // In sight: wholly, or (when the list is shorter than one row, as it can be beside the
          // details) filling the visible part of the list.
          return (r.top >= l.top - 1 && r.bottom <= l.bottom + 1) || (r.top <= l.top + 1 && r.bottom >= l.bottom - 1);
        });
      await waitUntil(inSight, (ok) => ok, 'the selected row to be inside the visible part of the list');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
    },
  },
];
