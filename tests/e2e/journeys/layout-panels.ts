/**
 * Issue 13, desktop panels: the handles between the rail, the map and the right column, and
 * between them and the timeline, resize by keyboard and by dragging; the map redraws for its new
 * size; the sizes survive a reload; a double-click on a handle or "Reset layout" gives the
 * default sizes back. And the details never cover the map: a marker next to the one just chosen
 * at the map's right edge still takes the click, with a large dataset.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { openSyntheticDashboard, region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { boxOf, insideBox, pageScroll, type Box } from '../lib/viewport';
import { waitUntil } from '../lib/wait';

const ROWS_HANDLE = 'Resize the map and the timeline';
const SIDE_HANDLE = 'Resize the map and the right column';

async function heightOf(page: Page, name: 'Timeline' | 'Map'): Promise<number> {
  return (await boxOf(region(page, name), name)).height;
}

/** Width and height Leaflet believes its map has, against the box it really has. */
async function leafletSizes(page: Page): Promise<{ drawn: { width: number; height: number }; box: Box }> {
  const container = region(page, 'Map').locator('.leaflet-container');
  const box = await boxOf(container, 'the map');
  // The country shapes are one SVG that Leaflet sizes for the map it knows (plus a margin).
  const drawn = await region(page, 'Map')
    .locator('.leaflet-map-base-pane svg, .leaflet-overlay-pane svg')
    .first()
    .evaluate((svg) => ({ width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height }));
  return { drawn, box };
}

async function expectMapRedrawn(page: Page, when: string): Promise<void> {
  await waitUntil(
    () => leafletSizes(page),
    ({ drawn, box }) => drawn.width >= box.width - 2 && drawn.height >= box.height - 2,
    `the map's drawing to cover its new box ${when}`,
  );
}

export const journeys: Journey[] = [
  {
    name: 'the panel handles resize by keyboard and by dragging, the map follows, sizes survive a reload, and double-click or Reset layout restores them',
    async run({ page, url, resultsDir }) {
      const size = { width: 1280, height: 720 };
      await page.setViewportSize(size);
      await page.goto(url('/'));
      await waitForDashboard(page);
      await region(page, 'Map').locator('.leaflet-container').waitFor();
      const handles = page.getByRole('separator');
      assert.deepEqual(
        await handles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label'))),
        ['Resize the filters and the map', SIDE_HANDLE, ROWS_HANDLE],
        'three named handles',
      );
      const defaults = { timeline: await heightOf(page, 'Timeline'), side: (await boxOf(region(page, 'Charts'), 'Charts')).width };

      // Keyboard: Tab reaches the handle; each Arrow Up moves the timeline's top edge up.
      const rows = page.getByRole('separator', { name: ROWS_HANDLE });
      await rows.focus();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), ROWS_HANDLE);
      const valueBefore = Number(await rows.getAttribute('aria-valuenow'));
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      const taller = await waitUntil(() => heightOf(page, 'Timeline'), (h) => h > defaults.timeline + 40, 'the timeline to grow');
      assert.ok(Number(await rows.getAttribute('aria-valuenow')) < valueBefore, 'the handle reports its new position');
      await expectMapRedrawn(page, 'after the keyboard resize');
      assert.equal((await pageScroll(page)).scrollHeight, size.height, 'the page still does not scroll');

      // Pointer: drag the right column's handle 120 px to the left: the column widens.
      const side = await boxOf(page.getByRole('separator', { name: SIDE_HANDLE }), 'the right column handle');
      await page.mouse.move(side.x + side.width / 2, side.y + side.height / 2);
      await page.mouse.down();
      await page.mouse.move(side.x + side.width / 2 - 60, side.y + side.height / 2, { steps: 4 });
      await page.mouse.move(side.x + side.width / 2 - 120, side.y + side.height / 2, { steps: 4 });
      await page.mouse.up();
      const wider = await waitUntil(async () => (await boxOf(region(page, 'Charts'), 'Charts')).width, (w) => w > defaults.side + 90, 'the right column to widen');
      await expectMapRedrawn(page, 'after the drag');

      // Remembered: a reload keeps both sizes.
      await page.reload();
      await waitForDashboard(page);
      await region(page, 'Map').locator('.leaflet-container').waitFor();
      assert.ok(Math.abs((await heightOf(page, 'Timeline')) - taller) < 3, `the timeline keeps its height after a reload (${taller})`);
      assert.ok(Math.abs((await boxOf(region(page, 'Charts'), 'Charts')).width - wider) < 3, `the right column keeps its width after a reload (${wider})`);
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'layout-panels-resized' });

      // A double-click on the timeline's handle gives the timeline its default height back.
      await page.getByRole('separator', { name: ROWS_HANDLE }).dblclick();
      await waitUntil(() => heightOf(page, 'Timeline'), (h) => Math.abs(h - defaults.timeline) < 3, 'the timeline to take its default height again');

      // Reset layout forgets every size, including after a reload.
      await region(page, 'Filters').getByRole('button', { name: 'Reset layout' }).click();
      await waitUntil(async () => (await boxOf(region(page, 'Charts'), 'Charts')).width, (w) => Math.abs(w - defaults.side) < 3, 'the right column to take its default width again');
      await page.reload();
      await waitForDashboard(page);
      assert.ok(Math.abs((await boxOf(region(page, 'Charts'), 'Charts')).width - defaults.side) < 3, 'the default width stays after a reload');
      assert.ok(Math.abs((await heightOf(page, 'Timeline')) - defaults.timeline) < 3, 'the default height stays after a reload');
      await expectMapRedrawn(page, 'after the reset');
    },
  },
  {
    name: 'with a large dataset, a marker next to one just chosen at the map’s right edge still takes the click',
    async run({ page, url }) {
      await openSyntheticDashboard(page, url, { width: 1280, height: 720 });
      const mapRegion = region(page, 'Map');
      await mapRegion.locator('.map-marker[aria-pressed]').first().waitFor();
      await page.waitForTimeout(400);
      const map = await boxOf(mapRegion.locator('.leaflet-container'), 'the map');

      // Place markers a click reaches now, in the right fifth of the map, lower half (where a
      // details card over the map's edge used to sit).
      const reachable = await mapRegion.locator('.map-marker[aria-pressed]').evaluateAll((nodes, area) => {
        const found: { label: string; x: number; y: number }[] = [];
        for (const node of nodes) {
          const r = node.getBoundingClientRect();
          const x = r.x + r.width / 2;
          const y = r.y + r.height / 2;
          const label = node.getAttribute('aria-label') ?? '';
          if (x < area.x + area.width * 0.8 || x > area.x + area.width - 4 || y < area.y + area.height * 0.35 || y > area.y + area.height - 4) continue;
          if (document.elementFromPoint(x, y)?.closest('.map-marker') !== node) continue;
          if (document.querySelectorAll(`.map-marker[aria-label="${CSS.escape(label)}"]`).length !== 1) continue;
          found.push({ label, x, y });
        }
        return found;
      }, map);
      const pair = reachable.flatMap((a) => reachable.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < 140).map((b) => [a, b] as const))[0];
      assert.ok(pair, `two clickable place markers near each other at the map's right edge (found ${reachable.length} there)`);
      const [first, second] = pair;

      await page.mouse.click(first.x, first.y);
      const firstMarker = mapRegion.locator(`.map-marker[aria-label="${first.label}"]`);
      await waitUntil(() => firstMarker.getAttribute('aria-pressed'), (pressed) => pressed === 'true', `${first.label} to be chosen`);
      await region(page, 'Event details').getByRole('heading', { level: 2 }).waitFor();
      await page.waitForTimeout(600);

      // Wherever the map moved to show the first choice, the second marker is still there to click.
      const secondMarker = mapRegion.locator(`.map-marker[aria-label="${second.label}"]`);
      const target = await boxOf(secondMarker, second.label);
      await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
      await waitUntil(() => secondMarker.getAttribute('aria-pressed'), (pressed) => pressed === 'true', `the click to choose ${second.label}`);
      assert.equal(await firstMarker.getAttribute('aria-pressed'), 'false', 'the first marker is no longer chosen');
      const details = await boxOf(region(page, 'Event details'), 'Event details');
      assert.ok(!insideBox(await boxOf(secondMarker, second.label), details), 'the details sit beside the map, not over the chosen marker');
    },
  },
];
