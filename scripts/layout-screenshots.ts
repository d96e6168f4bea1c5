/**
 * Screenshots of the layout at the sizes the README shows (run after `npm run build`):
 *   npx tsx scripts/layout-screenshots.ts [outDir] [name words…]   (default docs/screenshots, every shot)
 * Serves dist/ with vite preview, opens each view in the system Chromium, saves viewport-sized PNGs.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/lib/browser';
import { startPreview } from '../tests/e2e/lib/preview-server';

const outDir = process.argv[2] ?? 'docs/screenshots';

interface Shot {
  name: string;
  width: number;
  height: number;
  path: string;
  theme: 'light' | 'dark';
  /** Clicks a visible button by name after loading (e.g. a marker), before the shot. */
  then?: string;
}

const SHOTS: Shot[] = [
  { name: 'desktop-1440x900-light', width: 1440, height: 900, path: '/?event=strike-2026-02-04-druzhkivka-market', theme: 'light' },
  { name: 'desktop-1440x900-dark', width: 1440, height: 900, path: '/?event=strike-2026-02-04-druzhkivka-market', theme: 'dark' },
  { name: 'desktop-1920x1080-light', width: 1920, height: 1080, path: '/?event=strike-2026-02-04-druzhkivka-market', theme: 'light' },
  { name: 'desktop-1280x720-light', width: 1280, height: 720, path: '/', theme: 'light' },
  // A date range: markers stay where they are, sized by their events in range.
  { name: 'desktop-1440x900-week-light', width: 1440, height: 900, path: '/?from=2026-02-01&to=2026-02-07', theme: 'light' },
  { name: 'desktop-1280x720-dark', width: 1280, height: 720, path: '/', theme: 'dark' },
  { name: 'desktop-1024x768-light', width: 1024, height: 768, path: '/', theme: 'light' },
  { name: 'phone-390x844-light', width: 390, height: 844, path: '/', theme: 'light' },
  { name: 'phone-390x844-dark', width: 390, height: 844, path: '/', theme: 'dark' },
  { name: 'phone-details-390x844-light', width: 390, height: 844, path: '/?event=strike-2026-02-04-druzhkivka-market', theme: 'light' },
  { name: 'story-1440x900-light', width: 1440, height: 900, path: '/', theme: 'light', then: 'Start the story' },
  { name: 'playback-1440x900-light', width: 1440, height: 900, path: '/?play=2026-02-03&window=7&from=2026-01-28&to=2026-02-03', theme: 'light' },
  { name: 'embed-800x600-light', width: 800, height: 600, path: '/?embed=1', theme: 'light' },
  { name: 'embed-600x450-dark', width: 600, height: 450, path: '/?embed=1', theme: 'dark' },
];

async function main() {
  const server = await startPreview(process.cwd());
  const browser = await launchChromium();
  try {
    mkdirSync(outDir, { recursive: true });
    const page = await browser.context.newPage();
    const only = process.argv.slice(3);
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.some((word) => s.name.includes(word)))) {
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.emulateMedia({ colorScheme: shot.theme, reducedMotion: 'reduce' });
      await page.goto(`${server.baseUrl}${shot.path}`);
      await page.getByRole('region', { name: 'Map', exact: true }).waitFor({ timeout: 15_000 });
      await page.locator('.leaflet-container').first().waitFor({ timeout: 15_000 });
      if (shot.then) await page.getByRole('button', { name: shot.then }).first().click();
      await page.waitForTimeout(1200);
      const file = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
      console.log(file, `page height ${size.scroll}, width ${size.width}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
