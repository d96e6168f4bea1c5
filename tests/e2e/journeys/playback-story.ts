/**
 * Playback and the guided story in the real browser: the window moves through the data and every
 * view follows it, a link restores the paused position, the story steps set the view (the map
 * follows the selected event), keyboard and reduced motion behave, and Copy link / citation work.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
const isoOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits until the address bar's `key` satisfies `test` (the app writes it with replaceState). */
async function waitForParam(page: Page, key: string, test: (value: string | null) => boolean, what: string): Promise<string | null> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const value = params(page).get(key);
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`waited for ${key}= to be ${what}; it is ${value ?? 'absent'} (${page.url()})`);
    await page.waitForTimeout(50);
  }
}

const playButton = (page: Page) => region(page, 'Timeline').getByRole('button', { name: 'Play', exact: true });

export const journeys: Journey[] = [
  {
    name: 'playback moves the window, every view follows, and a link restores the paused position',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      const timeline = region(page, 'Timeline');
      await timeline.getByRole('combobox', { name: 'Speed' }).selectOption('8');
      await playButton(page).click();
      assert.equal(await playButton(page).getAttribute('aria-pressed'), 'true', 'Play is pressed while playing');
      const first = params(page).get('play');
      assert.ok(first, 'Play puts the playhead in the URL');
      await waitForParam(page, 'play', (v) => v !== null && dayOf(v) >= dayOf(first) + 4, `4 days after ${first}`);
      await playButton(page).click();
      assert.equal(await playButton(page).getAttribute('aria-pressed'), 'false', 'Play is released when paused');

      const playhead = params(page).get('play') ?? '';
      assert.equal(params(page).get('to'), playhead, 'the date filter ends on the playhead');
      const from = params(page).get('from') ?? '';
      assert.ok(dayOf(playhead) - dayOf(from) <= 6, `a 7-day window: ${from} to ${playhead}`);
      // Every view reads the same filter: the count and the From field show the window.
      const filters = region(page, 'Filters');
      assert.equal(await filters.getByLabel('From').inputValue(), from);
      const status = await filters.getByRole('status').filter({ hasText: /Showing/ }).innerText();
      if (all) assert.ok(!status.includes(`Showing ${all.total.toLocaleString('en-US')} of`), `the window narrows the events: ${status}`);

      await page.waitForTimeout(600);
      assert.equal(params(page).get('play'), playhead, 'paused playback stays put');

      const link = page.url();
      await page.goto(link);
      await waitForDashboard(page);
      const slider = timeline.getByRole('slider', { name: 'Playhead' });
      const expectedLabel = new Date(dayOf(playhead) * MS_PER_DAY).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      assert.equal(await slider.getAttribute('aria-valuetext'), expectedLabel.replace('Sept', 'Sep'), 'the link restores the playhead');
      assert.equal(await playButton(page).getAttribute('aria-pressed'), 'false', 'a link never starts playing');
      assert.equal(await region(page, 'Filters').getByLabel('From').inputValue(), from, 'the link restores the window');

      // Space toggles play when focus is on the page, not in a control.
      await page.getByRole('heading', { level: 1 }).click();
      await page.keyboard.press('Space');
      assert.equal(await playButton(page).getAttribute('aria-pressed'), 'true', 'Space starts playing');
      await page.keyboard.press('Space');
      assert.equal(await playButton(page).getAttribute('aria-pressed'), 'false', 'Space pauses');

      await timeline.getByRole('button', { name: 'Next day' }).click();
      assert.equal(params(page).get('play'), isoOf(dayOf(params(page).get('to') ?? '')), 'the playhead and the end of the window move together');
    },
  },
  {
    name: 'with reduced motion, Play does not animate and the steps still work',
    async run({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url('/'));
      await waitForDashboard(page);
      await playButton(page).click();
      await region(page, 'Timeline').getByRole('status').filter({ hasText: 'reduced motion' }).waitFor();
      const start = params(page).get('play') ?? '';
      assert.ok(start, 'Play still sets the starting position');
      await page.waitForTimeout(1500);
      assert.equal(params(page).get('play'), start, 'nothing moves by itself');
      await region(page, 'Timeline').getByRole('button', { name: 'Next day' }).click();
      assert.equal(params(page).get('play'), isoOf(dayOf(start) + 1), 'Next day moves one day');
    },
  },
  {
    name: 'the guided story sets each view, the map follows, arrows step and Escape leaves',
    async run({ page, url, resultsDir }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.getByRole('button', { name: 'Start the story' }).click();
      assert.equal(params(page).get('story'), 'abu-dhabi-rounds');
      assert.equal(params(page).get('step'), '1');
      assert.equal(params(page).get('event'), 'talks-2026-01-23-abu-dhabi-round1');
      assert.equal(params(page).get('from'), '2026-01-22');
      const details = region(page, 'Event details');
      await details.getByRole('heading', { name: /trilateral round in Abu Dhabi/ }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Next step →', 'focus lands on Next step');

      await page.keyboard.press('ArrowRight');
      await waitForParam(page, 'step', (v) => v === '2', '2');
      await page.getByRole('button', { name: 'Next step' }).click();
      await page.getByRole('button', { name: 'Next step' }).click();
      await waitForParam(page, 'step', (v) => v === '4', '4');
      assert.equal(params(page).get('event'), 'strike-2026-02-04-druzhkivka-market');
      await page.getByRole('heading', { level: 2, name: "Druzhkivka's market is hit as the second round opens" }).waitFor();
      await page.locator('[aria-live="polite"]', { hasText: /^Step 4 of 6: Druzhkivka/ }).waitFor({ state: 'attached' });
      await details.getByRole('heading', { name: /Druzhkivka/ }).waitFor();

      // The map follows the selection: the Druzhkivka marker is highlighted and inside the map.
      const mapBox = await region(page, 'Map').locator('.leaflet-container').boundingBox();
      const marker = region(page, 'Map').locator('.map-marker.is-highlighted').first();
      await marker.waitFor();
      await page.waitForTimeout(400); // The pan may be animated.
      const markerBox = await marker.boundingBox();
      assert.ok(mapBox && markerBox, 'the map and the highlighted marker are on screen');
      const cx = markerBox.x + markerBox.width / 2;
      const cy = markerBox.y + markerBox.height / 2;
      assert.ok(cx > mapBox.x && cx < mapBox.x + mapBox.width && cy > mapBox.y && cy < mapBox.y + mapBox.height, 'the selected place is in view');

      await expectNoAccessibilityViolations(page, { resultsDir, label: 'story-step' });

      await page.keyboard.press('ArrowLeft');
      await waitForParam(page, 'step', (v) => v === '3', '3');
      await page.keyboard.press('Escape');
      await waitForParam(page, 'story', (v) => v === null, 'gone');
      assert.equal(params(page).get('event'), 'strike-2026-02-03-massive-energy', 'leaving keeps the view of the last step');
      await page.getByRole('button', { name: 'Start the story' }).waitFor();

      // Each step has its own link.
      await page.goto(url('/?story=abu-dhabi-rounds&step=5'));
      await waitForDashboard(page);
      await page.getByRole('heading', { level: 2, name: 'New START expires' }).waitFor();
      await waitForParam(page, 'event', (v) => v === 'treaty-2026-02-05-new-start-expires', 'the step 5 event');
      assert.equal(params(page).get('categories'), 'talks,treaty');
    },
  },
  {
    name: 'Copy link and Copy citation put the view on the clipboard',
    async run({ page, context, url, baseUrl }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.goto(url('/?categories=strike&from=2026-02-01&to=2026-02-07'));
      await waitForDashboard(page);
      await page.getByRole('banner').getByRole('button', { name: 'Share' }).click();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

      await page.getByRole('button', { name: 'Copy citation' }).click();
      await page.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      assert.ok(citation.startsWith('Talks & Strikes'), citation);
      assert.ok(citation.includes('events 1 Feb 2026 – 7 Feb 2026 (filtered: strikes).'), citation);
      assert.ok(citation.includes(page.url()), `the citation carries the permalink: ${citation}`);
      assert.ok(citation.includes('Data: '), citation);
      assert.ok(citation.endsWith(`Accessed ${today}.`), citation);
    },
  },
];
