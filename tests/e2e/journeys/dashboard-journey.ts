/**
 * Issue 4's journey, as a reader does it: pick a place on the map, read the event, narrow the
 * filters, reload (the link keeps the view) and step back.
 */
import assert from 'node:assert/strict';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { normalizedSearch, params, showing, waitForParam, waitForParams, waitForQuiet, waitForShowing, waitForValue } from '../lib/wait';

export const journeys: Journey[] = [
  {
    name: 'map marker → details → actor and category filters → reload keeps the view → Back steps back',
    async run({ page, url }) {
      await page.goto(url('/'));
      const all = await waitForDashboard(page);
      assert.ok(all && all.total > 0, 'the dashboard shows "Showing N of M events"');

      // 1. The Druzhkivka marker selects the place; the details show its one event.
      const marker = region(page, 'Map').getByRole('button', { name: /^Druzhkivka: 1 event/ });
      await marker.click();
      await waitForParam(page, 'place', 'druzhkivka');
      await waitForValue(() => marker.getAttribute('aria-pressed'), 'true', 'the selected marker\'s aria-pressed');
      const details = region(page, 'Event details');
      const card = details.getByRole('article', { name: /cluster munitions hit the market in druzhkivka/i });
      await card.waitFor();
      const cardText = (await card.innerText()).replace(/\s+/g, ' ');
      assert.match(cardText, /Strike/, 'the card names the category');
      assert.match(cardText, /Killed\s*7\b/, `7 killed: ${cardText}`);
      assert.match(cardText, /Injured\s*15\b/, `15 injured: ${cardText}`);
      await waitForShowing(page, (n) => n === 1, '1 event (the place narrows the count)');

      // 2. Actor Russia, then category Strike: each is a step in the history.
      const filters = region(page, 'Filters');
      await filters.getByRole('checkbox', { name: /^Russia \(/ }).check();
      await waitForParam(page, 'actors', 'russia');
      await waitForQuiet(page);
      const afterActor = { search: normalizedSearch(page), counts: await showing(page) };

      const strike = filters.getByRole('button', { name: /^Strike\b/ });
      await strike.click();
      await waitForParam(page, 'categories', 'strike');
      assert.equal(await strike.getAttribute('aria-pressed'), 'true', 'the Strike toggle is pressed');
      await waitForQuiet(page);
      const p = params(page);
      assert.equal(p.get('place'), 'druzhkivka', 'the place stays selected');
      assert.equal(p.get('actors'), 'russia');
      const afterCategory = { search: normalizedSearch(page), counts: await showing(page) };
      assert.equal(afterCategory.counts.total, all.total, 'the total never changes');
      await card.waitFor();

      // 3. Reload: the link alone restores the same view.
      await page.reload();
      await waitForDashboard(page);
      await waitForQuiet(page);
      assert.deepEqual(await showing(page), afterCategory.counts, 'the reloaded page shows the same count');
      assert.equal(normalizedSearch(page), afterCategory.search, 'the reloaded page keeps the same URL');
      assert.equal(await filters.getByRole('checkbox', { name: /^Russia \(/ }).isChecked(), true, 'Russia is still ticked');
      assert.equal(await strike.getAttribute('aria-pressed'), 'true', 'Strike is still pressed');
      await card.waitFor();

      // 4. Back: the view before the category was chosen.
      await page.goBack();
      await waitForParams(page, (q) => q.get('categories') === null, 'no categories=');
      await waitForDashboard(page);
      await waitForQuiet(page);
      assert.equal(normalizedSearch(page), afterActor.search, 'Back returns to the URL of the step before');
      assert.deepEqual(await showing(page), afterActor.counts, 'Back returns to the count of the step before');
      assert.equal(await strike.getAttribute('aria-pressed'), 'false', 'Strike is released again');
    },
  },
];
