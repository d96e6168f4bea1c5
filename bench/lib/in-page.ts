/**
 * Code that runs inside the page (installed with page.addInitScript before any app code), so
 * that every timing is taken with the page's own clock: performance.now() counts from the
 * start of navigation, and input events carry a timeStamp on the same clock.
 *
 * How an action is timed: `arm()` starts watching (DOM mutations anywhere, animation frames,
 * the first input event of the action); the runner then acts through Playwright like a reader
 * (real mouse and keyboard input, or `fill` on a date field); `settle()` waits until the
 * expected change has happened, two whole frames have passed without any DOM mutation and no
 * mutation has come for 600 ms (so a view that follows late is not missed). The result is input
 * event → the first frame after the last mutation: the moment every view shows its final state.
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

/** What an action must change before it can settle: the status line, or the text of a landmark. */
export type Expect = { kind: 'status-change' } | { kind: 'landmark-change'; landmark: string };

/** Input events that start an action's clock. */
export type StartEvent = 'pointerdown' | 'pointerup' | 'input' | 'keydown';

export interface Settled {
  /** False when the expected change never came within the timeout. */
  changed: boolean;
  /** Input event → first frame after the last DOM mutation (ms). */
  settledMs: number;
  /** Input event → first DOM mutation (ms): when the reader first sees a response. */
  firstMutationMs: number;
  /** Landmarks whose DOM changed during the action (what re-rendered). */
  touched: string[];
  /** Longest main-thread task that overlapped the action (ms), 0 when none over 50 ms. */
  longestTaskMs: number;
}

export interface BenchApi {
  seen: Record<string, ViewSeen>;
  longTasks: { start: number; duration: number }[];
  statusText(): string | null;
  arm(expect: Expect, start: StartEvent): void;
  settle(timeoutMs: number): Promise<Settled>;
  /**
   * A point (viewport coordinates) where a click lands on the `nth` element matching `selector`
   * inside a landmark and on nothing else, skipping elements matching `skip`; scrolls it into view.
   */
  clickPoint(landmark: string, selector: string, nth: number, skip?: string): { x: number; y: number; label: string } | null;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** Installs window.__bench: the view-readiness poller, the long-task log and the action timer. */
export function installBench(config: InPageConfig): void {
  const LANDMARKS = ['Filters', 'Timeline', 'Map', 'Charts', 'Events', 'Event details'];
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

  interface Armed {
    expect: Expect;
    /** The element whose text must change, found once when armed (no look-ups while timing). */
    target: Element | null;
    before: string;
    inputAt: number;
    mutations: number[];
    frames: number[];
    touched: Set<string>;
    observer: MutationObserver;
    stopInput: () => void;
    running: boolean;
    /** Frame at which the expected change was first seen, -1 before. */
    changedAt: number;
    checkedMutations: number;
  }
  let armed: Armed | null = null;
  const targetOf = (expect: Expect) => (expect.kind === 'status-change' ? statusElement() : landmark(expect.landmark));

  const arm: BenchApi['arm'] = (expect, start) => {
    if (armed) {
      armed.observer.disconnect();
      armed.stopInput();
      armed.running = false;
    }
    const roots = LANDMARKS.map((name) => [name, landmark(name)] as const);
    const target = targetOf(expect);
    const state: Armed = {
      expect,
      target,
      before: target?.textContent ?? '',
      inputAt: -1,
      mutations: [],
      frames: [],
      touched: new Set(),
      observer: new MutationObserver((records) => {
        if (state.inputAt < 0) return;
        state.mutations.push(performance.now());
        // Cheap on purpose (it runs inside the measured task): a few records, cached landmarks.
        for (const record of records.slice(0, 20)) {
          for (const [name, root] of roots) if (root?.contains(record.target)) state.touched.add(name);
        }
      }),
      stopInput: () => undefined,
      running: true,
      changedAt: -1,
      checkedMutations: 0,
    };
    // Capture phase on window: the clock starts before any app handler runs.
    const onInput = (event: Event) => {
      if (state.inputAt < 0) state.inputAt = event.timeStamp;
    };
    addEventListener(start, onInput, { capture: true });
    state.stopInput = () => removeEventListener(start, onInput, { capture: true });
    state.observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    // One frame loop, and the text compared only when something changed: the timer must not
    // add work to the main thread it is timing.
    const loop = (t: number) => {
      if (!state.running) return;
      if (state.inputAt >= 0) {
        state.frames.push(t);
        if (state.changedAt < 0 && state.mutations.length > state.checkedMutations) {
          state.checkedMutations = state.mutations.length;
          const element = state.target?.isConnected ? state.target : (state.target = targetOf(state.expect));
          if ((element?.textContent ?? '') !== state.before) state.changedAt = t;
        }
      }
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    armed = state;
  };

  const settle: BenchApi['settle'] = async (timeoutMs) => {
    const state = armed;
    if (!state) throw new Error('settle() without arm()');
    const deadline = performance.now() + timeoutMs;
    // Done when the change is on screen, two frames have begun since the last mutation and
    // nothing has changed for QUIET_MS: a view that follows later (a debounce, a timer, an
    // effect after paint) still counts, and makes the action as slow as it is.
    const QUIET_MS = 600;
    const quiet = () => {
      const last = state.mutations[state.mutations.length - 1] ?? state.inputAt;
      let after = 0;
      for (let i = state.frames.length - 1; i >= 0 && (state.frames[i] as number) > last; i--) after++;
      return after >= 2 && performance.now() - last >= QUIET_MS;
    };
    let ok = false;
    while (performance.now() < deadline) {
      if (state.inputAt >= 0 && state.changedAt >= 0 && quiet()) {
        ok = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    state.running = false;
    state.observer.disconnect();
    state.stopInput();
    armed = null;
    const last = state.mutations[state.mutations.length - 1] ?? state.inputAt;
    const paintedAt = state.frames.find((t) => t > last) ?? performance.now();
    const overlapping = longTasks.filter((task) => task.start + task.duration > state.inputAt && task.start < paintedAt);
    return {
      changed: ok,
      settledMs: paintedAt - state.inputAt,
      firstMutationMs: (state.mutations[0] ?? paintedAt) - state.inputAt,
      touched: [...state.touched],
      longestTaskMs: Math.round(Math.max(0, ...overlapping.map((task) => task.duration))),
    };
  };

  const clickPoint: BenchApi['clickPoint'] = (label, selector, nth, skip) => {
    const root = landmark(label);
    if (!root) return null;
    const candidates = [...root.querySelectorAll(selector)].filter((el) => !(skip && el.matches(skip)));
    if (candidates.length === 0) return null;
    // Only what can be hit where it is: scrolling an element into view could scroll a clipped
    // container (Leaflet's map) instead of the page.
    const find = () => {
      for (let tries = 0; tries < candidates.length; tries++) {
        const element = candidates[(nth + tries) % candidates.length];
        if (!element) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) continue;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        // Inside a map, keep clear of the edges: a focused marker there pans the map (by design).
        const map = element.closest('.leaflet-container')?.getBoundingClientRect();
        if (map && (x < map.left + 90 || x > map.right - 60 || y < map.top + 100 || y > map.bottom - 60)) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === element || element.contains(hit))) {
          return { x, y, label: element.getAttribute('aria-label') ?? element.getAttribute('data-event-id') ?? element.textContent?.slice(0, 60) ?? '' };
        }
      }
      return null;
    };
    const found = find();
    if (found) return found;
    // Outside a map, bring the wanted element itself into view (a list inside a panel, say).
    const wanted = candidates[nth % candidates.length];
    if (wanted && !wanted.closest('.leaflet-container')) wanted.scrollIntoView({ block: 'center' });
    else root.scrollIntoView({ block: 'start' });
    return find();
  };

  window.__bench = { seen, longTasks, statusText: () => statusElement()?.textContent ?? null, arm, settle, clickPoint };
}
