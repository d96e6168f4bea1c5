/**
 * What a reader sees when the events file is missing, broken, or partly wrong: a clear message,
 * never a blank page, and every valid event still shown.
 */
import assert from 'node:assert/strict';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { alertTexts, countListedEvents, region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

const EVENTS_FILE = '**/data/events.json';

export const journeys: Journey[] = [
  {
    name: 'a missing events file shows Retry, and Retry brings the dashboard',
    async run({ page, url, allowConsoleError }) {
      allowConsoleError(/status of 404/);
      let missing = true;
      await page.route(EVENTS_FILE, (route) =>
        missing ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }) : route.fallback(),
      );
      await page.goto(url('/'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /404/, 'the message should say what the server answered');
      await page.getByRole('banner').getByRole('heading', { level: 1, name: 'Talks & Strikes' }).waitFor();

      missing = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      // The panel stays up while retrying; waitForDashboard would take it for the answer.
      await alert.waitFor({ state: 'hidden' });
      await waitForDashboard(page);
      assert.deepEqual(await alertTexts(page), []);
    },
  },
  {
    name: 'a file that is not valid JSON gets a clear message, not a blank page',
    async run({ page, url }) {
      await page.route(EVENTS_FILE, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "events": [{"id": "cut-off' }),
      );
      await page.goto(url('/'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /not valid JSON/i);
      await alert.getByRole('button', { name: 'Retry' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Talks & Strikes' }).waitFor();
    },
  },
  {
    name: 'an HTML error page instead of the file is named as such',
    async run({ page, url }) {
      await page.route(EVENTS_FILE, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Proxy error</title><p>Bad gateway</p>' }),
      );
      await page.goto(url('/'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /HTML page/i);
    },
  },
  {
    name: 'one bad event is reported with its id and reason while the valid ones show',
    async run({ page, url }) {
      const file = miniDatasetFile();
      const good = file.events.length;
      const template = file.events[0];
      assert.ok(template, 'the mini dataset has events');
      const badTitle = 'This event has an impossible date';
      file.events.splice(1, 0, { ...template, id: 'bad-impossible-date', date: '2026-02-30', title: badTitle });
      await page.route(EVENTS_FILE, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }),
      );
      await page.goto(url('/'));
      const counts = await waitForDashboard(page);
      if (counts) assert.equal(counts.total, good, 'every valid event, and only those, is counted');

      await page.getByText(`${good} events loaded; 1 problem in the file (1 event not loaded)`).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'bad-impossible-date' });
      await row.waitFor();
      assert.match(await row.innerText(), /date/);
      assert.match(await row.innerText(), /real calendar date/);

      const events = region(page, 'Events');
      await events.getByText(template.title).first().waitFor();
      assert.equal(await events.getByText(badTitle).count(), 0, 'the rejected event must not be listed');
      assert.ok((await countListedEvents(page)) >= good, `the Events landmark should list the ${good} valid events`);
    },
  },
];
