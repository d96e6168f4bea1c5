/**
 * A filter change lands in each view in one go: on a large file (drawn in React's background
 * pass), the launches chart takes its new bars, axis and grid in a single commit, not a first
 * drawing followed by a second one a frame later (which kept the reader waiting one more frame).
 */
import assert from 'node:assert/strict';
import { openSyntheticDashboard, region, waitForDashboard } from '../lib/dashboard';
import { allowNamedFunctions } from '../lib/in-page';
import type { Journey } from '../lib/types';
import { waitForQuiet, waitForShowing } from '../lib/wait';

type Watched = Window & { chartCommits?: number; laneHeightWhenResized?: number };

export const journeys: Journey[] = [
  {
    name: 'a category toggle on a large file redraws the launches chart in one commit, its grid lines at its y-axis labels',
    async run({ page, url }) {
      // Above the size a small file redraws in the same pass as the control (dashboard-model.ts).
      await openSyntheticDashboard(page, url, { width: 1440, height: 900 }, 8000);
      const charts = region(page, 'Charts');
      const launches = charts.locator('figure.chart').filter({ hasText: /Drones and missiles launched per/ });
      await launches.locator('.chart-bar').first().waitFor();
      const gridAndLabels = () =>
        launches.evaluate((figure) => ({
          grid: [...figure.querySelectorAll('.chart-grid line')].map((line) => Math.round(Number(line.getAttribute('y1')))),
          labels: [...figure.querySelectorAll('.chart-y-axis text')].map((label) => Math.round(Number(label.getAttribute('y')))),
          labelTexts: [...figure.querySelectorAll('.chart-y-axis text')].map((label) => label.textContent),
        }));
      const before = await gridAndLabels();
      assert.ok(before.grid.length >= 2, `grid lines drawn (${JSON.stringify(before)})`);
      assert.deepEqual(before.grid, before.labels, 'a grid line at each y-axis label');

      // Each MutationObserver callback is one batch of DOM changes: one per commit that touched the chart.
      await allowNamedFunctions(page);
      await launches.evaluate((figure) => {
        const watched = window as Watched;
        watched.chartCommits = 0;
        new MutationObserver(() => {
          watched.chartCommits = (watched.chartCommits ?? 0) + 1;
        }).observe(figure, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const { shown: all } = await waitForShowing(page, () => true, 'a count');
      // Showing talks alone leaves out the strikes, which carry the launch figures: the chart empties and its y axis moves.
      await region(page, 'Filters').locator('.category-toggles button').filter({ hasText: 'Talks' }).click();
      await waitForShowing(page, (shown) => shown < all, 'fewer events');
      await waitForQuiet(page, 600);
      assert.equal(await page.evaluate(() => (window as Watched).chartCommits), 1, 'the chart changed in exactly one commit');
      assert.equal(await launches.locator('.chart-bar').count(), 0, 'no launches among talks');
      const after = await gridAndLabels();
      assert.notDeepEqual(after.labelTexts, before.labelTexts, 'the y axis has new labels');
      assert.deepEqual(after.grid, after.labels, 'the grid follows the new y-axis labels');
    },
  },
  {
    name: 'Reset from a date range that left the selected event out gives the timeline lanes their new height in the frame the timeline grows',
    async run({ page, url }) {
      // Selected, and outside the dates: the timeline's legend carries a line saying so. Reset
      // removes it, which gives the lanes more height: they must take it in that same frame.
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(url('/?event=strike-2026-02-04-druzhkivka-market&from=2025-12-01&to=2025-12-31'));
      await waitForDashboard(page);
      const timeline = region(page, 'Timeline');
      await timeline.locator('.timeline-legend').filter({ hasText: /outside/i }).waitFor();
      const lane = timeline.locator('rect.timeline-lane').first();
      const laneBefore = Number(await lane.getAttribute('height'));
      await allowNamedFunctions(page);
      // A ResizeObserver of the test's own on the same element reports right after the app's
      // (observers report in the order they were made, after layout, before paint): what the lanes
      // measure then is what that frame paints.
      await timeline.locator('.timeline-chart').evaluate((chart) => {
        const watched = window as Watched;
        let first = true;
        new ResizeObserver(() => {
          if (first) {
            first = false; // the report every observer gets when it starts
            return;
          }
          watched.laneHeightWhenResized ??= Number(chart.querySelector('rect.timeline-lane')?.getAttribute('height'));
        }).observe(chart);
      });
      await region(page, 'Filters').getByRole('button', { name: 'Reset', exact: true }).click();
      await waitForQuiet(page, 600);
      const laneAfter = Number(await lane.getAttribute('height'));
      assert.ok(laneAfter > laneBefore, `the lanes took the legend line's room (${laneBefore} → ${laneAfter})`);
      assert.equal(await page.evaluate(() => (window as Watched).laneHeightWhenResized), laneAfter, 'the lanes had their new height in the frame where the timeline grew');
    },
  },
];
