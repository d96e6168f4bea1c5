/**
 * What axe does not check, measured in the browser: target sizes, a visible focus on every
 * Tab stop, categories told apart by shape, the theme following the system, reduced motion,
 * text alternatives for the drawings, and polite announcements of the selection.
 */
import assert from 'node:assert/strict';
import { region, waitForDashboard } from '../lib/dashboard';
import { focusReport, interactiveTargets, recordUnfocusedStyles } from '../lib/layout-checks';
import type { Journey } from '../lib/types';
import { waitForParam, waitForQuiet, waitForValue } from '../lib/wait';

const EVENT_TITLE = 'Cluster munitions hit the market in Druzhkivka';

export const journeys: Journey[] = [
  {
    name: 'every interactive target is at least 24×24 px, or spaced as WCAG 2.5.8 allows',
    async run({ page, url }) {
      for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        await page.goto(url('/?event=strike-2026-02-04-druzhkivka-market'));
        await waitForDashboard(page);
        await page.waitForLoadState('networkidle');
        const targets = await interactiveTargets(page);
        assert.ok(targets.length > 100, `found ${targets.length} targets`);
        // Timeline marks are exempt as WCAG 2.5.8 allows ("equivalent"): each event is also a
        // button of at least 44 px in the Events list, and the timeline is one keyboard stop.
        const marks = targets.filter((t) => t.timelineMark);
        assert.ok(marks.length > 0, 'the timeline draws marks');
        const offenders = targets.filter((t) => !t.timelineMark && (t.width < 23.5 || t.height < 23.5) && !t.spaced);
        const markIds = await region(page, 'Timeline').locator('svg.timeline-svg [data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
        const rowHeights = new Map(
          await region(page, 'Events').locator('button[data-event-id]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-event-id'), el.getBoundingClientRect().height] as const)),
        );
        const noRow = markIds.filter((id) => (rowHeights.get(id) ?? 0) < 44);
        assert.deepEqual(noRow, [], 'timeline marks whose event has no row of at least 44 px in the Events list');
        assert.deepEqual(
          offenders.map((t) => `${t.label} (${t.width}×${t.height})`),
          [],
          `targets under 24×24 px with a neighbour too close, at ${size.width}×${size.height}`,
        );
      }
    },
  },
  {
    name: 'every Tab stop shows a visible focus indicator',
    async run({ page, url }) {
      await page.goto(url('/?event=strike-2026-02-04-druzhkivka-market'));
      await waitForDashboard(page);
      await page.waitForLoadState('networkidle');
      assert.ok((await recordUnfocusedStyles(page)) > 50, 'focusable elements found');
      const invisible: string[] = [];
      let stops = 0;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const now = await focusReport(page);
        if (now.lost) break; // past the last stop, the focus goes to the browser
        stops++;
        const { focused: on, unfocused: off } = now;
        const shows = on.outline !== 'none' || on.boxShadow !== 'none';
        // Elements made after the recording only need to show an indicator.
        const differs = !off || on.outline !== off.outline || on.boxShadow !== off.boxShadow;
        if (!shows || !differs) invisible.push(`${now.label} (${JSON.stringify(on)})`);
      }
      assert.ok(stops > 50, `only ${stops} Tab stops were visited`);
      assert.deepEqual(invisible, [], 'Tab stops with no visible focus indicator');
    },
  },
  {
    name: 'categories are told apart by shape and word, not colour alone',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      const toggles = region(page, 'Filters').getByRole('group', { name: /^Categories/ }).getByRole('button');
      const legend = await toggles.evaluateAll((buttons) =>
        buttons.map((button) => ({ word: button.textContent?.replace(/\d+/g, '').trim() ?? '', shape: button.querySelector('svg path')?.getAttribute('d') ?? '' })),
      );
      assert.ok(legend.length >= 5, `${legend.length} categories in the legend`);
      assert.equal(new Set(legend.map((item) => item.shape)).size, legend.length, `each category has its own shape: ${JSON.stringify(legend)}`);
      assert.ok(legend.every((item) => item.word.length > 0 && item.shape.length > 0), 'each has a word and a symbol');
      // The timeline's lanes repeat the same symbols next to the same words.
      const lanes = await region(page, 'Timeline').locator('.timeline-lane-label path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
      assert.equal(new Set(lanes).size, lanes.length, 'the timeline lanes have distinct symbols');
    },
  },
  {
    name: 'the dark theme follows the system setting',
    async run({ page, url }) {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url('/'));
      await waitForDashboard(page);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background();
      assert.notEqual(dark, light, 'the background changes with the system theme, without reloading');
      assert.ok(luminance(dark) < 60 && luminance(light) > 200, `light ${light}, dark ${dark}`);
      const panel = await region(page, 'Filters').evaluate((element) => getComputedStyle(element).color);
      assert.ok(luminance(panel) > 180, `text is light on the dark theme (${panel})`);
    },
  },
  {
    name: 'with reduced motion nothing animates: no CSS animations, the map jumps instead of gliding',
    async run({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url('/'));
      await waitForDashboard(page);
      const running = () => page.evaluate(() => document.getAnimations().map((a) => `${a.constructor.name} ${a instanceof CSSTransition ? a.transitionProperty : a instanceof CSSAnimation ? a.animationName : ''} ${String(a.effect?.getTiming().duration)}`));
      const paneTransform = () => page.locator('.leaflet-map-pane').evaluate((pane) => getComputedStyle(pane).transform);

      await region(page, 'Filters').getByRole('button', { name: /^Strike\b/ }).click();
      await region(page, 'Map').getByRole('button', { name: /^Kyiv:/ }).click();
      // Let the selection's own redraws (details, list, charts drawn as they come into view) settle
      // first: what is checked is the zoom itself, which must land in one step.
      await waitForQuiet(page, 300);
      await region(page, 'Map').getByRole('button', { name: 'Zoom in', exact: true }).click();
      const afterZoom = await paneTransform();
      await page.waitForTimeout(120);
      assert.equal(await paneTransform(), afterZoom, 'the map zooms in one step, with no glide');

      // A far-away event from the list: the map brings its place into view at once.
      await region(page, 'Filters').getByRole('button', { name: 'Reset', exact: true }).click();
      await region(page, 'Events').getByRole('button', { name: /Trump hosts Zelensky at Mar-a-Lago/ }).click();
      await waitForParam(page, 'event', 'talks-2025-12-28-mar-a-lago');
      const afterSelect = await paneTransform();
      await page.waitForTimeout(120);
      assert.equal(await paneTransform(), afterSelect, 'the map follows the selection without gliding');
      await region(page, 'Timeline').getByRole('button', { name: 'Zoom in' }).click();
      await region(page, 'Charts').getByRole('button', { name: 'Show data as table' }).click();
      await page.waitForTimeout(50);
      assert.deepEqual(await running(), [], 'animations still running after the interactions');
      // No transitions at all, not shortened ones: a tiny duration on every element starts a
      // transition (and a restyle) on each change of any property of any element.
      const transitions = await page.evaluate(() =>
        ['.event-row', '.map-marker', '.timeline-svg', '.chart-frame', 'button'].map((selector) => {
          const element = document.querySelector(selector);
          return `${selector}: ${element ? getComputedStyle(element).transitionProperty : 'missing'}`;
        }),
      );
      assert.deepEqual(transitions, ['.event-row: none', '.map-marker: none', '.timeline-svg: none', '.chart-frame: none', 'button: none']);
    },
  },
  {
    name: 'the timeline, map and charts have text alternatives',
    async run({ page, url }) {
      await page.goto(url('/'));
      const counts = await waitForDashboard(page);
      assert.ok(counts);
      const timeline = region(page, 'Timeline');
      const summary = await timeline.locator('.timeline-summary').innerText();
      assert.match(summary, /\d+ talks events?, \d+ strikes?.* from \d+ \w+ \d{4} to \d+ \w+ \d{4}/, `timeline summary: ${summary}`);
      await timeline.getByRole('group', { name: new RegExp(`^Timeline of ${counts.shown} events, showing`) }).waitFor();

      const mapSummary = await region(page, 'Map').locator('.map-summary').innerText();
      assert.match(mapSummary, /\d+ places on the map/, `map summary: ${mapSummary}`);

      const charts = region(page, 'Charts');
      const figures = charts.getByRole('figure');
      assert.ok((await figures.count()) >= 2, 'two charts');
      for (const figure of await figures.all()) {
        const name = await figure.getAttribute('aria-labelledby');
        const caption = (await figure.locator('figcaption').innerText()).trim();
        assert.ok(name, 'the chart is named by its title');
        assert.match(caption, /\d/, `the caption states the numbers: "${caption}"`);
      }
      await charts.getByRole('button', { name: 'Show data as table' }).click();
      const tables = charts.getByRole('table');
      assert.ok((await tables.count()) >= 1, 'the data can be read as a table');
      assert.ok((await tables.first().getByRole('row').count()) > 2, 'the table has rows');
    },
  },
  {
    name: 'a selection is announced politely, by its headline only',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      const details = region(page, 'Event details');
      const live = details.locator('[aria-live="polite"]');
      assert.equal(await live.count(), 1, 'one polite live region in the details');
      assert.equal((await live.innerText()).trim(), '', 'nothing is announced before a selection');

      await region(page, 'Events').getByRole('button', { name: new RegExp(EVENT_TITLE) }).click();
      const article = details.getByRole('article', { name: EVENT_TITLE });
      await article.waitFor();
      const announced = (await live.textContent())?.trim() ?? '';
      assert.equal(announced, `Selected: ${EVENT_TITLE}, 4 Feb 2026`, 'the announcement is the headline and date');
      const summary = (await article.locator('.event-summary').innerText()).slice(0, 40);
      assert.ok(!announced.includes(summary), 'the summary is not read out');
      assert.equal(await article.evaluate((element) => element.closest('[aria-live]') === null), true, 'the details themselves are not a live region');
      assert.equal(await page.locator('[aria-live="assertive"], [role="alert"]').count(), 0, 'nothing is announced assertively');

      await page.keyboard.press('Escape');
      await waitForParam(page, 'event', null);
      await waitForValue(async () => (await live.innerText()).trim(), '', 'the announcement after closing the event');
    },
  },
];
