/**
 * Code that runs inside the page (installed with page.addInitScript before any app code), so
 * that every timing is taken with the page's own clock: performance.now() counts from the
 * start of navigation, and "painted" means two requestAnimationFrame callbacks later.
 *
 * Everything here must be self-contained: Playwright sends these functions as source text.
 */

export interface ViewCheck {
  /** Short name used in the report ("map"). */
  view: string;
  /** aria-label of the landmark the view sits in ("Map"). */
  landmark: string;
  /** Tried in order; the first one matching at least one element inside the landmark counts. */
  selectors: readonly string[];
  /** The element's text must match the status pattern with its total equal to the dataset size. */
  statusOfTotal?: boolean;
}

export interface InPageConfig {
  checks: readonly ViewCheck[];
  statusPattern: string;
  /** Number of events in the dataset being loaded. */
  total: number;
}

export interface ViewSeen {
  /** performance.now() of the first animation frame in which the view was populated. */
  at: number;
  selector: string;
}

/** What a change waits for: the filter status text to change, or a landmark to contain a text. */
export type Until = { kind: 'status-change' } | { kind: 'text'; landmark: string; text: string };

/** How a change is made: a new URL announced with popstate, a click, or a typed value. */
export type Action = { kind: 'url'; search: string } | { kind: 'click' } | { kind: 'type'; value: string };

export interface ChangeTiming {
  /** False when the awaited change never came (the time is then the timeout). */
  changed: boolean;
  /** Input to the DOM change React committed. */
  commitMs: number;
  /** Input to the second animation frame after the commit: what the reader waits for. */
  paintMs: number;
  /** Landmarks whose children changed again after the paint (deferred work), when asked to watch. */
  late: string[];
}

export interface ZoomTiming {
  skipped: boolean;
  animated: boolean;
  /** Click to two quiet frames after the zoom animation ended. */
  totalMs: number;
  /** End of the zoom animation (zoomend) to two quiet frames: the redraw itself. */
  redrawMs: number;
}

export interface BenchApi {
  seen: Record<string, ViewSeen>;
  longTasks: { start: number; duration: number }[];
  statusText(): string | null;
  measure(action: Action, until: Until, timeoutMs: number, watchLateMs: number, element?: Node | null): Promise<ChangeTiming>;
  zoom(direction: 'in' | 'out', timeoutMs: number): Promise<ZoomTiming>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** Installs window.__bench: the view-readiness poller, the long-task log and the measuring helpers. */
export function installBench(config: InPageConfig): void {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const landmark = (label: string): Element | null =>
    document.querySelector(
      `section[aria-label="${label}"], [role="region"][aria-label="${label}"], aside[aria-label="${label}"], nav[aria-label="${label}"]`,
    );
  const statusRe = new RegExp(config.statusPattern);
  const statusElement = (): Element | null => {
    const inFilters = landmark('Filters')?.querySelector('[role="status"]');
    if (inFilters && statusRe.test(inFilters.textContent ?? '')) return inFilters;
    return [...document.querySelectorAll('[role="status"]')].find((el) => statusRe.test(el.textContent ?? '')) ?? null;
  };

  const seen: Record<string, ViewSeen> = {};
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the report will say no long task was seen.
  }

  const checkView = (check: ViewCheck): string | null => {
    const root = landmark(check.landmark);
    if (!root) return null;
    for (const selector of check.selectors) {
      const matches = root.querySelectorAll(selector);
      if (matches.length === 0) continue;
      if (!check.statusOfTotal) return selector;
      for (const match of matches) {
        const found = statusRe.exec(match.textContent ?? '');
        if (found && Number((found[2] ?? '').replace(/,/g, '')) === config.total) return selector;
      }
    }
    return null;
  };
  const startedAt = performance.now();
  const poll = () => {
    const now = performance.now();
    for (const check of config.checks) {
      if (seen[check.view]) continue;
      const selector = checkView(check);
      if (selector !== null) seen[check.view] = { at: now, selector };
    }
    const done = config.checks.every((check) => seen[check.view]);
    if (!done && now - startedAt < 180_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  const measure: BenchApi['measure'] = async (action, until, timeoutMs, watchLateMs, element) => {
    const before = statusElement()?.textContent ?? null;
    const satisfied = (): boolean => {
      if (until.kind === 'status-change') {
        const text = statusElement()?.textContent ?? null;
        return text !== null && text !== before;
      }
      return (landmark(until.landmark)?.textContent ?? '').includes(until.text);
    };
    let committedAt = -1;
    const committed = new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (committedAt >= 0 || !satisfied()) return;
        committedAt = performance.now();
        observer.disconnect();
        resolve(true);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, timeoutMs);
    });

    const t0 = performance.now();
    if (action.kind === 'url') {
      history.pushState(null, '', `${location.pathname}${action.search}${location.hash}`);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    } else if (action.kind === 'click') {
      if (!(element instanceof HTMLElement)) throw new Error('click needs an element');
      element.click();
    } else {
      if (!(element instanceof HTMLInputElement)) throw new Error('type needs an input element');
      // React tracks the value through the prototype setter; setting it there makes the input event count.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, action.value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const changed = await committed;
    await frame();
    const paintedAt = await frame();

    const late: string[] = [];
    if (watchLateMs > 0) {
      const observers = ['Map', 'Timeline', 'Charts', 'Events', 'Event details'].map((label) => {
        const observer = new MutationObserver(() => {
          if (!late.includes(label)) late.push(label);
        });
        const root = landmark(label);
        if (root) observer.observe(root, { subtree: true, childList: true });
        return observer;
      });
      await new Promise((resolve) => setTimeout(resolve, watchLateMs));
      for (const observer of observers) observer.disconnect();
    }
    return { changed, commitMs: (changed ? committedAt : paintedAt) - t0, paintMs: paintedAt - t0, late };
  };

  const zoom: BenchApi['zoom'] = async (direction, timeoutMs) => {
    const map = landmark('Map');
    const button = map?.querySelector(direction === 'in' ? '.leaflet-control-zoom-in' : '.leaflet-control-zoom-out');
    const pane = map?.querySelector('.leaflet-map-pane');
    if (!map || !(button instanceof HTMLElement) || !pane) throw new Error('no Leaflet zoom control in the Map landmark');
    if (button.classList.contains('leaflet-disabled')) return { skipped: true, animated: false, totalMs: 0, redrawMs: 0 };
    let lastMutation = 0;
    let animStarted = false;
    let animEndedAt = -1;
    const observer = new MutationObserver((records) => {
      lastMutation = performance.now();
      // Leaflet marks the map pane with leaflet-zoom-anim for the zoom animation; its removal is zoomend.
      for (const record of records) {
        if (record.target !== pane || record.attributeName !== 'class') continue;
        if (pane.classList.contains('leaflet-zoom-anim')) animStarted = true;
        else if (animStarted && animEndedAt < 0) animEndedAt = performance.now();
      }
    });
    observer.observe(map, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    button.click();
    const deadline = t0 + timeoutMs;
    // Wait for the animation to start (one frame after the click) and end (about 250 ms).
    while (performance.now() < deadline && animEndedAt < 0 && (animStarted || performance.now() - t0 < 400)) await frame();
    const redrawFrom = animEndedAt >= 0 ? animEndedAt : t0;
    // Then two frames in a row without any change in the map: the redraw is on screen.
    let previous = performance.now();
    let quiet = 0;
    let settledAt = previous;
    while (quiet < 2 && performance.now() < deadline) {
      settledAt = await frame();
      quiet = lastMutation > previous ? 1 : quiet + 1;
      previous = settledAt;
    }
    observer.disconnect();
    return { skipped: false, animated: animEndedAt >= 0, totalMs: settledAt - t0, redrawMs: settledAt - redrawFrom };
  };

  window.__bench = { seen, longTasks, statusText: () => statusElement()?.textContent ?? null, measure, zoom };
}
