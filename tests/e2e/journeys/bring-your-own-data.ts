/**
 * Issue 7 in the real browser: a reader opens an ACLED export and a TimelineJS file, explores
 * them with every view, is told plainly when a file is not data, and goes back to the default.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { showing, waitForParam, waitUntil } from '../lib/wait';

const fixture = (name: string) => resolve('tests/fixtures/imports', name);
const dataPanel = (page: Parameters<Journey['run']>[0]['page']) => page.getByRole('region', { name: 'Data', exact: true });

export const journeys: Journey[] = [
  {
    name: 'an ACLED export opens in every view, and Close file returns the built-in events',
    async run({ page, url }) {
      await page.goto(url('/'));
      const before = await waitForDashboard(page);
      assert.ok(before && before.total > 0);

      await page.locator('input[type=file]').setInputFiles(fixture('acled-sample.csv'));
      const summary = await waitUntil(
        () => dataPanel(page).innerText(),
        (text) => /acled-sample\.csv/.test(text) && /events? loaded/.test(text),
        'the Data panel to name the opened file and its counts',
      );
      const loaded = Number(/(\d+) events? loaded/.exec(summary)?.[1]);
      assert.ok(loaded > 0, `the panel says how many events loaded: ${summary}`);
      // The panel opened to report on the file; the reader closes it to look at the views.
      const openFile = page.getByRole('banner').getByRole('button', { name: 'Open file', exact: true });
      assert.equal(await openFile.getAttribute('aria-expanded'), 'true', 'the Data panel shows its report after a file opens');
      await openFile.click();
      await waitUntil(() => showing(page), (c) => c.total === loaded && c.shown === loaded, `"Showing ${loaded} of ${loaded} events"`);

      // Every view shows the file: a marker for its Druzhkivka row, marks on the timeline, chart bars, list rows.
      const marker = region(page, 'Map').getByRole('button', { name: /^Druzhkivka: \d+ events?/ });
      await marker.waitFor();
      assert.ok((await region(page, 'Timeline').locator('svg [data-event-id]').count()) > 0, 'the timeline draws the file\'s events');
      // Panels draw when they are scrolled into view (the launches panel has nothing for ACLED rows).
      await region(page, 'Charts').getByRole('figure', { name: /killed and injured/ }).first().scrollIntoViewIfNeeded();
      await region(page, 'Charts').locator('path.chart-bar').first().waitFor();
      assert.equal(await region(page, 'Events').getByRole('listitem').count(), loaded, 'the Events list has every loaded event');

      // Selecting its place shows the ACLED row's details, with its source as text (ACLED gives no links).
      await marker.click();
      await waitForParam(page, 'place', 'druzhkivka-donetsk');
      const details = region(page, 'Event details');
      await details.getByRole('article').first().waitFor();
      assert.match(await details.innerText(), /Sources/);

      // The opened file survives a reload (kept in this browser until the reader closes it); the
      // Data panel opens on it again.
      await page.reload();
      await waitUntil(() => showing(page), (c) => c.total === loaded, `the opened file to come back after a reload (${loaded} events)`);
      if (!(await dataPanel(page).isVisible())) await openFile.click();
      assert.match(await dataPanel(page).innerText(), /acled-sample\.csv/);

      await dataPanel(page).getByRole('button', { name: 'Close file' }).click();
      await waitUntil(() => showing(page), (c) => c.total === before.total, 'the default data to come back');
      // The dashboard is rebuilt for the default data, with its Open file panel closed: open it to read.
      if ((await openFile.getAttribute('aria-expanded')) !== 'true') await openFile.click();
      assert.match(await dataPanel(page).innerText(), /Showing the default dataset/);
      // Closed means closed: a reload now shows the default data.
      await page.reload();
      await waitUntil(() => showing(page), (c) => c.total === before.total, 'the default data after a reload');
    },
  },
  {
    name: 'a TimelineJS file opens with its year-only dates kept, and a broken file leaves the data in place',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.locator('input[type=file]').setInputFiles(fixture('timelinejs.json'));
      await waitUntil(() => dataPanel(page).innerText(), (t) => /timelinejs\.json/.test(t) && /events? loaded/.test(t), 'the TimelineJS file to load');
      const counts = await showing(page);
      assert.ok(counts.total > 0);
      const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
      assert.ok(rows.some((row) => /^\s*\d{4}\b/.test(row)), `a year-only date is shown as a year: ${rows.join(' | ')}`);

      await page.locator('input[type=file]').setInputFiles(fixture('broken.json'));
      const alert = dataPanel(page).getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /Could not open broken\.json/);
      assert.match(await alert.innerText(), /has not changed/);
      const after = await showing(page);
      assert.deepEqual(after, counts, 'the TimelineJS events are still shown');
    },
  },
];
