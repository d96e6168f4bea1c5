/** The Events list follows a selection made elsewhere: the chosen row scrolls into sight inside the list, the page stays put. */
import assert from 'node:assert/strict';
import { openSyntheticDashboard, region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { waitForParam, waitForQuiet, waitUntil } from '../lib/wait';

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
  {
    name: 'a large file keeps one Events list through the filters: a filter leaving a few events shows them in it, and clearing it brings the rest back',
    async run({ page, url }) {
      await openSyntheticDashboard(page, url, { width: 1440, height: 900 });
      const events = region(page, 'Events');
      const scroller = events.locator('.event-rows-virtual');
      await scroller.waitFor();
      await page.evaluate(() => {
        (window as unknown as { listBefore?: Element | null }).listBefore = document.querySelector('.event-rows-virtual');
      });
      // The category with the fewest events leaves fewer than the 300 a small file lists in full.
      const toggles = region(page, 'Filters').locator('.category-toggles button');
      const counts = await toggles.evaluateAll((buttons) => buttons.map((b) => Number((b.textContent ?? '').replace(/\D/g, '')) || 0));
      const fewest = counts.indexOf(Math.min(...counts.filter((n) => n > 0)));
      assert.ok((counts[fewest] ?? 0) < 300, `a category with fewer than 300 events (counts ${counts.join(', ')})`);
      await toggles.nth(fewest).click();
      await waitUntil(
        () => scroller.locator('p').first().innerText(),
        (text) => text.startsWith(`${counts[fewest]} event`),
        `the list to count the ${counts[fewest]} events left`,
      );
      await waitUntil(() => events.locator('button.event-row').count(), (n) => n > 0 && n <= (counts[fewest] ?? 0), 'the few events listed');
      assert.ok(await page.evaluate(() => (window as unknown as { listBefore?: Element | null }).listBefore === document.querySelector('.event-rows-virtual')), 'the same list element, not a rebuilt one');
      await toggles.nth(fewest).click();
      await waitUntil(
        () => scroller.locator('p').first().innerText(),
        (text) => text.startsWith('3,000 events'),
        'every event counted in the list again',
      );
      assert.ok(await page.evaluate(() => (window as unknown as { listBefore?: Element | null }).listBefore === document.querySelector('.event-rows-virtual')), 'still the same list element');
    },
  },
  {
    name: 'pressing a row that shows only in part selects it and leaves the list where it is (the row stays under the pointer)',
    async run({ page, url }) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(url('/'));
      await waitForDashboard(page);
      const list = region(page, 'Events').locator('ol.event-rows');
      await list.waitFor();
      // Scroll the list so that a row is cut by its bottom edge, then press that row's visible part.
      const target = await list.evaluate((element: HTMLElement) => {
        const rows = [...element.querySelectorAll<HTMLElement>('button.event-row')];
        const row = rows[3];
        if (!row) return null;
        element.scrollTop = row.offsetTop - element.offsetTop - element.clientHeight + row.offsetHeight / 3;
        const r = row.getBoundingClientRect();
        const l = element.getBoundingClientRect();
        return { id: row.dataset.eventId ?? '', x: r.left + r.width / 2, y: (r.top + l.bottom) / 2, cut: r.bottom > l.bottom + 1, scrollTop: element.scrollTop };
      });
      assert.ok(target?.cut, `a row cut by the list's bottom edge (${JSON.stringify(target)})`);
      await page.mouse.click(target.x, target.y);
      await waitForParam(page, 'event', target.id);
      await waitForQuiet(page, 300);
      assert.equal(await list.evaluate((element) => element.scrollTop), target.scrollTop, 'the list did not scroll');
    },
  },
];
