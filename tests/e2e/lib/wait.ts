/**
 * Waiting for what a reader would notice change: the address bar (the app writes it with
 * pushState / replaceState, so there is no navigation to wait for) and the "Showing N of M
 * events" count of the Filters landmark.
 */
import type { Page } from 'playwright-core';
import { parseShowing, region, type EventCounts } from './dashboard';

/** Polls `read` until `test` accepts its value; throws with `what` and the last value otherwise. */
export async function waitUntil<T>(read: () => Promise<T> | T, test: (value: T) => boolean, what: string, timeout = 8000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeout / 1000} s for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The page's query parameters, now. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The query string without the leading "?", keys sorted, so two equal views compare equal. */
export function normalizedSearch(page: Page): string {
  const entries = [...params(page).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(entries).toString();
}

/** Waits until the address bar's query satisfies `test`; returns the parameters. */
export function waitForParams(page: Page, test: (params: URLSearchParams) => boolean, what: string): Promise<URLSearchParams> {
  return waitUntil(() => params(page), test, `the URL to hold ${what} (${page.url()})`);
}

/** Waits until the query parameter `key` equals `value` (null: absent). */
export function waitForParam(page: Page, key: string, value: string | null): Promise<URLSearchParams> {
  return waitForParams(page, (p) => p.get(key) === value, value === null ? `no ${key}=` : `${key}=${value}`);
}

/** The counts of the "Showing N of M events" status, now. */
export async function showing(page: Page): Promise<EventCounts> {
  const status = region(page, 'Filters').getByRole('status').filter({ hasText: /Showing/ }).first();
  const text = await status.innerText();
  const counts = parseShowing(text);
  if (!counts) throw new Error(`the Filters status reads "${text}", not "Showing N of M events"`);
  return counts;
}

/** Waits until the shown count satisfies `test`; returns the counts. */
export function waitForShowing(page: Page, test: (shown: number) => boolean, what: string): Promise<EventCounts> {
  return waitUntil(() => showing(page), (counts) => test(counts.shown), `the count to show ${what}`);
}
