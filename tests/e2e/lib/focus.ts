/**
 * Keyboard helpers: what has the focus (as a reader's screen reader would name it), Tab until
 * something is reached, and checks that focus is never dropped on the page body.
 */
import type { Page } from 'playwright-core';

export interface FocusedElement {
  /** True when nothing has the focus (the page body). */
  lost: boolean;
  tag: string;
  role: string;
  /** aria-label, else the text, whitespace collapsed. */
  name: string;
  /** aria-label of the closest landmark region around it ('' when none). */
  landmark: string;
}

/** Describes the element that has the focus now. */
export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return { lost: true, tag: 'body', role: '', name: '', landmark: '' };
    const label = active.getAttribute('aria-label') ?? active.textContent ?? '';
    return {
      lost: false,
      tag: active.tagName.toLowerCase(),
      role: active.getAttribute('role') ?? '',
      name: label.replace(/\s+/g, ' ').trim().slice(0, 120),
      landmark: active.closest('section[aria-label]')?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Throws when the focus is on the page body (dropped) after `action`. */
export async function expectFocusKept(page: Page, action: string): Promise<FocusedElement> {
  const now = await focused(page);
  if (now.lost) throw new Error(`the focus was dropped on the page body after ${action}`);
  return now;
}

/**
 * Presses Tab (or Shift+Tab) until `reached` accepts the focused element; fails when the focus
 * is ever dropped, or after `max` presses (with the last few stops, to show where it went).
 */
export async function tabUntil(page: Page, reached: (element: FocusedElement) => boolean, what: string, options: { max?: number; backwards?: boolean } = {}): Promise<FocusedElement> {
  const max = options.max ?? 120;
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.lost) throw new Error(`Tab dropped the focus on the page body while looking for ${what}; before that: ${trail.slice(-3).join(' | ')}`);
    trail.push(`${now.landmark}/${now.role || now.tag}:${now.name.slice(0, 40)}`);
    if (reached(now)) return now;
  }
  throw new Error(`${max} Tab presses did not reach ${what}; the last stops: ${trail.slice(-6).join(' | ')}`);
}
