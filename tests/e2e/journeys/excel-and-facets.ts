/**
 * Issue 16 in the real browser: an Excel workbook opened with Open file (the reader's code
 * fetched only then), ACLED's sub-type and region as filters with chips and a link, a sheet
 * in no known layout through the column-mapping step, and the same step for a `?data=` link.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

      // ACLED fatalities are figures: in the details, and in the killed chart (the battle is no strike).
      await region(page, 'Events').getByRole('button', { name: /Shelling\/artillery\/missile attack in Druzhkivka/ }).click();
      const details = region(page, 'Event details');
      await details.getByText('Sub-type: Shelling/artillery/missile attack').waitFor();
      const detailsText = await details.innerText();
      assert.match(detailsText, /Region: Donetsk/);
      assert.match(detailsText, /Killed\s*7/, `fatalities shown as killed: ${detailsText}`);
      await region(page, 'Charts').getByRole('button', { name: 'Show data as table' }).first().click();
      const tableRows = await region(page, 'Charts')
        .locator('.chart-tables table')
        .first()
        .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
      assert.ok(tableRows.some((cells) => /4 Feb/.test(cells[0] ?? '') && cells[2] === '7' && cells[4] === '1'), `4 Feb: 7 killed, 1 strike: ${JSON.stringify(tableRows)}`);
      assert.ok(tableRows.some((cells) => /8 Feb/.test(cells[0] ?? '') && cells[4] === '0' && cells[5] === '1'), `8 Feb: a battle, no strike: ${JSON.stringify(tableRows)}`);
      await page.keyboard.press('Escape');

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
      await filters.getByRole('button', { name: 'Reset', exact: true }).click();
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

journeys.push({
  name: 'a linked ?data= CSV in no known layout asks for its columns once; the link then carries them',
  async run({ page, url, resultsDir }) {
    const csv = readFileSync(fixture('mapping-arbitrary.csv'), 'utf8');
    await page.route('**/linked/own-layout.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: csv }));
    await page.goto(url('/?data=linked/own-layout.csv'));
    const step = page.getByRole('region', { name: 'Choose the columns of own-layout.csv' });
    await step.waitFor();
    assert.equal(await step.getByLabel('Date', { exact: true }).inputValue(), '0', 'the "when" column is guessed as the date');
    await expectNoAccessibilityViolations(page, { resultsDir, label: 'linked-file-columns' });
    await page.screenshot({ path: resolve(resultsDir, 'screenshots', 'linked-file-columns-1280.png') });
    await step.getByRole('radio', { name: /Day first/ }).check();
    await step.getByRole('button', { name: 'Load with these columns' }).click();
    await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, '"Showing 3 of 3 events" from the linked file');
    assert.equal(params(page).get('data'), 'linked/own-layout.csv');
    const columns = params(page).get('columns');
    assert.match(columns ?? '', /^date\.0,title\.1,.*latitude\.3,longitude\.4.*,order\.day-first$/, `the choices are in the address: ${columns}`);
    const rows = await region(page, 'Events').getByRole('listitem').allInnerTexts();
    assert.ok(rows.some((row) => /Shelling of Kherson/.test(row) && /3 Apr 2025/.test(row)), rows.join(' | '));
    const sharedLink = page.url();

    // The plain link again, in this browser: the remembered choices apply with no question.
    await page.goto(url('/?data=linked/own-layout.csv'));
    await waitUntil(() => showing(page), (c) => c.total === 3, 'the remembered columns to load the file');
    assert.equal(params(page).get('columns'), columns, 'the remembered choices are written into the address');
    assert.equal(await page.getByRole('region', { name: /Choose the columns/ }).count(), 0);

    // The shared link in a browser that remembers nothing: the address alone is enough.
    await page.evaluate(() => localStorage.clear());
    await page.goto(sharedLink);
    await waitUntil(() => showing(page), (c) => c.total === 3 && c.shown === 3, 'the shared link to load with its columns');
    assert.equal(await page.getByRole('region', { name: /Choose the columns/ }).count(), 0, 'no mapping step for a link that carries its columns');

    // Change columns… asks again, starting from the current choices.
    await page.getByRole('banner').getByRole('button', { name: 'Open file', exact: true }).click();
    await page.getByRole('button', { name: 'Change columns…' }).click();
    const again = page.getByRole('region', { name: 'Choose the columns of own-layout.csv' });
    await again.waitFor();
    assert.equal(await again.getByLabel('Title').inputValue(), '1', 'the step starts from the choices the link had');
    await again.getByLabel('Title').selectOption('6');
    await again.getByRole('button', { name: 'Load with these columns' }).click();
    await waitUntil(() => showing(page), (c) => c.total === 3, 'the file to load with the new title column');
    assert.match(params(page).get('columns') ?? '', /title\.6/);
    await region(page, 'Events').getByRole('button', { name: /Residential area hit/ }).waitFor();
  },
});
