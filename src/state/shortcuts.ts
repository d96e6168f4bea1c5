/**
 * The page-wide keyboard shortcuts, decided in one place: Space toggles playback, ArrowLeft and
 * ArrowRight step through an open story, Escape leaves the story or else clears the selection.
 * One keydown listener on the document (bubble phase, so a focused widget handles its own keys
 * first and can claim them with preventDefault), one table of the elements that already own
 * each key (typing, pressing, sliders, the map), and one order when several shortcuts share a
 * key: the highest priority that handles it wins.
 */
import { useEffect, useEffectEvent } from 'react';

export type ShortcutKey = ' ' | 'ArrowLeft' | 'ArrowRight' | 'Escape';

/** Where the keys mean typing. */
const TEXT_FIELDS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="spinbutton"]';

/** Widgets that use the arrow keys themselves. */
const ARROW_OWNERS = `${TEXT_FIELDS}, [role="slider"], [role="listbox"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="radio"], [role="menu"], [role="menubar"], [role="tree"], [role="application"], .leaflet-container`;

/** Elements where each key already means something: the page-wide shortcut stays out. */
export const KEY_OWNERS: Readonly<Record<ShortcutKey, string>> = {
  ' ': [
    TEXT_FIELDS, 'button', 'a[href]', 'summary', '[role="button"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]',
    '[role="slider"]', '[role="option"]', '[role="menuitem"]', '[role="tab"]', '[role="application"]', '.leaflet-container',
  ].join(', '),
  ArrowLeft: ARROW_OWNERS,
  ArrowRight: ARROW_OWNERS,
  Escape: `${TEXT_FIELDS}, [role="dialog"], [role="alertdialog"], .leaflet-popup`,
};

export interface Shortcut {
  key: ShortcutKey;
  /** Higher runs first; the first that returns true has handled the key. */
  priority: number;
  /** Runs the shortcut; returns false to let a lower-priority one (or the browser) have the key. */
  run(event: KeyboardEvent): boolean;
  /**
   * Whether an element is in the region of the page (e.g. the story panel and its card) where
   * the key belongs to this shortcut even on buttons: only text fields keep it there.
   */
  scope?: (target: Element) => boolean;
}

export const SHORTCUT_PRIORITY = { story: 20, playback: 10, selection: 10 } as const;

const registered = new Set<Shortcut>();

function isShortcutKey(key: string): key is ShortcutKey {
  return key === ' ' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Escape';
}

function dispatch(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const { key } = event;
  if (!isShortcutKey(key) || (key === ' ' && event.repeat)) return;
  const target = event.target instanceof Element ? event.target : null;
  const candidates = [...registered].filter((shortcut) => shortcut.key === key).sort((a, b) => b.priority - a.priority);
  for (const shortcut of candidates) {
    const inScope = target !== null && shortcut.scope?.(target) === true;
    if (target?.closest(inScope ? TEXT_FIELDS : KEY_OWNERS[key])) continue;
    if (shortcut.run(event)) {
      // Space would otherwise scroll the page; arrows too.
      event.preventDefault();
      return;
    }
  }
}

/** Registers a shortcut while the component is mounted. `run` always sees the latest props. */
export function useShortcut(
  key: ShortcutKey,
  priority: number,
  run: (event: KeyboardEvent) => boolean,
  scope?: (target: Element) => boolean,
): void {
  const onKey = useEffectEvent(run);
  const inScope = useEffectEvent((target: Element) => scope?.(target) ?? false);
  useEffect(() => {
    const shortcut: Shortcut = { key, priority, run: (event) => onKey(event), scope: (target) => inScope(target) };
    if (registered.size === 0) document.addEventListener('keydown', dispatch);
    registered.add(shortcut);
    return () => {
      registered.delete(shortcut);
      if (registered.size === 0) document.removeEventListener('keydown', dispatch);
    };
  }, [key, priority]);
}
