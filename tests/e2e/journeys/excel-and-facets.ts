/**
 * Issue 16 in the real browser: an Excel workbook opened with Open file (the reader's code
 * fetched only then), ACLED's sub-type and region as filters with chips and a link, and a sheet
 * in no known layout through the column-mapping step.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { params, showing, waitUntil } from '../lib/wait';

const fixture = (name: string) => resolve('tests/fixtures/imports', name);

export const journeys: Journey[] = [
  {
    name: 'an ACLED Excel workbook opens, and its sub-types and regions filter the views',
    async run({ page, url, resultsDir }) {
      const excelChunks: string[] = [];
      page.on('request', (request) => {
        if (/xlsx-table-[\w-]+\.js$/.test(request.url())) excelChunks.push(request.url());
      });
      await page.goto(url('/'));
      await waitForDashboard(page);
      assert.deepEqual(excelChunks, [], 'the Excel reader is not fetched before a workbook is opened');
      const filters = region(page, 'Filters');
      assert.equal(await filters.getByRole('group', { name: 'Sub-type' }).count(), 0, 'no Sub-type facet for data without sub-types');

      await page.locator('input[type=file]').setInputFiles(fixture('acled-sample.xlsx'));
      await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, '"Showing 3 of 3 events" from the workbook');
      assert.equal(excelChunks.length, 1, `the Excel reader is fetched once, when needed: ${excelChunks.join(', ')}`);
      const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
      assert.ok(rows.some((row) => /Shelling\/artillery\/missile attack in Druzhkivka/.test(row) && /4 Feb 2026/.test(row)), `a date cell is its calendar day: ${rows.join(' | ')}`);
      assert.ok(rows.some((row) => /5 Feb 2026/.test(row)), 'a serial number in the date column is a date');

      const regions = filters.getByRole('group', { name: 'Region' });
      await regions.getByRole('checkbox', { name: 'Kyiv City (1)' }).check();
      await waitUntil(() => showing(page), (c) => c.shown === 1, '"Showing 1 of 3 events" for Kyiv City');
      assert.equal(params(page).get('regions'), 'kyiv-city');
      const subTypes = filters.getByRole('group', { name: 'Sub-type' });
      assert.equal(await subTypes.getByRole('checkbox', { name: /Armed clash/ }).count(), 0, 'sub-type counts follow the region');
      const chips = page.getByRole('list', { name: 'Active filters' });
      await chips.getByText('Region: Kyiv City').waitFor();
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'xlsx-region-facet' });
      await page.screenshot({ path: resolve(resultsDir, 'screenshots', 'xlsx-region-facet-1440.png') });

      await page.getByRole('button', { name: 'Remove filter: Region: Kyiv City' }).click();
      await waitUntil(() => showing(page), (c) => c.shown === 3, 'all 3 events once the chip is removed');
      await subTypes.getByRole('checkbox', { name: 'Armed clash (1)' }).check();
      await waitUntil(() => showing(page), (c) => c.shown === 1, 'the armed clash alone');
      assert.equal(params(page).get('subtypes'), 'armed-clash');
      await filters.getByRole('button', { name: 'Reset' }).click();
      await waitUntil(() => showing(page), (c) => c.shown === 3, 'Reset clears the sub-type');
      assert.equal(params(page).get('subtypes'), null);
    },
  },
  {
    name: 'an Excel sheet in no known layout asks for its columns, then loads',
    async run({ page, url }) {
      await page.goto(url('/'));
      const before = await waitForDashboard(page);
      await page.locator('input[type=file]').setInputFiles(fixture('mapping-own.xlsx'));
      const step = page.getByRole('region', { name: 'Choose the columns of mapping-own.xlsx' });
      await step.waitFor();
      assert.deepEqual(await showing(page), before, 'the data on screen stays while the reader decides');
      assert.match(await step.innerText(), /2025-04-03/, 'the preview shows the date cell as a calendar date');
      await step.getByRole('button', { name: 'Load with these columns' }).click();
      await waitUntil(() => showing(page), (c) => c.total === 2 && c.shown === 2, '"Showing 2 of 2 events"');
      const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
      assert.ok(rows.some((row) => /Shelling of Kherson/.test(row) && /3 Apr 2025/.test(row)), rows.join(' | '));
    },
  },
];
