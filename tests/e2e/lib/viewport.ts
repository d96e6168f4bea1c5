/** Where things are on the screen: is a box inside the viewport, does the page itself scroll. */
import type { Locator, Page } from 'playwright-core';
import { installVisibleBox, type InPageVisibleBox } from './in-page';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's own scroll size against the window (a one-screen layout has none to scroll). */
export function pageScroll(page: Page): Promise<{ scrollHeight: number; innerHeight: number; scrollWidth: number; innerWidth: number; scrollY: number }> {
  return page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    scrollY: window.scrollY,
  }));
}

/** The element's box; fails with its description when it has none (not rendered). */
export async function boxOf(locator: Locator, what: string): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} is not on the page`);
  return box;
}

/** True when the box lies inside the viewport (half a pixel of rounding allowed). */
export function insideViewport(box: Box, viewport: { width: number; height: number }): boolean {
  return box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}

/** True when box `inner` lies inside box `outer`. */
export function insideBox(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

/** The visible part of a box's area, 0..1, inside the viewport. */
export function visibleShare(box: Box, viewport: { width: number; height: number }): number {
  const w = Math.max(0, Math.min(box.x + box.width, viewport.width) - Math.max(box.x, 0));
  const h = Math.max(0, Math.min(box.y + box.height, viewport.height) - Math.max(box.y, 0));
  return box.width * box.height === 0 ? 0 : (w * h) / (box.width * box.height);
}

/** The part of an element a reader can see (its box clipped by its scrolling ancestors), or null when none is. */
export async function seenBox(locator: Locator): Promise<Box | null> {
  await installVisibleBox(locator.page());
  return locator.evaluate((element) => {
    const box = (globalThis as unknown as InPageVisibleBox).__visibleBox(element);
    return box.right - box.left < 1 || box.bottom - box.top < 1 ? null : { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
  });
}
