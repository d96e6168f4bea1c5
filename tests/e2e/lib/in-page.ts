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
