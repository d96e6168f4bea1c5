import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/selection/filters';
import { ChartsView } from '../../src/features/charts/charts-view';
import { withEverythingDrawn } from '../../src/state/picture-sources';
import { writeUrl } from '../../src/state/url';
import { openUrl, renderViews } from '../helpers/render-dashboard';

/**
 * A stand-in for the browser's IntersectionObserver that the test drives: jsdom has none, and a
 * no-op stub would say nothing is ever on screen.
 */
class FakeIntersectionObserver {
  static all = new Set<FakeIntersectionObserver>();
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    FakeIntersectionObserver.all.delete(this);
  }
  takeRecords() {
    return [];
  }
  /** Reports every observed element inside `root` as on screen (or not). */
  static show(visible: (target: Element) => boolean) {
    for (const observer of FakeIntersectionObserver.all) {
      const entries = [...observer.targets].map((target) => ({ target, isIntersecting: visible(target) }) as unknown as IntersectionObserverEntry);
      if (entries.length > 0) act(() => observer.callback(entries, observer as unknown as IntersectionObserver));
    }
  }
}

const figure = (title: string) => screen.getByRole('figure', { name: title });
const strikeBars = () => figure('Strikes per day').querySelectorAll('path.chart-bar[name="Strikes"]');
const isStrikesPanel = (target: Element) => target.querySelector('h3')?.textContent === 'Strikes per day';

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.all.clear();
});

describe('ChartsView: panels out of sight', { timeout: 20_000 }, () => {
  it('draws a panel when it scrolls into view, keeps its caption current while hidden, and draws everything for an export', async () => {
    openUrl('?categories=strike,talks');
    renderViews([ChartsView]);
    // Nothing reported yet: the plots hold their place, the captions are already there.
    expect(strikeBars()).toHaveLength(0);
    expect(figure('Strikes per day').querySelector('figcaption')).toHaveTextContent(/strikes? from/);

    FakeIntersectionObserver.show(isStrikesPanel);
    const drawn = strikeBars().length;
    expect(drawn).toBeGreaterThan(0);

    // Scrolled away, then the filters change: the caption follows at once, the plot waits.
    FakeIntersectionObserver.show(() => false);
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['talks'] } }, 'push'));
    expect(figure('Strikes per day').querySelector('figcaption')).toHaveTextContent(/^0 strikes/);
    expect(strikeBars()).toHaveLength(drawn);

    // Back in view, it shows the new selection (no strikes).
    FakeIntersectionObserver.show(isStrikesPanel);
    expect(strikeBars()).toHaveLength(0);

    // An image export asks every panel to draw, seen or not.
    FakeIntersectionObserver.show(() => false);
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['strike', 'talks'] } }, 'push'));
    let duringExport = -1;
    await act(() => withEverythingDrawn(() => (duringExport = strikeBars().length)));
    expect(duringExport).toBe(drawn);
  });

  it('moves the chosen dates without redrawing the plot', () => {
    openUrl('?categories=strike,talks');
    const { container } = renderViews([ChartsView]);
    FakeIntersectionObserver.show(() => true);
    const plotBefore = figure('Strikes per day').querySelector('.recharts-surface');
    expect(container.querySelectorAll('.chosen-range')).toHaveLength(0);
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['strike', 'talks'], from: '2026-01-24', to: '2026-02-04' } }, 'replace'));
    expect(container.querySelectorAll('.time-panels .chosen-range')).toHaveLength(3);
    // The same drawing, untouched: the outline is the panel's own shading behind it.
    expect(figure('Strikes per day').querySelector('.recharts-surface')).toBe(plotBefore);
  });
});
