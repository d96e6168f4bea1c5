/**
 * The actions a reader takes, driven through the real controls with Playwright's mouse and
 * keyboard (and `fill` for the date fields), each timed in the page from its input event until
 * every view has settled (see in-page.ts). One round runs every kind once or twice and ends
 * where it started (no filter, no selection, timeline not zoomed).
 */
import type { Page } from 'playwright-core';
import type { Expect, Settled, StartEvent } from './in-page';

export const ACTION_KINDS = ['from', 'to', 'category', 'actor', 'marker', 'mark', 'row', 'brush', 'reset'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_LABELS: Record<ActionKind, string> = {
  from: 'Date typed into From/To (From)',
  to: 'Date typed into To',
  category: 'Category toggle',
  actor: 'Actor checkbox',
  marker: 'Map marker click',
  mark: 'Timeline mark click',
  row: 'Events row click',
  brush: 'Timeline brush (Shift+drag)',
  reset: 'Reset',
};

export interface ActionSample extends Settled {
  kind: ActionKind;
  /** What was done ("From = 2024-06-03", "marker Kramatorsk"). */
  what: string;
}

const SETTLE_TIMEOUT_MS = 15_000;

/** Arms the in-page timer, performs the action, and waits for the views to settle. */
async function timed(page: Page, kind: ActionKind, what: string, expect: Expect, start: StartEvent, act: () => Promise<void>): Promise<ActionSample> {
  await page.evaluate(([e, s]) => window.__bench?.arm(e, s), [expect, start] as const);
  await act();
  const settled = await page.evaluate((t) => {
    if (!window.__bench) throw new Error('the in-page helpers are missing');
    return window.__bench.settle(t);
  }, SETTLE_TIMEOUT_MS);
  return { kind, what, ...settled };
}

async function point(page: Page, landmark: string, selector: string, nth: number, skip?: string) {
  const found = await page.evaluate(([l, s, n, k]) => window.__bench?.clickPoint(l, s, n, k) ?? null, [landmark, selector, nth, skip] as const);
  if (!found) throw new Error(`nothing clickable matches ${selector} in ${landmark}`);
  return found;
}

/** A reader's pointer reaches a control before pressing it: move there first (untimed), as a hand does. */
async function hover(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x - 6, y - 4);
  await page.mouse.move(x, y, { steps: 2 });
  await still(page);
}

async function click(page: Page, kind: ActionKind, expect: Expect, landmark: string, selector: string, nth: number, skip?: string): Promise<ActionSample> {
  const at = await point(page, landmark, selector, nth, skip);
  await hover(page, at.x, at.y);
  return timed(page, kind, `${kind} ${at.label.slice(0, 50)}`, expect, 'pointerdown', () => page.mouse.click(at.x, at.y));
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const STATUS: Expect = { kind: 'status-change' };
const DETAILS: Expect = { kind: 'landmark-change', landmark: 'Event details' };
const EVENTS: Expect = { kind: 'landmark-change', landmark: 'Events' };

/** Waits for the page to be still (after untimed set-up steps such as zooming the timeline in). */
async function still(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
}

/** One round of every action kind; `round` varies the dates, the categories, actors, places and rows picked. */
export async function runRound(page: Page, round: number): Promise<ActionSample[]> {
  const samples: ActionSample[] = [];
  const filters = page.locator('section[aria-label="Filters"]');
  const from = filters.getByLabel('From', { exact: true }).first();
  const to = filters.getByLabel('To', { exact: true }).first();
  const min = (await from.getAttribute('min')) ?? '2025-11-01';
  const max = (await from.getAttribute('max')) ?? '2026-03-01';
  const span = Math.max(10, daysBetween(min, max));
  // From somewhere in the middle third, To a few weeks to a few months later.
  const fromDate = addDays(min, Math.floor(span * (0.35 + ((round * 0.07) % 0.3))));
  const toDate = addDays(fromDate, Math.max(5, Math.floor(span * (0.15 + ((round * 0.05) % 0.2)))));
  const fill = (kind: ActionKind, field: typeof from, value: string) =>
    timed(page, kind, `${kind} = ${value || '(cleared)'}`, STATUS, 'input', () => field.fill(value));

  samples.push(await fill('from', from, fromDate));
  samples.push(await fill('to', to, toDate));
  samples.push(await fill('from', from, ''));
  samples.push(await fill('to', to, ''));

  samples.push(await click(page, 'category', STATUS, 'Filters', '.category-toggles button[aria-pressed="false"]', (round % 3) + 1));
  samples.push(await click(page, 'category', STATUS, 'Filters', '.category-toggles button[aria-pressed="true"]', 0));
  samples.push(await click(page, 'actor', STATUS, 'Filters', '.actor-lists input[type="checkbox"]:not(:checked)', (round % 6) + 1));
  samples.push(await click(page, 'actor', STATUS, 'Filters', '.actor-lists input[type="checkbox"]:checked', 0));

  const first = await point(page, 'Map', '.map-marker-place', round * 7);
  await hover(page, first.x, first.y);
  // Hovering raises the marker and opens its tooltip: measure again where it now is.
  const marker = (await page.evaluate((n) => window.__bench?.clickPoint('Map', '.map-marker-place', n) ?? null, round * 7)) ?? first;
  samples.push(await timed(page, 'marker', `marker ${marker.label.slice(0, 40)}`, EVENTS, 'pointerdown', () => page.mouse.click(marker.x, marker.y)));
  // The same marker again clears the place.
  // Found again (a marker near the edge pans the map when focused), else where it was.
  const again = (await page.evaluate(() => window.__bench?.clickPoint('Map', '.map-marker-place.is-selected', 0) ?? null)) ?? marker;
  await hover(page, again.x, again.y);
  samples.push(await timed(page, 'marker', `marker again ${again.label.slice(0, 30)}`, EVENTS, 'pointerdown', () => page.mouse.click(again.x, again.y)));

  samples.push(await click(page, 'row', DETAILS, 'Events', 'button.event-row', round * 3 + 1, '[aria-pressed="true"]'));
  samples.push(await click(page, 'row', DETAILS, 'Events', 'button.event-row', round * 3 + 2, '[aria-pressed="true"]'));

  // Marks: when the timeline draws density strips (thousands in view), zoom in until single marks show.
  const timeline = page.locator('section[aria-label="Timeline"]');
  const marks = timeline.locator('svg .timeline-mark:not(.is-selected)');
  let zoomed = false;
  for (let i = 0; i < 10 && (await marks.count()) < 3; i++) {
    const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
    if (await zoomIn.isDisabled()) break;
    await zoomIn.click();
    zoomed = true;
    await still(page);
  }
  samples.push(await click(page, 'mark', DETAILS, 'Timeline', 'svg .timeline-mark', round * 5, '.is-selected'));
  samples.push(await click(page, 'mark', DETAILS, 'Timeline', 'svg .timeline-mark', round * 5 + 3, '.is-selected'));
  if (zoomed) {
    await timeline.getByRole('button', { name: 'Reset zoom' }).click();
    await still(page);
  }

  // Brush: Shift+drag over the middle of the plot; the clock starts when the button is released.
  await timeline.locator('svg.timeline-svg').scrollIntoViewIfNeeded();
  const svg = await timeline.locator('svg.timeline-svg').boundingBox();
  if (!svg) throw new Error('the timeline has no drawing to brush');
  const y = svg.y + svg.height * 0.3;
  const x0 = svg.x + svg.width * (0.35 + ((round * 0.05) % 0.2));
  const x1 = x0 + svg.width * 0.2;
  await page.keyboard.down('Shift');
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 4 });
  samples.push(
    await timed(page, 'brush', 'brush', STATUS, 'pointerup', async () => {
      await page.mouse.up();
    }),
  );
  await page.keyboard.up('Shift');

  samples.push(await click(page, 'reset', STATUS, 'Filters', 'button.reset-button', 0));
  return samples;
}
