/** Screenshots of a view at a desktop and a phone size, in the light and the dark theme. */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const VIEWPORTS = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '390x844', width: 390, height: 844 },
] as const;
export const THEMES = ['light', 'dark'] as const;

export interface ScreenshotOptions {
  /** Root of the results folder; files go to `<dir>/screenshots/<name>-<viewport>-<theme>.png`. */
  resultsDir: string;
  /** File-safe name of the view, e.g. "default". */
  name: string;
  /** Absolute URL to open for each shot. */
  url: string;
  /** Waits until the view is ready to be photographed. */
  ready(page: Page): Promise<void>;
}

/** Loads the URL once per viewport and theme, takes a full-page shot of each, returns the file paths. */
export async function captureScreenshots(page: Page, options: ScreenshotOptions): Promise<string[]> {
  const dir = path.join(options.resultsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const viewport of VIEWPORTS) {
    for (const theme of THEMES) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // Reduced motion so charts and transitions are still when the shot is taken.
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(options.url);
      await options.ready(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = path.join(dir, `${options.name}-${viewport.name}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      if (statSync(file).size === 0) throw new Error(`the screenshot ${file} is empty`);
      files.push(file);
    }
  }
  return files;
}
