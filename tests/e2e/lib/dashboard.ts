/** What a user sees of the dashboard, as helpers: its landmarks, its count line, its list of events. */
import type { Locator, Page } from 'playwright-core';
import { generateSyntheticDataset } from '../../../scripts/lib/synth/synth-dataset';

/** The landmark regions the dashboard always shows once the events are loaded. */
export const LANDMARKS = ['Filters', 'Timeline', 'Map', 'Charts', 'Events', 'Event details'] as const;
export type LandmarkName = (typeof LANDMARKS)[number];

export interface EventCounts {
  shown: number;
  total: number;
}

/** A landmark region by its exact accessible name. */
export function region(page: Page, name: LandmarkName): Locator {
  return page.getByRole('region', { name, exact: true });
}

/**
 * Parses "Showing 1,234 of 2,000 events".
 * @example parseShowing('Showing 3 of 10 events') // { shown: 3, total: 10 }
 */
export function parseShowing(text: string): EventCounts | undefined {
  const match = /Showing\s+([\d,]+)\s+of\s+([\d,]+)\s+events?/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { shown: Number(match[1].replace(/,/g, '')), total: Number(match[2].replace(/,/g, '')) };
}

/**
 * Waits until the dashboard is on screen (all landmarks visible) and returns the counts of the
 * "Showing N of M events" status when the filters show one. Fails at once, with the panel's
 * text, when the load-error panel appears instead.
 */
export async function waitForDashboard(page: Page, timeout = 15_000): Promise<EventCounts | undefined> {
  const filters = region(page, 'Filters');
  const loadError = page.getByRole('alert').filter({ hasText: /could not be loaded/i });
  await filters.or(loadError).first().waitFor({ state: 'visible', timeout });
  if (await loadError.isVisible()) {
    throw new Error(`the dashboard did not appear; the page shows: ${(await loadError.innerText()).replace(/\s+/g, ' ')}`);
  }
  for (const name of LANDMARKS) await region(page, name).waitFor({ state: 'visible', timeout });
  const status = filters.getByRole('status').filter({ hasText: /Showing/i });
  if ((await status.count()) === 0) return undefined;
  const text = await status.first().innerText();
  const counts = parseShowing(text);
  if (!counts) throw new Error(`the filters' status reads "${text}", not "Showing N of M events"`);
  return counts;
}

/** How many events the Events landmark lists (list items, options, or table rows with cells). */
export async function countListedEvents(page: Page): Promise<number> {
  const events = region(page, 'Events');
  const items = await events.getByRole('listitem').count();
  const options = await events.getByRole('option').count();
  const rows = await events.getByRole('row').filter({ has: page.getByRole('cell') }).count();
  const articles = await events.getByRole('article').count();
  return items + options + rows + articles;
}

/** Texts of the alerts on the page (load errors, views that crashed), for clear failure messages. */
export async function alertTexts(page: Page): Promise<string[]> {
  const alerts = await page.getByRole('alert').all();
  const texts: string[] = [];
  for (const alert of alerts) {
    if (await alert.isVisible()) texts.push((await alert.innerText()).replace(/\s+/g, ' ').trim());
  }
  return texts;
}

/** Opens the dashboard at this size on a synthetic file of `events` events served as the default data file. */
export async function openSyntheticDashboard(page: Page, url: (path: string) => string, size: { width: number; height: number }, events = 3000, seed = 13): Promise<void> {
  const dataset = JSON.stringify(generateSyntheticDataset({ events, seed }));
  await page.route('**/data/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: dataset }));
  await page.setViewportSize(size);
  await page.goto(url('/'));
  await waitForDashboard(page);
}
