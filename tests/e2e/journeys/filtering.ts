/**
 * Each way of narrowing the events, as a reader uses it: the date fields, a preset, brushing
 * the timeline (Shift+drag and the "Select range" toggle), the actors with any/all, a map
 * marker, a chart bar. Each one writes the URL and changes the count.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { params, showing, waitForParam, waitForParams, waitForQuiet, waitForShowing, waitForValue } from '../lib/wait';

/** The actor ids of each event in the file the page was served, read from the same local server. */
async function servedEventActors(page: Page, url: (path: string) => string): Promise<string[][]> {
  const response = await page.request.get(url('/data/events.json'));
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('events' in body) || !Array.isArray(body.events)) throw new Error('events.json has no events list');
  return body.events.map((event: unknown) => {
    if (typeof event !== 'object' || event === null || !('actors' in event) || !Array.isArray(event.actors)) return [];
    return event.actors.flatMap((ref: unknown) => (typeof ref === 'object' && ref !== null && 'id' in ref && typeof ref.id === 'string' ? [ref.id] : []));
  });
}

/** Drags across the middle of the timeline drawing, from `from` to `to` (fractions of its width). */
async function dragAcrossTimeline(page: Page, from: number, to: number, shift: boolean): Promise<void> {
  const svg = region(page, 'Timeline').locator('svg.timeline-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error('the timeline drawing is not on screen');
  const y = box.y + box.height / 2;
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) await page.mouse.move(box.x + box.width * (from + ((to - from) * step) / 8), y);
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

export const journeys: Journey[] = [
  {
    name: 'the From and To fields and a preset set the date range in the URL and narrow the count',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      assert.ok(all);
      const filters = region(page, 'Filters');

      await filters.getByLabel('From', { exact: true }).fill('2026-01-01');
      await waitForParam(page, 'from', '2026-01-01');
      const afterFrom = await waitForShowing(page, (n) => n < all.total, 'fewer events than all');
      await filters.getByLabel('To', { exact: true }).fill('2026-01-31');
      await waitForParam(page, 'to', '2026-01-31');
      const january = await waitForShowing(page, (n) => n < afterFrom.shown, 'fewer events than from 1 January on');
      assert.ok(january.shown > 0, 'January has events');
      assert.equal(await filters.getByRole('combobox', { name: 'Preset' }).inputValue(), 'custom', 'the preset menu says "Custom range"');

      await filters.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Last 30 days of data' });
      const p = await waitForParams(page, (q) => q.get('to') !== '2026-01-31', 'the preset range');
      const from = p.get('from');
      const to = p.get('to');
      assert.ok(from && to && from < to, `a range: ${from} to ${to}`);
      assert.equal(await filters.getByLabel('From', { exact: true }).inputValue(), from, 'the From field shows the preset');
      assert.equal(await filters.getByLabel('To', { exact: true }).inputValue(), to, 'the To field shows the preset');
      const last30 = await showing(page);
      assert.ok(last30.shown > 0 && last30.shown < all.total, `the preset narrows the events: ${last30.shown}`);

      await filters.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'All dates' });
      await waitForParams(page, (q) => !q.has('from') && !q.has('to'), 'no dates');
      await waitForShowing(page, (n) => n === all.total, 'all events again');
    },
  },
  {
    name: 'brushing the timeline (Shift+drag, or Select range and drag) sets the dates',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      assert.ok(all);

      await dragAcrossTimeline(page, 0.3, 0.6, true);
      const first = await waitForParams(page, (q) => q.has('from') && q.has('to'), 'from= and to= after Shift+drag');
      const firstRange = { from: first.get('from') ?? '', to: first.get('to') ?? '' };
      assert.ok(firstRange.from < firstRange.to, `a range: ${firstRange.from} to ${firstRange.to}`);
      await waitForShowing(page, (n) => n < all.total, 'fewer events than all');
      assert.equal(await region(page, 'Filters').getByLabel('From', { exact: true }).inputValue(), firstRange.from, 'the From field follows the brush');

      // The toggle: a plain drag now picks dates instead of panning; the toggle turns itself off.
      const toggle = region(page, 'Timeline').getByRole('button', { name: 'Select range' });
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'Select range is pressed');
      await dragAcrossTimeline(page, 0.2, 0.5, false);
      const second = await waitForParams(page, (q) => q.get('from') !== firstRange.from || q.get('to') !== firstRange.to, 'a new range after the second drag');
      assert.ok((second.get('from') ?? '') < (second.get('to') ?? ''));
      await waitForShowing(page, (n) => n < all.total, 'fewer events than all after the second drag');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'Select range is released after the range is chosen');
    },
  },
  {
    name: 'actors: "match any" shows events with either actor, "match all" only those with both',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      const events = await servedEventActors(page, url);
      const expectAny = events.filter((ids) => ids.includes('russia') || ids.includes('usa')).length;
      const expectAll = events.filter((ids) => ids.includes('russia') && ids.includes('usa')).length;
      assert.ok(expectAll < expectAny, 'the data has events with only one of the two');

      const filters = region(page, 'Filters');
      await filters.getByRole('checkbox', { name: /^Russia \(/ }).check();
      await filters.getByRole('checkbox', { name: /^United States \(/ }).check();
      await waitForParam(page, 'actors', 'russia,usa');
      await waitForShowing(page, (n) => n === expectAny, `${expectAny} (either actor)`);

      await filters.getByRole('radio', { name: 'Match all' }).check();
      await waitForParam(page, 'match', 'all');
      await waitForShowing(page, (n) => n === expectAll, `${expectAll} (both actors)`);

      await filters.getByRole('radio', { name: 'Match any' }).check();
      await waitForShowing(page, (n) => n === expectAny, `${expectAny} again`);
    },
  },
  {
    name: 'a map marker selects its place and a second click clears it',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      assert.ok(all);
      const kyiv = region(page, 'Map').getByRole('button', { name: /^Kyiv: \d+ events/ });
      const label = (await kyiv.getAttribute('aria-label')) ?? '';
      const count = Number(/^Kyiv: (\d+)/.exec(label)?.[1]);

      await kyiv.click();
      await waitForParam(page, 'place', 'kyiv');
      await waitForShowing(page, (n) => n === count, `${count} (the marker's count)`);
      await waitForValue(() => kyiv.getAttribute('aria-pressed'), 'true', 'the Kyiv marker\'s aria-pressed');
      await region(page, 'Events').getByRole('heading', { name: 'Events in Kyiv' }).waitFor();
      await region(page, 'Event details').getByText(`Kyiv: ${count} events`).waitFor();

      await kyiv.click();
      await waitForParam(page, 'place', null);
      await waitForShowing(page, (n) => n === all.total, 'all events again');
      await waitForValue(() => kyiv.getAttribute('aria-pressed'), 'false', 'the Kyiv marker\'s aria-pressed');
      await region(page, 'Events').getByRole('heading', { name: 'Events', exact: true }).waitFor();
    },
  },
  {
    name: 'clicking a bar in the chart shows that day in every view',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      assert.ok(all);
      const charts = region(page, 'Charts');
      const bars = charts.locator('path.chart-bar');
      await bars.first().waitFor();
      // The map and charts load in parallel and shift the layout as they arrive: measure the bars
      // only once the page has stopped moving (a click at a stale position hits nothing).
      await region(page, 'Map').locator('.leaflet-marker-icon').first().waitFor();
      await waitForQuiet(page, 200);
      // The tallest strike bar: easy to hit, and it stands for a day with events.
      const boxes = await bars.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().height));
      const tallest = boxes.indexOf(Math.max(...boxes));
      await bars.nth(tallest).scrollIntoViewIfNeeded();
      await bars.nth(tallest).click({ force: true });

      const p = await waitForParams(page, (q) => q.has('from') && q.has('to'), 'from= and to=');
      assert.equal(p.get('from'), p.get('to'), `one day: ${p.get('from')} to ${p.get('to')}`);
      const day = await waitForShowing(page, (n) => n > 0 && n < all.total, 'the events of one day');
      assert.equal(await region(page, 'Filters').getByLabel('From', { exact: true }).inputValue(), p.get('from'));
      assert.ok(day.shown >= 1);
      assert.equal(params(page).get('from'), p.get('from'));
    },
  },
];
