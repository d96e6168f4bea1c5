/**
 * Measurements axe cannot make on its own, taken in the page: target sizes with the WCAG 2.5.8
 * rules, focus styles, overlapping text, sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { allowNamedFunctions as withNameShim, installVisibleBox, type InPageVisibleBox } from './in-page';

export interface Target {
  /** "landmark / role: name", to list offenders readably. */
  label: string;
  width: number;
  height: number;
  /** True when WCAG 2.5.8's spacing exception holds: a 24 px circle on its centre touches no other target. */
  spaced: boolean;
  /** A mark in the timeline drawing (an event that also has its own row in the Events list). */
  timelineMark: boolean;
}

/**
 * Every visible interactive target (buttons, links, fields, sliders, anything focusable) with its
 * size. A field inside a <label> counts with its label (clicking the label works too). Links
 * inside running text are left out: WCAG 2.5.8 exempts inline targets.
 */
export async function interactiveTargets(page: Page, minimum = 24): Promise<Target[]> {
  await withNameShim(page);
  return page.evaluate((min) => {
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="slider"], [role="checkbox"], [role="radio"], [tabindex]:not([tabindex="-1"])';
    const isInlineLink = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      const block = element.parentElement;
      return block !== null && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
    };
    const visible = (rect: DOMRect, element: Element) => {
      if (rect.width < 1 || rect.height < 1) return false;
      // Clipped out of sight by an ancestor (visually hidden until focused, like skip links): not a target now.
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        if (Math.min(rect.right, clip.right) - Math.max(rect.left, clip.left) < 2 || Math.min(rect.bottom, clip.bottom) - Math.max(rect.top, clip.top) < 2) return false;
      }
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && !element.closest('.visually-hidden, [aria-hidden="true"]');
    };
    const found: { element: Element; rect: DOMRect }[] = [];
    const seen = new Set<Element>();
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[disabled]') || isInlineLink(element)) continue;
      // A field in a label is hit through the label too: measure the label.
      const hit = element.matches('input, select, textarea') ? (element.closest('label') ?? element) : element;
      if (seen.has(hit)) continue;
      seen.add(hit);
      const rect = hit.getBoundingClientRect();
      if (visible(rect, element)) found.push({ element: hit, rect });
    }
    const describe = (element: Element) => {
      const landmark = element.closest('section[aria-label], [role="region"][aria-label]')?.getAttribute('aria-label') ?? '';
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${landmark.slice(0, 30)} / ${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${name}`;
    };
    const circleHits = (cx: number, cy: number, rect: DOMRect) => {
      const dx = Math.max(rect.left - cx, 0, cx - rect.right);
      const dy = Math.max(rect.top - cy, 0, cy - rect.bottom);
      return dx * dx + dy * dy < (min / 2) ** 2;
    };
    return found.map(({ element, rect }) => {
      const cx = rect.left + rect.width / 2;
      const cy = rect.top + rect.height / 2;
      const spaced = found.every((other) => other.element === element || other.element.contains(element) || element.contains(other.element) || !circleHits(cx, cy, other.rect));
      const timelineMark = element.closest('svg.timeline-svg') !== null && element.hasAttribute('data-event-id');
      return { label: describe(element), width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10, spaced, timelineMark };
    });
  }, minimum);
}

export interface FocusStyle {
  outline: string;
  boxShadow: string;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * Records the outline and box-shadow of every focusable element while nothing is focused, so
 * that `focusReport` can compare without moving the focus (blurring a date field and focusing it
 * again would restart it at its first part, and Tab would never leave it).
 */
export async function recordUnfocusedStyles(page: Page): Promise<number> {
  await withNameShim(page);
  return page.evaluate((selector) => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const read = (element: Element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow };
    };
    const store = new WeakMap<Element, { outline: string; boxShadow: string }>();
    const elements = document.querySelectorAll(selector);
    for (const element of elements) store.set(element, read(element));
    Object.assign(window, { __e2eUnfocused: store, __e2eReadFocusStyle: read });
    return elements.length;
  }, FOCUSABLE);
}

export interface FocusReport {
  /** True when the focus is on the page body (nothing focused). */
  lost: boolean;
  /** "landmark / role: name" of the focused element. */
  label: string;
  focused: FocusStyle;
  /** What it looked like before anything had the focus (undefined: made after the recording). */
  unfocused: FocusStyle | undefined;
}

/** The focused element and its focus style against its recorded unfocused style, in one round trip. */
export async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const none = { outline: 'none', boxShadow: 'none' };
    const active = document.activeElement;
    if (!active || active === document.body) return { lost: true, label: 'body', focused: none, unfocused: undefined };
    const store: unknown = Reflect.get(window, '__e2eUnfocused');
    const read: unknown = Reflect.get(window, '__e2eReadFocusStyle');
    if (!(store instanceof WeakMap) || typeof read !== 'function') throw new Error('call recordUnfocusedStyles first');
    const isStyle = (value: unknown): value is { outline: string; boxShadow: string } =>
      typeof value === 'object' && value !== null && 'outline' in value && 'boxShadow' in value;
    const focusedStyle: unknown = read(active);
    const unfocused: unknown = store.get(active);
    const landmark = active.closest('section[aria-label], [role="region"][aria-label]')?.getAttribute('aria-label') ?? '';
    const name = (active.getAttribute('aria-label') ?? active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return {
      lost: false,
      label: `${landmark.slice(0, 30)} / ${active.getAttribute('role') ?? active.tagName.toLowerCase()}: ${name}`,
      focused: isStyle(focusedStyle) ? focusedStyle : none,
      unfocused: isStyle(unfocused) ? unfocused : undefined,
    };
  });
}

export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Visible headings, buttons, labels, legends, paragraphs and chart text inside `landmarkSelector`
 * that overlap each other, as readable lines. Boxes of an element and its descendants are not
 * compared with each other (a label holds its field).
 */
export async function overlappingText(page: Page, landmarkSelector: string): Promise<string[]> {
  await installVisibleBox(page);
  return page.evaluate((scope) => {
    const root = document.querySelector(scope);
    if (!root) return [`${scope} not found`];
    const visibleBox = (globalThis as unknown as InPageVisibleBox).__visibleBox;
    // Text drawn in charts counts too (axis labels), but not the shapes around it.
    const candidates = [...root.querySelectorAll('h1, h2, h3, h4, button, label, legend, p, .count, figcaption, select, input, svg text')]
      .filter((element) => {
        if (element.tagName.toLowerCase() !== 'text' && element.closest('svg')) return false;
        if (!element.matches('input, select') && (element.textContent ?? '').trim() === '') return false;
        return getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden, .leaflet-pane, .leaflet-control-container');
      })
      .map((element) => ({ element, box: visibleBox(element) }))
      .filter(({ box }) => box.right - box.left > 0 && box.bottom - box.top > 0);
    const problems: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    for (let i = 0; i < candidates.length; i++) {
      const { element: a, box: ra } = candidates[i] as (typeof candidates)[number];
      for (let j = i + 1; j < candidates.length; j++) {
        const { element: b, box: rb } = candidates[j] as (typeof candidates)[number];
        if (a.contains(b) || b.contains(a)) continue;
        // Two pixels of slack: borders and line boxes of neighbours may touch.
        const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (overlapX > 2 && overlapY > 2) problems.push(`${name(a)} overlaps ${name(b)} by ${Math.round(overlapX)}×${Math.round(overlapY)} px`);
      }
    }
    return problems;
  }, landmarkSelector);
}

/** Page width against screen width: sideways scrolling shows as scrollWidth > clientWidth. */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}
