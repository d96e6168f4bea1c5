/**
 * The built app keeps to its own Content-Security-Policy: loading the data, the map, the charts
 * and the story trips no violation (zod's eval probe used to, on every load).
 */
import assert from 'node:assert/strict';
import { waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'loading the dashboard and starting the story trips no Content-Security-Policy violation',
    async run({ page, url }) {
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(url('/'));
      await waitForDashboard(page);
      await page.getByRole('button', { name: 'Start the story' }).click();
      await page.getByRole('button', { name: 'Next step' }).waitFor();
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp ?? '', /script-src 'self'/, 'the build must carry its CSP');
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      assert.deepEqual(violations, [], 'no CSP violation may happen');
    },
  },
];
