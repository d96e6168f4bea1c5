/**
 * The dashboard on a 390×844 phone: no sideways scrolling, no text drawn over other text, thumb-
 * sized primary targets, and a timeline that still works.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { LANDMARKS, region, waitForDashboard } from '../lib/dashboard';
import { horizontalOverflow, overlappingText } from '../lib/layout-checks';
import type { Journey } from '../lib/types';
import { waitForParams, waitForShowing } from '../lib/wait';

const PHONE = { width: 390, height: 844 };

async function openOnPhone(page: Page, path: string, goto: (path: string) => string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(goto(path));
  await waitForDashboard(page);
  await page.waitForLoadState('networkidle');
}

/** Heights of the elements matched by `locator`, with their names, below `minimum`. */
async function shorterThan(page: Page, selector: string, scope: string, minimum: number): Promise<string[]> {
  const boxes = await region(page, scope as (typeof LANDMARKS)[number]).locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({ name: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40), height: element.getBoundingClientRect().height, width: element.getBoundingClientRect().width })),
  );
  assert.ok(boxes.length > 0, `no ${selector} in ${scope}`);
  return boxes.filter((box) => box.height < minimum - 0.5 || box.width < minimum - 0.5).map((box) => `${box.name} (${Math.round(box.width)}×${Math.round(box.height)})`);
}

export const journeys: Journey[] = [
  {
    name: 'on a phone nothing scrolls sideways and no text is drawn over other text',
    async run({ page, url }) {
      for (const path of ['/', '/?event=strike-2026-02-04-druzhkivka-market&place=druzhkivka']) {
        await openOnPhone(page, path, url);
        // With an event selected its details sheet covers the bottom of the screen: bring the
        // button to the middle, above the sheet, as a reader would scroll it.
        const toggle = region(page, 'Charts').getByRole('button', { name: 'Show data as table' });
        await toggle.evaluate((button) => button.scrollIntoView({ block: 'center' }));
        await toggle.click();
        const overflow = await horizontalOverflow(page);
        assert.ok(overflow.scrollWidth <= overflow.clientWidth, `${path}: the page is ${overflow.scrollWidth} px wide on a ${overflow.clientWidth} px screen`);
        const overlaps: string[] = [];
        for (const name of LANDMARKS) {
          for (const problem of await overlappingText(page, `section[aria-label="${name}"]`)) overlaps.push(`${name}: ${problem}`);
        }
        for (const problem of await overlappingText(page, 'header')) overlaps.push(`header: ${problem}`);
        assert.deepEqual(overlaps, [], `${path}: text over text`);
      }
    },
  },
  {
    name: 'on a phone the primary touch targets are at least 44 px',
    async run({ page, url }) {
      await openOnPhone(page, '/', url);
      const problems = [
        ...(await shorterThan(page, '.event-row', 'Events', 44)),
        ...(await shorterThan(page, '.category-toggles button', 'Filters', 44)),
        ...(await shorterThan(page, '.timeline-buttons button', 'Timeline', 44)),
      ];
      const play = region(page, 'Timeline').getByRole('button', { name: 'Play', exact: true });
      if ((await play.count()) > 0) {
        const box = await play.boundingBox();
        if (!box || box.height < 43.5 || box.width < 43.5) problems.push(`Play (${box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'not on screen'})`);
      }
      assert.deepEqual(problems, [], 'primary targets under 44×44 px on a phone');
    },
  },
  {
    name: 'on a phone the timeline fits the screen, a tap selects an event and Select range sets dates',
    async run({ page, url }) {
      await openOnPhone(page, '/', url);
      const all = await waitForDashboard(page);
      assert.ok(all);
      const timeline = region(page, 'Timeline');
      const svg = timeline.locator('svg.timeline-svg');
      await svg.scrollIntoViewIfNeeded();
      const box = await svg.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width + 0.5, `the drawing fits the screen: ${JSON.stringify(box)}`);

      // Tap (click) the largest mark: the event opens in the details.
      const marks = svg.locator('[data-event-id]');
      const sizes = await marks.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width * element.getBoundingClientRect().height));
      const biggest = sizes.indexOf(Math.max(...sizes));
      const id = await marks.nth(biggest).getAttribute('data-event-id');
      await marks.nth(biggest).click();
      await waitForParams(page, (p) => p.get('event') === id, `event=${id}`);
      await region(page, 'Event details').getByRole('navigation', { name: 'Step through events' }).waitFor();

      // The details come up in a sheet over the bottom of the screen.
      const sheet = await region(page, 'Event details').boundingBox();
      assert.ok(sheet && sheet.y >= 0 && sheet.y + sheet.height <= PHONE.height + 0.5, `the details sheet is on screen: ${JSON.stringify(sheet)}`);

      // Select range, then a drag across the drawing (no Shift key on a phone), above the sheet.
      const selectRange = timeline.getByRole('button', { name: 'Select range' });
      await selectRange.evaluate((button) => button.scrollIntoView({ block: 'start' }));
      await page.mouse.wheel(0, -140); // out from under the sticky bar
      await selectRange.click();
      await svg.evaluate((drawing) => drawing.scrollIntoView({ block: 'start' }));
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(200);
      const area = await svg.boundingBox();
      if (!area) throw new Error('the timeline drawing is gone');
      const y = area.y + area.height / 2;
      await page.mouse.move(area.x + area.width * 0.35, y);
      await page.mouse.down();
      for (let step = 1; step <= 6; step++) await page.mouse.move(area.x + area.width * (0.35 + (0.3 * step) / 6), y);
      await page.mouse.up();
      await waitForParams(page, (p) => p.has('from') && p.has('to'), 'from= and to= after the drag');
      await waitForShowing(page, (n) => n < all.total, 'fewer events than all');
    },
  },
];
