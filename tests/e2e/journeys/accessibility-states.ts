/**
 * axe-core scans (WCAG 2.2 AA rule set) of the states a reader meets after the first view: an
 * event selected, a filter that matches nothing, and a phone-sized screen; light and dark.
 * (The default view and the load-error panel are scanned by accessibility.ts.)
 */
import type { Page } from 'playwright-core';
import { expectNoAccessibilityViolations } from '../lib/axe';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

const EVENT_LINK = '/?event=strike-2026-02-04-druzhkivka-market';
const NOTHING_LINK = '/?q=no-event-says-this-zzz&categories=strike';

interface State {
  name: string;
  label: string;
  path: string;
  phone?: boolean;
  ready(page: Page): Promise<void>;
}

const STATES: State[] = [
  {
    name: 'an event selected',
    label: 'event-selected',
    path: EVENT_LINK,
    ready: (page) => region(page, 'Event details').getByRole('navigation', { name: 'Step through events' }).waitFor(),
  },
  {
    name: 'a filter that matches nothing',
    label: 'no-matches',
    path: NOTHING_LINK,
    ready: (page) => region(page, 'Events').getByText('No events match.').waitFor(),
  },
  {
    name: 'a 390×844 phone screen',
    label: 'phone',
    path: '/',
    phone: true,
    ready: async () => undefined,
  },
];

export const journeys: Journey[] = STATES.flatMap((state) =>
  (['light', 'dark'] as const).map((theme) => ({
    name: `${state.name} has no WCAG 2.2 AA violations (${theme} theme)`,
    async run({ page, url, resultsDir }) {
      if (state.phone) await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(url(state.path));
      await waitForDashboard(page);
      await state.ready(page);
      await page.waitForLoadState('networkidle');
      await expectNoAccessibilityViolations(page, { resultsDir, label: `${state.label}-${theme}` });
    },
  })),
);
