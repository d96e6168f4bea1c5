/** Running test code inside the page. */
import type { Page } from 'playwright-core';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
 * functions handed to page.evaluate run in the page, where that helper does not exist. Call this
 * first to define a no-op one.
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

export interface ClientBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What is seen of an element: its box clipped by every scrolling or clipping ancestor. Runs in
 * the page, where `installVisibleBox` defines it as `globalThis.__visibleBox`.
 */
export function visibleBox(element: Element): ClientBox {
  const rect = element.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  let right = rect.right;
  let bottom = rect.bottom;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { left, top, right, bottom };
}

/** The page's copy of `visibleBox`, for functions handed to page.evaluate. */
export type InPageVisibleBox = { __visibleBox: typeof visibleBox };

/** Defines `visibleBox` in the page (again after each navigation). */
export async function installVisibleBox(page: Page): Promise<void> {
  await allowNamedFunctions(page);
  await page.evaluate(`globalThis.__visibleBox = ${visibleBox.toString()}`);
}
