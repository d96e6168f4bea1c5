/**
 * The desktop panel sizes the reader chose, kept in localStorage so a reload keeps them. One entry
 * holds every group's layout (panel id → percentage of its group). Anything unreadable or out of
 * range is ignored: the panels then take their default sizes.
 */

/** The resizable groups of the desktop dashboard. */
export type PanelGroupId = 'columns' | 'rows';
export type PanelLayout = Record<string, number>;
export type PanelLayouts = Partial<Record<PanelGroupId, PanelLayout>>;

export const PANEL_LAYOUT_KEY = 'talks-strikes:panel-layout';
const GROUP_IDS: readonly PanelGroupId[] = ['columns', 'rows'];

/**
 * Reads saved layouts from their stored text; a group whose entry is not a map of panel ids to
 * percentages (0–100, adding up to about 100) is dropped.
 * @example parsePanelLayouts('{"rows":{"upper":70,"timeline":30}}') // { rows: { upper: 70, timeline: 30 } }
 */
export function parsePanelLayouts(text: string | null): PanelLayouts {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const layouts: PanelLayouts = {};
  for (const group of GROUP_IDS) {
    const layout = validLayout((value as Record<string, unknown>)[group]);
    if (layout) layouts[group] = layout;
  }
  return layouts;
}

function validLayout(value: unknown): PanelLayout | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length < 2) return undefined;
  let total = 0;
  for (const [, size] of entries) {
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0 || size > 100) return undefined;
    total += size;
  }
  if (Math.abs(total - 100) > 1) return undefined;
  return Object.fromEntries(entries) as PanelLayout;
}

/** The saved layouts, or none where storage is unavailable (private mode, blocked cookies). */
export function readPanelLayouts(): PanelLayouts {
  try {
    return parsePanelLayouts(window.localStorage.getItem(PANEL_LAYOUT_KEY));
  } catch {
    return {};
  }
}

/** Saves one group's layout next to the others. */
export function savePanelLayout(group: PanelGroupId, layout: PanelLayout): void {
  try {
    const layouts = { ...readPanelLayouts(), [group]: layout };
    window.localStorage.setItem(PANEL_LAYOUT_KEY, JSON.stringify(layouts));
  } catch {
    // Storage full or blocked: the sizes simply are not remembered.
  }
}

/** Forgets every saved size, so the panels take their default sizes again. */
export function clearPanelLayouts(): void {
  try {
    window.localStorage.removeItem(PANEL_LAYOUT_KEY);
  } catch {
    // Nothing was saved.
  }
}
