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
    name: 'embed mode: every skip link leads to a view in the frame, and Event details is offered only once something is chosen',
    async run({ page, url, resultsDir }) {
      const skipLinks = page.getByRole('navigation', { name: 'Skip to a view' }).getByRole('link');
      for (const frame of FRAMES) {
        const size = { width: frame.width, height: frame.height };
        await page.setViewportSize(size);
        await page.goto(url('/?embed=1'));
        await region(page, 'Map').locator('.leaflet-container').waitFor();
        // Links a keyboard user can reach (the accessibility tree leaves out those not displayed).
        const names = await skipLinks.allTextContents();
        assert.ok(names.length >= 2, `skip links are there (${names.join(', ')})`);
        assert.ok(!names.some((name) => /Event details/.test(name)), `${frame.width}×${frame.height}: no link to details that are not shown (${names.join(', ')})`);
        assert.equal(names.some((name) => /Charts/.test(name)), frame.charts, `${frame.width}×${frame.height}: a link to the charts only where they are shown (${names.join(', ')})`);
        for (let i = 0; i < names.length; i++) {
          await skipLinks.nth(i).focus();
          await page.keyboard.press('Enter');
          const target = await page.evaluate(() => {
            const active = document.activeElement;
            const box = active?.getBoundingClientRect();
            return active && box ? { id: active.id, box: { x: box.x, y: box.y, width: box.width, height: box.height } } : null;
          });
          assert.ok(target && target.id.startsWith('view-'), `${names[i] ?? ''} moves the focus to a view (${JSON.stringify(target)})`);
          assert.ok(target.box.width > 0 && target.box.height > 0 && insideViewport(target.box, size), `${frame.width}×${frame.height}: ${names[i] ?? ''} leads to a view shown in the frame (${JSON.stringify(target)})`);
        }
      }

      const size = { width: 800, height: 600 };
      await page.setViewportSize(size);

      // Chosen (here by the link): the details appear, beside the map rather than over it, and the link leads there.
      await page.goto(url('/?embed=1&event=strike-2026-02-04-druzhkivka-market'));
      const details = region(page, 'Event details');
      await details.getByRole('heading', { name: /Druzhkivka/ }).waitFor();
      const link = skipLinks.filter({ hasText: 'Skip to Event details' });
      assert.equal(await link.count(), 1, 'the link to the details is offered');
      await link.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'view-details');
      const detailsBox = await boxOf(details, 'Event details');
      assert.ok(insideViewport(detailsBox, size), 'the details are in the frame');
      const map = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map');
      const overlap = Math.max(0, Math.min(map.x + map.width, detailsBox.x + detailsBox.width) - Math.max(map.x, detailsBox.x)) * Math.max(0, Math.min(map.y + map.height, detailsBox.y + detailsBox.height) - Math.max(map.y, detailsBox.y));
      assert.equal(overlap, 0, 'the details do not cover the map at 800×600');
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'layout-embed-details' });
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
