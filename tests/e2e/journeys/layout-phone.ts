/**
 * Issue 13 on a 390×844 phone: the first screen shows data (the map and its markers), the
 * Filters open as a sheet and give the focus back, the view switcher brings a view up, and a
 * tapped marker's details come up in a sheet that Back closes.
 */
import assert from 'node:assert/strict';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { boxOf, insideViewport, pageScroll, visibleShare } from '../lib/viewport';
import { waitForParam } from '../lib/wait';

const PHONE = { width: 390, height: 844 };

export const journeys: Journey[] = [
  {
    name: 'on a phone the first screen shows the map with its markers and the count',
    async run({ page, url }) {
      await page.setViewportSize(PHONE);
      await page.goto(url('/'));
      await waitForDashboard(page);
      const map = region(page, 'Map').locator('.leaflet-container');
      await map.waitFor();
      const box = await boxOf(map, 'the map');
      assert.ok(box.y < PHONE.height / 2, `the map starts in the first half of the screen (${box.y})`);
      assert.ok(visibleShare(box, PHONE) > 0.9 && box.height > 250, `the map is on the first screen (${JSON.stringify(box)})`);
      const markers = await region(page, 'Map').locator('.map-marker').evaluateAll((elements) =>
        elements.filter((element) => {
          const r = element.getBoundingClientRect();
          return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        }).length,
      );
      assert.ok(markers >= 5, `markers on the first screen: ${markers}`);
      const status = page.getByText(/^Showing \d+ of \d+ events$/).filter({ visible: true }).first();
      assert.ok(insideViewport(await boxOf(status, 'the count'), PHONE), 'the count is on the first screen');
      const scroll = await pageScroll(page);
      assert.ok(scroll.scrollWidth <= scroll.innerWidth, 'no sideways scroll');
    },
  },
  {
    name: 'on a phone Filters open as a sheet, Escape closes it and the focus returns to the button',
    async run({ page, url, resultsDir }) {
      await page.setViewportSize(PHONE);
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.mouse.wheel(0, 900); // the bar stays at the top while the reader scrolls
      const button = page.getByRole('button', { name: 'Filters', exact: true });
      const buttonBox = await boxOf(button, 'the Filters button');
      assert.ok(insideViewport(buttonBox, PHONE) && buttonBox.height >= 44, `the Filters button is on screen and thumb-sized (${JSON.stringify(buttonBox)})`);
      await button.click();
      const filters = region(page, 'Filters');
      const sheet = await boxOf(filters, 'the Filters sheet');
      assert.ok(sheet.y <= 1 && sheet.height >= PHONE.height - 2, `the filters cover the screen (${JSON.stringify(sheet)})`);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim()), '× Close filters', 'the focus is on Close');
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'layout-phone-filters-sheet' });
      await filters.getByRole('button', { name: /^Strike/ }).click();
      await waitForParam(page, 'categories', 'strike');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Filters');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.notEqual(await filters.evaluate((sheet) => getComputedStyle(sheet).position), 'fixed', 'the sheet is closed: the filters are back in the page');
    },
  },
  {
    name: 'on a phone a tapped marker opens its details in a sheet over the map, and Back closes it',
    async run({ page, url, resultsDir }) {
      await page.setViewportSize(PHONE);
      await page.goto(url('/'));
      await waitForDashboard(page);
      await region(page, 'Map').getByRole('button', { name: /^Druzhkivka: 1 event/ }).click();
      await waitForParam(page, 'place', 'druzhkivka');
      const details = region(page, 'Event details');
      const killed = details.locator('.figure', { hasText: 'Killed' }).first();
      await killed.waitFor();
      assert.match(await killed.innerText(), /\b7\b/);
      assert.ok(insideViewport(await boxOf(details.getByRole('heading', { name: 'Event details' }), 'the details heading'), PHONE), 'the details heading is on screen');
      assert.ok(insideViewport(await boxOf(killed, 'the killed figure'), PHONE), 'the figures are on screen');
      const map = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map');
      assert.ok(visibleShare(map, PHONE) > 0.2, 'part of the map is still in view above the sheet');
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'layout-phone-details-sheet' });
      await page.goBack();
      await waitForParam(page, 'place', null);
      await page.waitForFunction(() => !document.querySelector('#view-details.has-selection'));
      const closed = await boxOf(details, 'the details');
      assert.ok(!insideViewport(closed, PHONE) || closed.height < 200, 'the sheet has gone');
    },
  },
  {
    name: 'on a phone the view switcher brings the Events list to the top of the screen',
    async run({ page, url }) {
      await page.setViewportSize(PHONE);
      await page.goto(url('/'));
      await waitForDashboard(page);
      const nav = page.getByRole('navigation', { name: 'Views' });
      for (const name of ['Map', 'Timeline', 'Charts', 'Events']) {
        const link = await boxOf(nav.getByRole('link', { name }), name);
        assert.ok(link.height >= 44, `${name} is thumb-sized`);
      }
      await nav.getByRole('link', { name: 'Events' }).click();
      await page.waitForTimeout(300);
      const events = await boxOf(region(page, 'Events'), 'Events');
      const bar = await boxOf(nav, 'the switcher');
      assert.ok(events.y >= bar.y + bar.height - 2 && events.y < 300, `the Events list starts under the bar (${events.y})`);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Events', 'the focus moves to the Events view');
    },
  },
];
