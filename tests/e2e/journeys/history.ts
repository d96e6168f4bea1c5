/** Back and Forward step through the reader's choices, and every view follows the address bar. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';
import { normalizedSearch, showing, waitForParams, waitForQuiet, waitUntil } from '../lib/wait';

interface Step {
  search: string;
  shown: number;
  /** The selected event's title in the details, or '' when none is open. */
  detailsEvent: string;
  kyivPressed: string | null;
  strikePressed: string | null;
}

async function snapshot(page: Page): Promise<Step> {
  const details = region(page, 'Event details');
  const open = await details.getByRole('navigation', { name: 'Step through events' }).isVisible();
  return {
    search: normalizedSearch(page),
    shown: (await showing(page)).shown,
    detailsEvent: open ? await details.getByRole('article').first().getAttribute('aria-label') ?? '' : '',
    kyivPressed: await region(page, 'Map').getByRole('button', { name: /^Kyiv: / }).getAttribute('aria-pressed'),
    strikePressed: await region(page, 'Filters').getByRole('button', { name: /^Strike\b/ }).getAttribute('aria-pressed'),
  };
}

/** Waits for the URL to become `step.search`, then for the views to agree with it. */
async function expectStep(page: Page, step: Step, label: string): Promise<void> {
  await waitForParams(page, () => normalizedSearch(page) === step.search, `"${step.search}" (${label})`);
  await waitForDashboard(page);
  await waitUntil(() => snapshot(page), (now) => JSON.stringify(now) === JSON.stringify(step), `${label}: the views to show ${JSON.stringify(step)}`);
}

/** The state after a choice, once the views have caught up with the URL. */
async function settledSnapshot(page: Page): Promise<Step> {
  await waitForQuiet(page);
  return snapshot(page);
}

export const journeys: Journey[] = [
  {
    name: 'Back and Forward step through event, place and category choices',
    async run({ page, url }) {
      await page.goto(url('/'));
      await waitForDashboard(page);
      const steps: Step[] = [await settledSnapshot(page)];

      // An event from the list, then a place on the map, then a category.
      const row = region(page, 'Events').getByRole('button', { name: /Overnight drone and missile attack hits Kyiv/ });
      await row.click();
      await waitForParams(page, (p) => p.has('event'), 'event=');
      steps.push(await settledSnapshot(page));
      assert.notEqual(steps[1]?.detailsEvent, '', 'the details show the chosen event');

      await region(page, 'Map').getByRole('button', { name: /^Kyiv: / }).click();
      await waitForParams(page, (p) => p.get('place') === 'kyiv', 'place=kyiv');
      steps.push(await settledSnapshot(page));

      await region(page, 'Filters').getByRole('button', { name: /^Strike\b/ }).click();
      await waitForParams(page, (p) => p.get('categories') === 'strike', 'categories=strike');
      steps.push(await settledSnapshot(page));
      assert.equal(new Set(steps.map((s) => s.search)).size, 4, 'four different views');

      for (let i = steps.length - 2; i >= 0; i--) {
        await page.goBack();
        await expectStep(page, steps[i] as Step, `Back to step ${i}`);
      }
      for (let i = 1; i < steps.length; i++) {
        await page.goForward();
        await expectStep(page, steps[i] as Step, `Forward to step ${i}`);
      }
    },
  },
];
