/**
 * Waiting for what a reader would notice change: the address bar (the app writes it with
 * pushState / replaceState, so there is no navigation to wait for) and the "Showing N of M
 * events" count of the Filters landmark.
 */
import type { Page } from 'playwright-core';
import { parseShowing, region, type EventCounts } from './dashboard';
import { allowNamedFunctions } from './in-page';

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

/**
 * Waits until the page has stopped changing for `quietMs`: the views render from a deferred copy
 * of the URL, a moment after the address bar and the controls change.
 */
export async function waitForQuiet(page: Page, quietMs = 80, timeout = 5000): Promise<void> {
  await allowNamedFunctions(page);
  const settled = await page.evaluate(
    ([quiet, limit]) =>
      new Promise<boolean>((resolve) => {
        let timer: ReturnType<typeof setTimeout>;
        const finish = (ok: boolean) => {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(deadline);
          resolve(ok);
        };
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(() => finish(true), quiet);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        timer = setTimeout(() => finish(true), quiet);
        const deadline = setTimeout(() => finish(false), limit);
      }),
    [quietMs, timeout] as const,
  );
  if (!settled) throw new Error(`the page kept changing for ${timeout / 1000} s`);
}

/** Waits until `read()` of a locator-like source equals `expected`; fails with `what` and the last value. */
export function waitForValue<T>(read: () => Promise<T>, expected: T, what: string): Promise<T> {
  return waitUntil(read, (value) => value === expected, `${what} to be ${JSON.stringify(expected)}`);
}
