import { launchChromium } from '../tests/e2e/lib/browser';
import { startPreview } from '../tests/e2e/lib/preview-server';
const server = await startPreview(process.cwd());
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1440, height: 900 });
await page.goto(server.baseUrl + '/');
await page.locator('.timeline-svg').waitFor();
await page.waitForTimeout(2000);
for (const [label, selector] of [['category', 'section[aria-label="Filters"] .category-toggles button']] as const) {
for (let n = 0; n < 3; n++) {
  await page.evaluate(`(() => {
    const w = window;
    w.__log = [];
    w.__t0 = -1;
    addEventListener('pointerdown', (e) => { if (w.__t0 < 0) w.__t0 = e.timeStamp; }, { capture: true, once: true });
    const describe = (n) => {
      const el = n instanceof Element ? n : n && n.parentElement;
      if (!el) return '?';
      const sec = el.closest('section[aria-label]');
      const region = sec ? sec.getAttribute('aria-label') : (el.closest('header') ? 'HEADER' : '-');
      return region + ' ' + el.tagName.toLowerCase() + '.' + [...el.classList].slice(0, 2).join('.');
    };
    new MutationObserver((records) => {
      const t = performance.now() - w.__t0;
      const kinds = new Map();
      for (const r of records) {
        const key = r.type + (r.attributeName ? '[' + r.attributeName + ']' : '') + ' ' + describe(r.target);
        kinds.set(key, (kinds.get(key) || 0) + 1);
      }
      w.__log.push(t.toFixed(0) + 'ms: ' + [...kinds].slice(0, 6).map(([k, v]) => v + 'x ' + k).join(' | '));
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
  await page.locator(selector).nth(n + 1).click();
  await page.waitForTimeout(600);
  console.log(`--- ${label} ${n}`);
  console.log(((await page.evaluate('window.__log')) as string[]).join('\n'));
  await page.reload();
  await page.locator('.timeline-svg').waitFor();
  await page.waitForTimeout(1500);
}}
await browser.close();
await server.stop();
