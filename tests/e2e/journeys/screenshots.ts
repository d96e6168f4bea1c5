/** Pictures of the default view at desktop and phone size, light and dark, for people to look at. */
import assert from 'node:assert/strict';
import { waitForDashboard } from '../lib/dashboard';
import { captureScreenshots } from '../lib/screenshots';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'screenshots',
    async run({ page, url, resultsDir }) {
      const files = await captureScreenshots(page, {
        resultsDir,
        name: 'default',
        url: url('/'),
        ready: async (p) => {
          await waitForDashboard(p);
          await p.waitForLoadState('networkidle');
        },
      });
      assert.equal(files.length, 4);
    },
  },
  {
    name: 'a phone-sized screen needs no sideways scrolling',
    async run({ page, url }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url('/'));
      await waitForDashboard(page);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      assert.ok(widths.page <= widths.screen, `the page is ${widths.page} px wide on a ${widths.screen} px screen`);
    },
  },
];
