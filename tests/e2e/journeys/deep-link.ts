/** A shared link restores the whole view: every control shows what the link says. */
import assert from 'node:assert/strict';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { showing } from '../lib/wait';

const EVENT_ID = 'strike-2026-02-04-druzhkivka-market';
const EVENT_TITLE = 'Cluster munitions hit the market in Druzhkivka';
const LINK = `/?from=2026-02-01&to=2026-02-10&actors=russia,ukraine&match=all&categories=strike&q=market&event=${EVENT_ID}&place=druzhkivka`;

export const journeys: Journey[] = [
  {
    name: 'a link with dates, actors, match, categories, search, event and place restores every control',
    async run({ page, url }) {
      await page.goto(url(LINK));
      await waitForDashboard(page);
      const filters = region(page, 'Filters');

      assert.equal(await filters.getByLabel('From', { exact: true }).inputValue(), '2026-02-01', 'From');
      assert.equal(await filters.getByLabel('To', { exact: true }).inputValue(), '2026-02-10', 'To');
      assert.equal(await filters.getByRole('searchbox', { name: 'Search' }).inputValue(), 'market', 'the search text');
      const ticked: string[] = [];
      for (const box of await filters.getByRole('group', { name: 'Actors' }).getByRole('checkbox').all()) {
        if (await box.isChecked()) ticked.push(((await box.getAttribute('aria-label')) ?? (await box.locator('xpath=..').innerText())).replace(/\s*\(.*$/, ''));
      }
      assert.deepEqual(ticked.sort(), ['Russia', 'Ukraine'], 'exactly Russia and Ukraine are ticked');
      assert.equal(await filters.getByRole('radio', { name: 'Match all' }).isChecked(), true, 'Match all chosen');
      assert.equal(await filters.getByRole('radio', { name: 'Match any' }).isChecked(), false);

      const toggles = filters.getByRole('group', { name: /^Categories/ }).getByRole('button');
      const pressed: string[] = [];
      for (const toggle of await toggles.all()) {
        if ((await toggle.getAttribute('aria-pressed')) === 'true') pressed.push((await toggle.innerText()).replace(/\s*\d+$/, '').trim());
      }
      assert.deepEqual(pressed, ['Strike'], 'only the Strike toggle is pressed');

      assert.deepEqual(await showing(page), { shown: 1, total: (await showing(page)).total }, 'one event matches the link');

      const details = region(page, 'Event details');
      await details.getByRole('heading', { name: EVENT_TITLE }).waitFor();
      assert.equal(await details.getByRole('navigation', { name: 'Step through events' }).isVisible(), true, 'the event (not only the place) is open');

      const marker = region(page, 'Map').getByRole('button', { name: /^Druzhkivka: 1 event/ });
      assert.equal(await marker.getAttribute('aria-pressed'), 'true', 'the Druzhkivka marker is pressed');

      const row = region(page, 'Events').getByRole('button', { name: new RegExp(EVENT_TITLE) });
      assert.equal(await row.getAttribute('aria-pressed'), 'true', 'the event is pressed in the Events list');
      await region(page, 'Events').getByRole('heading', { name: 'Events in Druzhkivka' }).waitFor();

      assert.match(await region(page, 'Timeline').innerText(), new RegExp(`Selected: ${EVENT_TITLE}`), 'the timeline names the selected event');
    },
  },
];
