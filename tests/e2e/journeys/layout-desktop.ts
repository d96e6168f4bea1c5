/**
 * Issue 13 on a desktop: the dashboard is one screen that never scrolls, with the map, the
 * timeline, the charts, the events and the details all in view; a marker's figures appear
 * without scrolling and the map stays in view; a story step shows its text over the map.
 */
import assert from 'node:assert/strict';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard, type LandmarkName } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { boxOf, insideBox, insideViewport, pageScroll, seenBox, type Box } from '../lib/viewport';
import { params, waitForParam } from '../lib/wait';

/** Window sizes, and the least share of the window the map's drawing must cover there (issue 13: about a third). */
const SIZES = [
  { width: 1440, height: 900, mapShare: 0.33 },
  { width: 1280, height: 720, mapShare: 0.33 },
  { width: 1024, height: 768, mapShare: 0.24 },
] as const;

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
}

const VIEWS: LandmarkName[] = ['Map', 'Timeline', 'Charts', 'Events', 'Event details', 'Filters'];

export const journeys: Journey[] = [
  {
    name: 'at 1440×900, 1280×720 and 1024×768 the page does not scroll and every view is in the window',
    async run({ page, url }) {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(url('/'));
        await waitForDashboard(page);
        await region(page, 'Map').locator('.leaflet-container').waitFor();
        const scroll = await pageScroll(page);
        assert.ok(scroll.scrollHeight <= scroll.innerHeight, `${size.width}×${size.height}: the page is ${scroll.scrollHeight} px tall in a ${scroll.innerHeight} px window`);
        assert.ok(scroll.scrollWidth <= scroll.innerWidth, `${size.width}×${size.height}: the page is ${scroll.scrollWidth} px wide`);
        for (const name of VIEWS) {
          const box = await boxOf(region(page, name), name);
          assert.ok(insideViewport(box, size), `${size.width}×${size.height}: ${name} is inside the window (${JSON.stringify(box)})`);
        }
        // Each view is large enough to read: the map's drawing is the largest area.
        const map = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map drawing');
        const share = (map.width * map.height) / (size.width * size.height);
        assert.ok(share >= size.mapShare, `${size.width}×${size.height}: the map covers ${(share * 100).toFixed(0)}% of the window`);
        const timeline = await boxOf(region(page, 'Timeline').locator('svg.timeline-svg'), 'the timeline drawing');
        assert.ok(timeline.y < size.height - 80, `${size.width}×${size.height}: the timeline's drawing starts on screen (${timeline.y})`);
        const chart = await boxOf(region(page, 'Charts').locator('svg.recharts-surface').first(), 'a chart');
        assert.ok(chart.y + 60 < size.height && chart.height > 60, `${size.width}×${size.height}: a chart is on screen (${JSON.stringify(chart)})`);
        // What is seen of the four views (inside their scrolling panels): the lanes with their
        // marks and the axis, a chart's bars, the details; none drawn over another.
        const seen = {
          map,
          lanes: await seenBox(region(page, 'Timeline').locator('svg.timeline-svg')),
          bars: await seenBox(region(page, 'Charts').locator('g.chart-bars').first()),
          details: await seenBox(region(page, 'Event details').getByRole('heading', { level: 2 })),
        };
        for (const [what, box] of Object.entries(seen)) assert.ok(box && insideViewport(box, size), `${size.width}×${size.height}: ${what} can be seen (${JSON.stringify(box)})`);
        if (seen.lanes) {
          assert.ok(Math.abs(seen.lanes.height - timeline.height) < 1, `${size.width}×${size.height}: the whole timeline drawing, axis included, is in view (${seen.lanes.height} of ${timeline.height} px)`);
          const marks = await region(page, 'Timeline').locator('.timeline-mark').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
          assert.ok(marks.length > 20, 'the timeline draws its marks');
          const lanes = seen.lanes;
          assert.ok(marks.every((mark) => insideBox(mark, { x: lanes.x - 12, y: lanes.y, width: lanes.width + 24, height: lanes.height })), `${size.width}×${size.height}: every mark is inside the timeline's drawing`);
        }
        const views = [seen.map, seen.lanes, seen.bars, seen.details].filter((box): box is Box => box !== null);
        for (let i = 0; i < views.length; i++) {
          for (let j = i + 1; j < views.length; j++) {
            assert.ok(!overlaps(views[i] as Box, views[j] as Box), `${size.width}×${size.height}: the map, the timeline, the chart and the details do not overlap (${JSON.stringify(views[i])} / ${JSON.stringify(views[j])})`);
          }
        }
      }
    },
  },
  {
    name: 'a marker click shows its figures beside the map without scrolling, at 1440×900 and 1280×720',
    async run({ page, url }) {
      for (const size of SIZES.slice(0, 2)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(url('/'));
        await waitForDashboard(page);
        await region(page, 'Map').getByRole('button', { name: /^Druzhkivka: 1 event/ }).click();
        await waitForParam(page, 'place', 'druzhkivka');
        const details = region(page, 'Event details');
        const killed = details.locator('.figure', { hasText: 'Killed' }).first();
        const injured = details.locator('.figure', { hasText: 'Injured' }).first();
        await killed.waitFor();
        assert.match(await killed.innerText(), /\b7\b/);
        assert.match(await injured.innerText(), /\b15\b/);
        for (const [what, locator] of [['killed', killed], ['injured', injured]] as const) {
          assert.ok(insideViewport(await boxOf(locator, what), size), `${size.width}×${size.height}: the ${what} figure is in the window`);
        }
        const map = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map');
        assert.ok(insideViewport(map, size), 'the map is still in the window');
        const marker = await boxOf(region(page, 'Map').getByRole('button', { name: /^Druzhkivka: 1 event/ }), 'the marker');
        assert.ok(insideBox(marker, map), 'the chosen marker is still inside the map');
        const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.map-marker')?.getAttribute('aria-label') ?? '', { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 });
        assert.match(onTop, /^Druzhkivka/, 'the details card does not cover the chosen marker');
        assert.equal((await pageScroll(page)).scrollY, 0, 'the page did not scroll');
      }
    },
  },
  {
    name: 'a story step shows its text as a card on the map, with the map and the timeline in view',
    async run({ page, url, resultsDir }) {
      const size = { width: 1280, height: 720 };
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.getByRole('button', { name: 'Start the story' }).click();
      await waitForParam(page, 'step', '1');
      const card = page.getByRole('group', { name: 'Guided story' });
      await card.getByRole('heading', { level: 2 }).waitFor();
      const map = await boxOf(region(page, 'Map'), 'the Map');
      // The card scrolls inside its dock when the text is long: what is seen is the dock's box.
      const dock = await boxOf(page.locator('.story-dock'), 'the story card');
      assert.ok(insideBox(dock, map), `the step's card sits over the map (${JSON.stringify(dock)} in ${JSON.stringify(map)})`);
      for (const name of ['Next step', 'Leave story']) {
        assert.ok(insideBox(await boxOf(card.getByRole('button', { name }), name), map), `${name} is on the card, over the map`);
      }
      assert.ok(insideViewport(map, size), 'the map is in the window');
      assert.ok(insideViewport(await boxOf(region(page, 'Timeline'), 'the Timeline'), size), 'the timeline is in the window');
      await page.getByRole('button', { name: 'Next step' }).click();
      await waitForParam(page, 'step', '2');
      assert.ok(params(page).get('from'), 'the step sets the dates the timeline shows');
      assert.ok(insideViewport(await boxOf(page.locator('.story-dock'), 'the story card'), size), 'the next step is in the window too');
      assert.equal((await pageScroll(page)).scrollY, 0, 'the page did not scroll');
      await expectNoAccessibilityViolations(page, { resultsDir, label: 'layout-story-1280' });
    },
  },
  {
    name: 'the top bar: chips remove a filter, panels open from their buttons and Escape gives the focus back',
    async run({ page, url }) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(url('/?categories=strike&q=kyiv'));
      await waitForDashboard(page);
      const bar = page.getByRole('banner');
      await bar.getByText(/Showing \d+ of \d+ events/).waitFor();
      const chips = bar.getByRole('list', { name: 'Active filters' });
      await chips.getByRole('button', { name: 'Remove filter: Strike' }).click();
      await waitForParam(page, 'categories', null);
      assert.equal(params(page).get('q'), 'kyiv', 'the other filter stays');
      await page.goBack();
      await waitForParam(page, 'categories', 'strike');

      const share = bar.getByRole('button', { name: 'Share' });
      await share.click();
      assert.equal(await share.getAttribute('aria-expanded'), 'true');
      const panel = page.getByRole('dialog', { name: 'Share this view' });
      await panel.getByRole('button', { name: 'Copy embed code' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Copy link', 'the focus moves into the panel');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Share ▾', 'the focus is back on Share');

      // Collapsing the rail gives the map more room, and the map redraws for its new size.
      const before = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map');
      await region(page, 'Filters').getByRole('button', { name: 'Hide filters' }).click();
      await page.waitForTimeout(300);
      const after = await boxOf(region(page, 'Map').locator('.leaflet-container'), 'the map');
      assert.ok(after.width > before.width + 50, `the map grew (${before.width} → ${after.width})`);
      // Leaflet draws the country shapes in an SVG sized for the map it knows: it must know the new size.
      await page.waitForTimeout(300);
      const drawn = await region(page, 'Map').locator('.leaflet-map-base-pane svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
      assert.ok(drawn >= after.width - 2, `the country shapes cover the wider map (${drawn} px drawn for ${after.width} px)`);
    },
  },
  {
    name: 'at 1920×1080 the timeline draws the daily figures under its lanes: reading down from a talk round lands on its shaded days',
    async run({ page, url }) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(url('/'));
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await waitForDashboard(page);
      const timeline = region(page, 'Timeline');
      const toggle = timeline.getByRole('button', { name: 'Daily figures' });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'a tall window shows the figures by default');
      const strips = timeline.locator('.timeline-figures');
      for (const name of ['Launched', 'Killed · injured', 'Strikes']) assert.ok((await strips.textContent())?.includes(name), `the strip "${name}" is labelled`);
      const lastStrip = await seenBox(strips.locator('.timeline-figure.is-strikes .figure-bars'));
      assert.ok(lastStrip && lastStrip.height > 10, 'the strikes strip is in view, not cut off by the panel');
      const scroll = await pageScroll(page);
      assert.ok(scroll.scrollHeight <= scroll.innerHeight, `the page is ${scroll.scrollHeight} px tall in a ${scroll.innerHeight} px window`);

      // The shaded talk days under the first Abu Dhabi round's bar cover the same pixels (the column
      // may be wider: talks on the days next to it merge into one band).
      const round = await boxOf(timeline.getByRole('button', { name: /^First US-Russia-Ukraine trilateral round in Abu Dhabi, 23 Jan 2026 – 24 Jan 2026/ }), 'the round');
      const bands = await strips.locator('.timeline-figure-talks rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect()).map((r) => ({ x: r.x, width: r.width, y: r.y })));
      const under = bands.find((band) => band.x <= round.x + 2 && band.x + band.width >= round.x + round.width - 2);
      assert.ok(under, `a shaded talk column lies under the round's bar (bar ${round.x.toFixed(0)}–${(round.x + round.width).toFixed(0)} px; columns from ${bands.map((b) => b.x.toFixed(0)).join(', ')})`);
      assert.ok(under.y > round.y && under.width < round.width * 3, `the column is below the bar and about its days wide (${under.width.toFixed(0)} vs ${round.width.toFixed(0)} px)`);

      await toggle.click();
      assert.equal(await strips.count(), 0, 'the toggle hides the figures');
      await page.reload();
      await waitForDashboard(page);
      assert.equal(await timeline.getByRole('button', { name: 'Daily figures' }).getAttribute('aria-pressed'), 'false', 'the choice survives a reload');
      await page.evaluate(() => window.localStorage.clear());
    },
  },
  {
    name: 'axe finds no violations in the desktop layout, light and dark, with the panels open',
    async run({ page, url, resultsDir }) {
      await page.setViewportSize({ width: 1440, height: 900 });
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(url('/?categories=strike&event=strike-2026-02-04-druzhkivka-market'));
        await waitForDashboard(page);
        await expectNoAccessibilityViolations(page, { resultsDir, label: `layout-desktop-${theme}` });
        await page.getByRole('banner').getByRole('button', { name: 'Open file', exact: true }).click();
        await page.getByRole('dialog', { name: 'Open a data file' }).waitFor();
        await expectNoAccessibilityViolations(page, { resultsDir, label: `layout-open-file-${theme}` });
      }
    },
  },
];
