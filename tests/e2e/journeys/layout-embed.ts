/**
 * Issue 13, embed mode: `?embed=1` fits an 800×600 or 600×450 frame without scrolling, shows the
 * title, the count, the map and the timeline (and the charts where there is room), none of the
 * Open file / Share / Export chrome, and a link to the full view with the same filters.
 * "Copy embed code" gives an <iframe> of the current view.
 */
import assert from 'node:assert/strict';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { boxOf, insideViewport, pageScroll } from '../lib/viewport';

const FRAMES = [
  { width: 800, height: 600, charts: true },
  { width: 600, height: 450, charts: false },
] as const;

export const journeys: Journey[] = [
  {
    name: 'embed mode fits 800×600 and 600×450 with title, count, map and timeline, and links to the full view',
    async run({ page, url, resultsDir }) {
      for (const frame of FRAMES) {
        const size = { width: frame.width, height: frame.height };
        await page.setViewportSize(size);
        await page.goto(url('/?categories=strike&embed=1'));
        const map = region(page, 'Map').locator('.leaflet-container');
        await map.waitFor();
        await region(page, 'Timeline').locator('svg.timeline-svg').waitFor();
        const scroll = await pageScroll(page);
        assert.ok(scroll.scrollHeight <= scroll.innerHeight && scroll.scrollWidth <= scroll.innerWidth, `${frame.width}×${frame.height}: nothing scrolls (${JSON.stringify(scroll)})`);
        const bar = page.getByRole('banner');
        assert.ok(insideViewport(await boxOf(bar.getByRole('heading', { level: 1 }), 'the title'), size));
        assert.match(await bar.innerText(), /Showing \d+ of 61 events/);
        for (const view of ['Map', 'Timeline'] as const) {
          assert.ok(insideViewport(await boxOf(region(page, view), view), size), `${frame.width}×${frame.height}: ${view} is in the frame`);
        }
        const mapBox = await boxOf(map, 'the map');
        assert.ok(mapBox.height >= 120, `the map is big enough to read (${mapBox.height} px)`);
        assert.equal(await region(page, 'Charts').isVisible(), frame.charts, `charts ${frame.charts ? 'shown' : 'left out'} at ${frame.width}×${frame.height}`);
        for (const chrome of ['Open file', 'Share', 'Export', 'Start the story']) {
          assert.equal(await page.getByRole('button', { name: chrome }).count(), 0, `no ${chrome} in embed mode`);
        }
        const link = page.getByRole('link', { name: /Open the full view/ });
        const href = new URL((await link.getAttribute('href')) ?? '', page.url());
        assert.equal(href.searchParams.get('categories'), 'strike', 'the full view keeps the filters');
        assert.equal(href.searchParams.has('embed'), false, 'and is not embedded');
        await expectNoAccessibilityViolations(page, { resultsDir, label: `layout-embed-${frame.width}` });
      }
    },
  },
  {
    name: 'Copy embed code gives an iframe of this view with embed=1, a title and a height',
    async run({ page, context, url, baseUrl }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(url('/?categories=strike&from=2026-02-01'));
      await region(page, 'Map').waitFor();
      await page.getByRole('banner').getByRole('button', { name: 'Share' }).click();
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await page.getByRole('status').filter({ hasText: 'Embed code copied' }).waitFor();
      const code = await page.evaluate(() => navigator.clipboard.readText());
      const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
      assert.ok(src, code);
      const embedded = new URL(src);
      assert.equal(embedded.searchParams.get('embed'), '1');
      assert.equal(embedded.searchParams.get('categories'), 'strike');
      assert.equal(embedded.searchParams.get('from'), '2026-02-01');
      assert.match(code, /^<iframe .*title="[^"]+".*height="\d+".*><\/iframe>$/);

      // The snippet works: the embedded address opens the compact view with the same count.
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(src);
      await region(page, 'Map').locator('.leaflet-container').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Share' }).count(), 0);
    },
  },
];
