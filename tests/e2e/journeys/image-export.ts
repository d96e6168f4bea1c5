/**
 * A newsroom publishes what it sees: the charts and the map as PNG (twice the screen size) and
 * SVG, each with the title, the filters in words, the sources line and the permalink drawn in.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { region, waitForDashboard } from '../lib/dashboard';
import type { Journey } from '../lib/types';

/** The Export panel of the top bar, opened when it is closed. */
async function exportPanel(page: Page) {
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Export', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const panel = page.getByRole('group', { name: 'Export', exact: true });
  await panel.waitFor();
  return panel;
}

/** Clicks an export button and returns the saved file's name and bytes. */
async function save(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const panel = await exportPanel(page);
  // Both together: a click that fails must not leave the download wait unhandled.
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'the file starts with the PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes the PNG in the page and reports, per horizontal band (fractions of the height), the
 * share of pixels that differ from the background (the top-left pixel): ink where text or marks are.
 */
async function inkByBand(page: Page, bytes: Buffer, bands: readonly [number, number][]): Promise<number[]> {
  return page.evaluate(
    async ({ data, bands }) => {
      const picture = new Image();
      picture.src = `data:image/png;base64,${data}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = picture.naturalWidth;
      canvas.height = picture.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return bands.map(() => -1);
      context.drawImage(picture, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r0, g0, b0] = [pixels[0] ?? 0, pixels[1] ?? 0, pixels[2] ?? 0];
      return bands.map(([from, to]) => {
        const y0 = Math.floor(from * canvas.height);
        const y1 = Math.max(y0 + 1, Math.floor(to * canvas.height));
        let ink = 0;
        for (let y = y0; y < y1; y++) {
          for (let x = 0; x < canvas.width; x++) {
            const k = (y * canvas.width + x) * 4;
            if (Math.abs((pixels[k] ?? 0) - r0) + Math.abs((pixels[k + 1] ?? 0) - g0) + Math.abs((pixels[k + 2] ?? 0) - b0) > 60) ink++;
          }
        }
        return ink / ((y1 - y0) * canvas.width);
      });
    },
    { data: bytes.toString('base64'), bands },
  );
}

/** The y (in px of the SVG) of the first text line containing `needle`. */
function lineY(svg: string, needle: string): number {
  const index = svg.indexOf(needle);
  assert.ok(index > 0, `the image says "${needle}"`);
  const tag = svg.lastIndexOf('<text', index);
  const match = /y="([\d.]+)"/.exec(svg.slice(tag, index));
  assert.ok(match?.[1], `a y position for "${needle}"`);
  return Number(match[1]);
}

async function checkPicture(page: Page, kind: 'charts' | 'map', expected: readonly string[]) {
  const label = kind === 'charts' ? 'Charts' : 'Map';
  const svgFile = await save(page, `${label} image (SVG)`);
  assert.match(svgFile.name, new RegExp(`-${kind}\\.svg$`));
  const svg = svgFile.bytes.toString('utf8');
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  assert.ok(height > 200, `the ${kind} image is ${height} px tall`);
  for (const text of expected) assert.ok(svg.includes(text), `the ${kind} SVG says "${text}"`);
  assert.ok(!svg.includes('var(--'), 'no CSS variables left: the file draws the same outside the page');

  const pngFile = await save(page, `${label} image (PNG)`);
  assert.match(pngFile.name, new RegExp(`-${kind}\\.png$`));
  const size = pngSize(pngFile.bytes);
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  assert.equal(size.width, width * 2, 'PNG at twice the size');
  assert.equal(size.height, height * 2);

  // The title line, the sources line and the middle (the plots or the map) all carry ink.
  const titleY = lineY(svg, 'Talks &amp; Strikes') / height;
  const sourcesY = lineY(svg, 'Data: ') / height;
  const [title, sources, middle] = await inkByBand(page, pngFile.bytes, [
    [Math.max(0, titleY - 0.012), titleY + 0.004],
    [Math.max(0, sourcesY - 0.012), sourcesY + 0.004],
    [0.3, 0.7],
  ]);
  assert.ok((title ?? 0) > 0.02, `the title is drawn (ink ${title})`);
  assert.ok((sources ?? 0) > 0.01, `the sources line is drawn (ink ${sources})`);
  assert.ok((middle ?? 0) > 0.03, `the ${kind} is drawn, not blank (ink ${middle})`);
}

export const journeys: Journey[] = [
  {
    name: 'a reader exports the charts and the map as publishable PNG and SVG images',
    async run({ page, url }) {
      await page.goto(url('/?categories=strike,talks'));
      await waitForDashboard(page);
      await region(page, 'Charts').locator('path.chart-bar').first().waitFor();
      await region(page, 'Map').locator('.leaflet-marker-icon').first().waitFor();
      await region(page, 'Map').locator('.leaflet-pane svg path').first().waitFor();
      const link = page.url().replace(/&/g, '&amp;');
      await checkPicture(page, 'charts', ['Talks &amp; Strikes', 'Showing strikes, talks', 'Data: ', 'recorded events', 'People killed and injured per', link]);
      await checkPicture(page, 'map', ['Talks &amp; Strikes', 'Showing strikes, talks', 'Data: ', 'recorded events', 'Map: ', link]);
      assert.match((await (await exportPanel(page)).locator('.export-note').textContent()) ?? '', /Saved the map as .*-map\.png/);
    },
  },
];
