/**
 * The dashboard with the keyboard only: Tab from the top through the filters to the timeline (the
 * last panel), Shift+Tab back to the map's places, on to the Events list and back to the details;
 * Enter selects, Escape clears; the focus is never dropped on the page body, and never trapped in
 * the map or the timeline.
 */
import assert from 'node:assert/strict';
import { region, waitForDashboard } from '../lib/dashboard';
import { expectFocusKept, focused, tabUntil } from '../lib/focus';
import type { Journey } from '../lib/types';
import { params, waitForParam, waitForParams, waitForQuiet, waitForValue } from '../lib/wait';

export const journeys: Journey[] = [
  {
    name: 'Tab reaches filters, timeline, map places, events and details; Enter selects, Escape clears, focus is kept',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);

      // Filters: a category toggle works with Enter and keeps the focus.
      await tabUntil(page, (f) => f.landmark === 'Filters' && /^Strike\s*\d/.test(f.name), 'the Strike toggle in Filters', { max: 40 });
      await page.keyboard.press('Enter');
      await waitForParam(page, 'categories', 'strike');
      assert.match((await expectFocusKept(page, 'Enter on the Strike toggle')).name, /^Strike/);
      await page.keyboard.press('Enter');
      await waitForParam(page, 'categories', null);
      await waitForQuiet(page);

      // Timeline: one stop; arrows move between events, Enter selects, Escape leaves the event; Tab moves on.
      // On a desktop it is the last panel (under the map and the right column), so Tab passes every other view first.
      await tabUntil(page, (f) => f.landmark === 'Timeline' && f.name.startsWith('Timeline of'), 'the timeline drawing', { max: 260 });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const fromTimeline = (await waitForParams(page, (p) => p.has('event'), 'event= chosen on the timeline')).get('event');
      assert.ok(fromTimeline);
      await region(page, 'Event details').getByRole('navigation', { name: 'Step through events' }).waitFor();
      assert.equal((await expectFocusKept(page, 'Enter on the timeline')).landmark, 'Timeline');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await waitForParam(page, 'event', null);
      assert.equal((await expectFocusKept(page, 'Escape on the timeline')).landmark, 'Timeline', 'Escape keeps the focus on the timeline');
      await waitForQuiet(page);

      // Map: Shift+Tab leaves the timeline and goes back up to the places; Enter selects one, the marker keeps the focus.
      await tabUntil(page, (f) => f.landmark === 'Map' && f.role === 'button' && f.name.startsWith('Kyiv:'), 'the Kyiv marker', { max: 200, backwards: true });
      await page.keyboard.press('Enter');
      await waitForParam(page, 'place', 'kyiv');
      const onMarker = await expectFocusKept(page, 'Enter on a marker');
      assert.ok(onMarker.name.startsWith('Kyiv:'), `the marker keeps the focus (focus is on ${onMarker.name})`);
      await waitForValue(() => region(page, 'Map').getByRole('button', { name: /^Kyiv:/ }).getAttribute('aria-pressed'), 'true', 'the Kyiv marker\'s aria-pressed');
      await region(page, 'Events').getByRole('heading', { name: 'Events in Kyiv' }).waitFor();
      await page.keyboard.press('Escape');
      await waitForParam(page, 'place', null);
      assert.ok((await expectFocusKept(page, 'Escape on a marker')).name.startsWith('Kyiv:'), 'Escape keeps the focus on the marker');
      await waitForQuiet(page); // the Events list drops its "Show all places" button a moment later

      // Tab is not trapped by the map: it reaches the Events list.
      const row = await tabUntil(page, (f) => f.landmark === 'Events' && f.tag === 'button' && /\d{4}/.test(f.name), 'the first event in the Events list', { max: 80 });
      await page.keyboard.press('Enter');
      const chosen = (await waitForParams(page, (p) => p.has('event'), 'event= chosen in the list')).get('event');
      assert.ok(chosen);
      const details = region(page, 'Event details');
      const title = (await details.getByRole('article').first().getAttribute('aria-label')) ?? '';
      assert.ok(row.name.includes(title), `the details show the event chosen in the list ("${title}")`);
      assert.equal((await expectFocusKept(page, 'Enter on an event')).name, row.name, 'the row keeps the focus');
      await page.keyboard.press('Escape');
      await waitForParam(page, 'event', null);
      assert.equal((await expectFocusKept(page, 'Escape on an event row')).name, row.name, 'Escape keeps the focus on the row');
      await waitForQuiet(page); // the row's pressed state follows a moment after the URL
      await page.keyboard.press('Enter');
      await waitForParam(page, 'event', chosen);
      await waitForQuiet(page);

      // Details: at the top of the right column, above the list: Shift+Tab goes back up to Next.
      await tabUntil(page, (f) => f.landmark === 'Event details' && f.name.startsWith('Next'), 'Next in the details', { max: 120, backwards: true });
      await page.keyboard.press('Enter');
      await waitForParams(page, (p) => p.get('event') !== chosen, 'the next event');
      assert.ok((await expectFocusKept(page, 'Next')).name.startsWith('Next'), 'Next keeps the focus');
      await page.keyboard.press('Escape');
      await waitForParam(page, 'event', null);
      const afterEscape = await expectFocusKept(page, 'Escape in the details');
      assert.equal(afterEscape.landmark, 'Event details', 'the focus stays in the details panel when its event closes');

      // And Tab still moves on from there.
      await page.keyboard.press('Tab');
      await expectFocusKept(page, 'Tab after closing the details');
      assert.equal(params(page).has('event'), false);
      assert.notEqual((await focused(page)).tag, 'body');
    },
  },
  {
    name: 'skip links jump past the filters to a view, and Tab goes on inside it',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      // The map's code arrives a moment after the page: wait for its first control.
      await region(page, 'Map').getByRole('button', { name: 'Show all places on the map' }).waitFor();
      const skip = await tabUntil(page, (f) => f.name === 'Skip to Map', 'the "Skip to Map" link', { max: 12 });
      assert.equal(skip.tag, 'a');
      const link = page.getByRole('navigation', { name: 'Skip to a view' }).getByRole('link', { name: 'Skip to Map' });
      const box = await link.boundingBox();
      assert.ok(box && box.width >= 44 && box.height >= 44, `the focused skip link is shown, thumb-sized: ${JSON.stringify(box)}`);
      const before = page.url();
      await page.keyboard.press('Enter');
      const onMap = await expectFocusKept(page, 'Enter on a skip link');
      assert.equal(onMap.landmark, 'Map', 'the focus is on the Map view');
      assert.equal(page.url(), before, 'the address bar is untouched');
      const next = await tabUntil(page, (f) => f.landmark === 'Map', 'a control in the Map view', { max: 1 });
      assert.equal(next.name, 'Zoom in', 'the first control of the map view is its Zoom in button');
      const bar = await page.getByRole('navigation', { name: 'Skip to a view' }).boundingBox();
      assert.ok(bar && bar.width < 2 && bar.height < 2, `the skip links hide again once the focus has left them: ${JSON.stringify(bar)}`);
    },
  },
];
