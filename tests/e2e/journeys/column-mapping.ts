/**
 * Issue 16 item 1 in the real browser: a CSV with columns of its own asks which column is which
 * (guessed, checked by the reader, axe clean), then shows on the map and in the list; a GeoJSON
 * with name/time properties loads directly.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { showing, waitUntil } from '../lib/wait';

const fixture = (name: string) => resolve('tests/fixtures/imports', name);
const dataPanel = (page: Parameters<Journey['run']>[0]['page']) => page.getByRole('region', { name: 'Data', exact: true });

export const journeys: Journey[] = [
  {
    name: 'a CSV with arbitrary headers asks for its columns, then shows on the map and in the list',
    async run({ page, url, resultsDir }) {
      await page.goto(url('/'));
      const before = await waitForDashboard(page);
      assert.ok(before && before.total > 0);

      await page.locator('input[type=file]').setInputFiles(fixture('mapping-arbitrary.csv'));
      const step = page.getByRole('region', { name: 'Choose the columns of mapping-arbitrary.csv' });
      await step.waitFor();
      assert.equal(await step.evaluate((element) => element === document.activeElement), true, 'focus moves to the mapping step');
      assert.equal(await step.getByLabel('Date', { exact: true }).inputValue(), '0', 'the "when" column is guessed as the date');
      assert.equal(await step.getByLabel('Latitude').inputValue(), '3', 'the "y" column is guessed as the latitude');
      assert.deepEqual(await showing(page), before, 'the data on screen has not changed while the reader decides');
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'column-mapping-step-light' });
      await step.screenshot({ path: resolve(resultsDir, 'screenshots', 'column-mapping-step-light.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'column-mapping-step-dark' });
      await page.setViewportSize({ width: 390, height: 844 });
      await step.screenshot({ path: resolve(resultsDir, 'screenshots', 'column-mapping-step-390x844-dark.png') });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: 'light' });

      await step.getByRole('radio', { name: /Day first/ }).check();
      await step.getByRole('button', { name: 'Load with these columns' }).click();
      await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, '"Showing 3 of 3 events"');
      assert.match(await dataPanel(page).innerText(), /mapping-arbitrary\.csv \(CSV with chosen columns\): 3 events loaded, 0 rows rejected/);
      await region(page, 'Map').getByRole('button', { name: /^Istanbul: 1 event/ }).waitFor();
      const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
      assert.equal(rows.length, 3);
      assert.ok(rows.some((row) => /Shelling of Kherson/.test(row) && /3 Apr 2025/.test(row)), `03/04/2025 read day first: ${rows.join(' | ')}`);
      assert.equal(await page.locator('input[type=file]').evaluate((element) => element === document.activeElement), true, 'focus returns to "Open file…"');

      // The file comes back after a reload with the same columns, without asking again.
      await page.reload();
      await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, 'the mapped file to come back after a reload');
      assert.equal(await page.getByRole('region', { name: /Choose the columns/ }).count(), 0, 'no mapping step after the reload');
      assert.match(await dataPanel(page).innerText(), /CSV with chosen columns/);
    },
  },
  {
    name: 'a GeoJSON with name and time properties loads directly, with a note of how it was read',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.locator('input[type=file]').setInputFiles(fixture('mapping-named.geojson'));
      await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, '"Showing 3 of 3 events"');
      assert.equal(await page.getByRole('region', { name: /Choose the columns/ }).count(), 0, 'no mapping step for GeoJSON');
      assert.match(await dataPanel(page).innerText(), /3 events loaded, 0 rows rejected/);
      await region(page, 'Map').getByRole('button', { name: /Strike on Kharkiv|: 1 event/ }).first().waitFor();
      const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
      assert.ok(rows.some((row) => /Strike on Kharkiv/.test(row) && /23 Aug 2025/.test(row)), `8/23/2025 read as 23 August: ${rows.join(' | ')}`);
    },
  },
];
