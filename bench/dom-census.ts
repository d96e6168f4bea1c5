/**
 * How many elements each view keeps in the page, by tag, on one dataset, and when each DOM change
 * lands after a date typed into From (which view, what kind, how many): where a filter change's
 * style and layout work goes, and which view answers late. Runs on the profiling build
 * (`bench/profile-action.ts` makes it). Usage: node --import tsx bench/dom-census.ts [default|acled-<rows>] [from|category|reset]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProfiledDataset } from './lib/open-profiled-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.join(ROOT, 'bench', 'data');
const datasetName = process.argv[2] ?? 'default';
/** What the reader does, four times: `from` types dates into From and clears it; `category` toggles the first category off and on; `reset` presses Reset with a category turned off. */
const action = process.argv[3] ?? 'from';

async function main() {
  const bench = await openProfiledDataset(ROOT, path.join('bench', 'data', 'dist-profile'), DATA_DIR, datasetName);
  try {
    await bench.page.waitForTimeout(1500);
    const census = await bench.page.evaluate(() => {
      const out: Record<string, Record<string, number>> = {};
      for (const section of document.querySelectorAll('section[aria-label], header, nav, aside')) {
        const name = `${section.tagName.toLowerCase()} ${section.getAttribute('aria-label') ?? ''}`;
        const tags: Record<string, number> = { all: section.querySelectorAll('*').length };
        for (const el of section.querySelectorAll('*')) tags[el.tagName.toLowerCase()] = (tags[el.tagName.toLowerCase()] ?? 0) + 1;
        out[name] = tags;
      }
      out.document = { all: document.querySelectorAll('*').length };
      return out;
    });
    for (const [name, tags] of Object.entries(census)) {
      const top = Object.entries(tags).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([t, n]) => `${t} ${n}`).join(', ');
      console.log(`${name}: ${top}`);
    }
    await bench.page.screenshot({ path: `/tmp/census-${datasetName}.png` });
    // When each DOM change lands after a date typed into From, and what it touched.
    const days = datasetName === 'default' ? ['2026-02-01', '', '2026-01-20', ''] : ['2024-03-10', '', '2024-06-01', ''];
    for (const day of days) {
      // Reset is timed from a filtered view: a category is turned off first, untimed.
      if (action === 'reset') {
        await bench.page.locator('section[aria-label="Filters"] .category-toggles button').nth(1).click();
        await bench.page.waitForTimeout(800);
      }
      await bench.page.evaluate((start) => {
        const w = window as unknown as { __log: string[]; __t0: number; __obs?: MutationObserver; __start: string };
        w.__start = start;
        w.__log = [];
        w.__t0 = -1;
        addEventListener(w.__start, (e) => { if (w.__t0 < 0) w.__t0 = e.timeStamp; }, { capture: true, once: true });
        const describe = (n: Node) => (n instanceof Element ? `${n.tagName.toLowerCase()}.${String(n.getAttribute('class') ?? '').split(' ').slice(0, 2).join('.')}` : n.nodeName);
        w.__obs = new MutationObserver((records) => {
          const at = (performance.now() - w.__t0).toFixed(1);
          const kinds = new Map<string, number>();
          for (const r of records) {
            const section = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('section[aria-label]')?.getAttribute('aria-label') ?? '-';
            const key = `${section} ${r.type}${r.attributeName ? ':' + r.attributeName : ''} ${describe(r.target)}`;
            kinds.set(key, (kinds.get(key) ?? 0) + 1);
          }
          w.__log.push(`${at.padStart(7)}  ${[...kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${n}× ${k}`).join(' | ')}`);
        });
        w.__obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      }, action === 'from' ? 'input' : 'pointerdown');
      if (action === 'category') await bench.page.locator('section[aria-label="Filters"] .category-toggles button').first().click();
      else if (action === 'reset') await bench.page.locator('section[aria-label="Filters"] button.reset-button').click();
      else await bench.page.locator('section[aria-label="Filters"]').getByLabel('From', { exact: true }).first().fill(day);
      await bench.page.waitForTimeout(1500);
      const log = await bench.page.evaluate(() => {
        const w = window as unknown as { __log: string[]; __obs?: MutationObserver };
        w.__obs?.disconnect();
        return w.__log;
      });
      console.log(action === 'from' ? `From = "${day}":` : action === 'category' ? 'First category toggled:' : 'Reset after a category was turned off:');
      for (const line of log) console.log(line);
    }
  } finally {
    await bench.close();
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
