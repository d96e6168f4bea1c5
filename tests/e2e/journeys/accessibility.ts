/** axe-core scans (WCAG 2.2 AA rule set) of what a reader sees first, in both themes. */
import { expectNoAccessibilityViolations } from '../lib/axe';
import { waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = (['light', 'dark'] as const).map((theme) => ({
  name: `the default view has no WCAG 2.2 AA violations (${theme} theme)`,
  async run({ page, url, resultsDir }) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(url('/'));
    await waitForDashboard(page);
    await page.waitForLoadState('networkidle');
    await expectNoAccessibilityViolations(page, { resultsDir, label: `default-${theme}` });
  },
}));

export const errorPanel: Journey = {
  name: 'the load-error panel has no WCAG 2.2 AA violations',
  async run({ page, url, resultsDir, allowConsoleError }) {
    allowConsoleError(/status of 404/);
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(url('/'));
    await page.getByRole('alert').waitFor();
    await expectNoAccessibilityViolations(page, { resultsDir, label: 'load-error' });
  },
};
