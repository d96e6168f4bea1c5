import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { MapView } from '../../src/features/map/map-view';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { setHoveredEvent } from '../../src/state/hover';
import { writeUrl } from '../../src/state/url';
import { EMPTY_FILTERS } from '../../src/domain/selection/filters';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { openUrl, renderViews } from '../helpers/render-dashboard';

/** A one-square "world" in world-atlas format, enough for the base layer to draw. */
const TINY_TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [
      [20, 20],
      [60, 20],
      [60, 60],
      [20, 60],
      [20, 20],
    ],
  ],
  objects: {
    countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: '804' }] },
    land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] },
  },
};

function serveBaseMap(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })),
  );
}

/** Where Leaflet drew a marker (its top-left corner, in layer pixels) and its size. */
function box(element: HTMLElement) {
  const transform = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec(element.style.transform);
  const x = transform ? Number(transform[1]) : parseFloat(element.style.left);
  const y = transform ? Number(transform[2]) : parseFloat(element.style.top);
  return { x, y, size: parseFloat(element.style.width) };
}

/** Where a marker's centre is inside the 600×360 map (layer point plus the map pane's offset). */
function inView(element: HTMLElement) {
  const pane = element.closest<HTMLElement>('.leaflet-map-pane');
  const offset = pane ? box(pane) : { x: 0, y: 0 };
  const marker = box(element);
  const x = marker.x + marker.size / 2 + (offset.x || 0);
  const y = marker.y + marker.size / 2 + (offset.y || 0);
  return x >= 0 && x <= 600 && y >= 0 && y <= 360;
}

function placeParam() {
  return new URLSearchParams(window.location.search).get('place');
}

/** jsdom lays nothing out: give Leaflet's container the size it has on a desktop (600×360). */
function giveMapASize() {
  const size = (axis: 'clientWidth' | 'clientHeight', value: number) => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, axis);
    Object.defineProperty(HTMLElement.prototype, axis, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('leaflet-container') ? value : (original?.get?.call(this) ?? 0);
      },
    });
    return () => {
      if (original) Object.defineProperty(HTMLElement.prototype, axis, original);
    };
  };
  const restore = [size('clientWidth', 600), size('clientHeight', 360)];
  return () => restore.forEach((undo) => undo());
}

let restoreSize: () => void = () => {};

beforeEach(() => {
  openUrl('');
  serveBaseMap({}, 404);
  restoreSize = giveMapASize();
});

afterEach(() => {
  restoreSize();
  vi.unstubAllGlobals();
  act(() => setHoveredEvent(undefined));
});

describe('MapView', () => {
  it('shows one marker per place with events, named with the place and its count', () => {
    renderViews([MapView]);
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kyiv: 1 event' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abu Dhabi: 3 events, mostly talks' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /: \d+ events?/ })).toHaveLength(5);
  });

  it('says how many places are mapped and how many events have no disclosed place', () => {
    renderViews([MapView]);
    expect(screen.getByText('5 places on the map; 1 event has no disclosed place and is not mapped.', { exact: false })).toBeInTheDocument();
  });

  it('selects a place on click (place= in the link) and clears it on a second click', () => {
    renderViews([MapView]);
    const marker = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    expect(marker).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(marker);
    expect(placeParam()).toBe('druzhkivka');
    const selected = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    expect(selected).toHaveAttribute('aria-pressed', 'true');
    expect(selected).toHaveClass('is-selected');
    expect(screen.getByText(/Selected place: Druzhkivka/)).toBeInTheDocument();
    fireEvent.click(selected);
    expect(placeParam()).toBeNull();
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('selects and clears a place from the keyboard with Enter and Space', async () => {
    const user = userEvent.setup();
    renderViews([MapView]);
    const marker = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    act(() => marker.focus());
    await user.keyboard('{Enter}');
    expect(placeParam()).toBe('druzhkivka');
    // The marker keeps the focus, so the reader can press again to clear.
    expect(document.activeElement).toHaveAccessibleName('Druzhkivka: 1 event');
    await user.keyboard(' ');
    expect(placeParam()).toBeNull();
  });

  it('keeps Kramatorsk and Sloviansk (a few kilometres apart) as separate markers that do not overlap and are reached with Tab', async () => {
    const user = userEvent.setup();
    renderViews([MapView]);
    const kramatorsk = screen.getByRole('button', { name: 'Kramatorsk: 1 event' });
    const sloviansk = screen.getByRole('button', { name: 'Sloviansk: 1 event' });
    const druzhkivka = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    const boxes = [kramatorsk, sloviansk, druzhkivka].map(box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = Math.hypot(a.x + a.size / 2 - (b.x + b.size / 2), a.y + a.size / 2 - (b.y + b.size / 2));
        expect(apart).toBeGreaterThanOrEqual((a.size + b.size) / 2);
      }
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await user.tab();
      const name = document.activeElement?.getAttribute('aria-label');
      if (name) reached.add(name);
    }
    expect(reached).toContain('Kramatorsk: 1 event');
    expect(reached).toContain('Sloviansk: 1 event');
  });

  it('renders place names from the data as text, never as HTML', async () => {
    const file = miniDatasetFile();
    const hostile = '<img src=x onerror=alert(1)>';
    file.places = file.places.map((p) => (p.id === 'kyiv' ? { ...p, name: hostile } : p));
    const { container } = renderViews([MapView], buildEventIndex(parseDataset(file).dataset));
    const marker = screen.getByRole('button', { name: `${hostile}: 1 event` });
    fireEvent.mouseOver(marker);
    act(() => marker.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(within(tooltip).getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('shows the name, count and categories in a tooltip on focus', async () => {
    renderViews([MapView]);
    act(() => screen.getByRole('button', { name: 'Abu Dhabi: 3 events, mostly talks' }).focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Abu Dhabi');
    expect(tooltip).toHaveTextContent('3 events');
    expect(tooltip).toHaveTextContent('Talks 2 · Statement 1');
  });

  it("highlights the place of the event hovered or selected in another view", () => {
    openUrl('?event=strike-2026-02-04-druzhkivka-market');
    renderViews([MapView]);
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toHaveClass('is-highlighted');
    expect(screen.getByRole('button', { name: 'Kyiv: 1 event' })).not.toHaveClass('is-highlighted');
    act(() => setHoveredEvent('strike-2026-01-24-kyiv'));
    expect(screen.getByRole('button', { name: 'Kyiv: 1 event' })).toHaveClass('is-highlighted');
    act(() => setHoveredEvent(undefined));
    expect(screen.getByRole('button', { name: 'Kyiv: 1 event' })).not.toHaveClass('is-highlighted');
  });

  it('redraws a marker in place when a filter changes its picture: the same elements, a new symbol', () => {
    renderViews([MapView]);
    const before = screen.getByRole('button', { name: 'Abu Dhabi: 3 events, mostly talks' });
    const symbol = before.querySelector('path.map-marker-symbol');
    const talksShape = symbol?.getAttribute('d');
    const talksColour = (symbol as SVGElement | null)?.style.fill;
    // Only its statement is left: the marker's shape and colour become the statement's.
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['statement'] } }, 'push'));
    const after = screen.getByRole('button', { name: /^Abu Dhabi: 1 event/ });
    expect(after).toBe(before);
    expect(after.querySelector('path.map-marker-symbol')).toBe(symbol);
    expect(symbol?.getAttribute('d')).not.toBe(talksShape);
    expect((symbol as SVGElement | null)?.style.fill).not.toBe(talksColour);
  });

  it('brings back a marker a filter hid with the picture it had, named and working from the keyboard', async () => {
    const user = userEvent.setup();
    renderViews([MapView]);
    const marker = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    const symbol = marker.querySelector('path.map-marker-symbol');
    const markerCount = document.querySelectorAll('.leaflet-marker-icon').length;
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['talks'] } }, 'push'));
    expect(screen.queryByRole('button', { name: /^Druzhkivka/ })).toBeNull();
    act(() => writeUrl({ filters: EMPTY_FILTERS }, 'push'));
    const back = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    // Kept on the map hidden, not built again: the same element with the same picture, and no
    // marker built for any place that came back.
    expect(back).toBe(marker);
    expect(back.querySelector('path.map-marker-symbol')).toBe(symbol);
    expect(document.querySelectorAll('.leaflet-marker-icon')).toHaveLength(markerCount);
    act(() => back.focus());
    await user.keyboard('{Enter}');
    expect(placeParam()).toBe('druzhkivka');
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('gives a place that appears the marker of a place that left: its name, its picture, its tooltip and its keyboard action', async () => {
    const user = userEvent.setup();
    renderViews([MapView]);
    const built = document.querySelectorAll('.leaflet-marker-icon').length;
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, q: 'Kyiv' } }, 'push'));
    const kyiv = screen.getByRole('button', { name: 'Kyiv: 1 event' });
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, q: 'Druzhkivka' } }, 'push'));
    expect(screen.queryByRole('button', { name: /^Kyiv/ })).toBeNull();
    const druzhkivka = screen.getByRole('button', { name: 'Druzhkivka: 1 event' });
    // No marker was built for it: one on the map was moved and redrawn.
    expect(document.querySelectorAll('.leaflet-marker-icon')).toHaveLength(built);
    expect(screen.getAllByRole('button', { name: /: \d+ events?/ })).toHaveLength(1);
    expect(kyiv.isConnected).toBe(true);
    act(() => druzhkivka.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Druzhkivka/);
    await user.keyboard('{Enter}');
    expect(placeParam()).toBe('druzhkivka');
    expect(druzhkivka).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps every marker where it is when the dates change: it counts the events in range, and one with none leaves', () => {
    renderViews([MapView]);
    const abuDhabi = screen.getByRole('button', { name: 'Abu Dhabi: 3 events, mostly talks' });
    const where = box(abuDhabi);
    const symbol = abuDhabi.querySelector('path.map-marker-symbol');
    const fullSize = symbol?.getAttribute('d');
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, from: '2026-02-04', to: '2026-02-04' } }, 'push'));
    const narrowed = screen.getByRole('button', { name: /^Abu Dhabi: 2 events/ });
    expect(narrowed).toBe(abuDhabi);
    expect(box(narrowed)).toEqual(where);
    // A smaller symbol (fewer events, on the scale of all dates) inside the same hit area.
    expect(symbol?.getAttribute('d')).not.toBe(fullSize);
    expect(screen.queryByRole('button', { name: /^Kyiv/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toBeInTheDocument();
    act(() => writeUrl({ filters: EMPTY_FILTERS }, 'push'));
    expect(screen.getByRole('button', { name: 'Abu Dhabi: 3 events, mostly talks' })).toBe(abuDhabi);
    expect(symbol?.getAttribute('d')).toBe(fullSize);
    expect(screen.getByRole('button', { name: 'Kyiv: 1 event' })).toBeInTheDocument();
  });

  it('maps only the filtered events', () => {
    openUrl('?categories=talks');
    renderViews([MapView]);
    expect(screen.getByRole('button', { name: 'Abu Dhabi: 2 events, all talks' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kyiv/ })).toBeNull();
    expect(screen.getByText('1 place on the map.')).toBeInTheDocument();
  });

  it('gathers a crowd of nearby places into a cluster that opens on Enter and hands the focus to one of its places', async () => {
    const user = userEvent.setup();
    const file = miniDatasetFile();
    for (let i = 0; i < 20; i++) {
      const id = `village-${String.fromCharCode(97 + i)}`;
      file.places.push({ id, name: `Village ${String.fromCharCode(65 + i)}`, lat: 48.7 + (i % 5) * 0.02, lon: 37.5 + Math.floor(i / 5) * 0.02, country: 'Ukraine' });
      file.events.push({ ...file.events[5]!, id: `strike-2026-02-18-${id}`, place: id });
    }
    renderViews([MapView], buildEventIndex(parseDataset(file).dataset));
    const cluster = screen.getByRole('button', { name: /and \d+ more places: \d+ events, all strikes\. Activate to zoom in/ });
    const before = screen.getAllByRole('button', { name: /^Village [A-Z]: 1 event$/ }).length;
    act(() => cluster.focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Village [A-Z]: 1 event$/ }).length).toBeGreaterThan(before));
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^(Village [A-Z]|Druzhkivka|Kramatorsk|Sloviansk)/);
    // Markers change hands as the cluster splits (a place can take a cluster's marker): each shows
    // what it is now, a place's picture and pressed state, a cluster's without.
    for (const place of screen.getAllByRole('button', { name: /^[^:]+: \d+ events?(, mostly [a-z]+)?$/ })) {
      expect(place).toHaveClass('map-marker-place');
      expect(place).not.toHaveClass('map-marker-cluster');
      expect(place).toHaveAttribute('aria-pressed', 'false');
      expect(place.querySelector('.map-cluster-disc')).toBeNull();
    }
    for (const cluster of screen.queryAllByRole('button', { name: /more places?: / })) {
      expect(cluster).toHaveClass('map-marker-cluster');
      expect(cluster).not.toHaveAttribute('aria-pressed');
    }
  });

  it('opens a cluster on click too', async () => {
    const file = miniDatasetFile();
    for (let i = 0; i < 20; i++) {
      const id = `village-${String.fromCharCode(97 + i)}`;
      file.places.push({ id, name: `Village ${String.fromCharCode(65 + i)}`, lat: 48.7 + (i % 5) * 0.02, lon: 37.5 + Math.floor(i / 5) * 0.02, country: 'Ukraine' });
      file.events.push({ ...file.events[5]!, id: `strike-2026-02-18-${id}`, place: id });
    }
    renderViews([MapView], buildEventIndex(parseDataset(file).dataset));
    const clusters = () => screen.queryAllByRole('button', { name: /more places?: / });
    const before = clusters().length;
    expect(before).toBeGreaterThan(0);
    const placesBefore = screen.getAllByRole('button', { name: /^[^:]+: \d+ events?/ }).length;
    fireEvent.click(clusters()[0]!);
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^[^:]+: \d+ events?/ }).length).toBeGreaterThan(placesBefore));
  });

  it('brings the place of an event selected elsewhere into view and highlights it', async () => {
    const file = miniDatasetFile();
    file.places.push({ id: 'washington', name: 'Washington', lat: 38.9, lon: -77.04, country: 'United States' });
    file.events.push({ ...file.events[7]!, id: 'stmt-2026-02-06-washington', place: 'washington' });
    function OtherView({ model }: { model: DashboardModel }) {
      return (
        <button type="button" onClick={() => model.actions.selectEvent('stmt-2026-02-06-washington')}>
          Select the Washington statement
        </button>
      );
    }
    renderViews([MapView, OtherView], buildEventIndex(parseDataset(file).dataset));
    const washington = () => screen.getByRole('button', { name: 'Washington: 1 event' });
    expect(inView(washington())).toBe(false);
    expect(inView(screen.getByRole('button', { name: 'Kyiv: 1 event' }))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Select the Washington statement' }));
    await waitFor(() => expect(inView(washington())).toBe(true));
    expect(washington()).toHaveClass('is-highlighted');
  });

  it('draws the country shapes in their own pane when the base map loads', async () => {
    serveBaseMap(TINY_TOPOLOGY);
    const { container } = renderViews([MapView]);
    await waitFor(() => expect(container.querySelector('.leaflet-map-base-pane path.map-land')).not.toBeNull());
    expect(screen.queryByText(/Base map unavailable/)).toBeNull();
    // Markers are still there, above the shapes.
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toBeInTheDocument();
  });

  it('still shows the markers, with a note, when the base map cannot be loaded', async () => {
    serveBaseMap({}, 404);
    renderViews([MapView]);
    expect(await screen.findByText(/Base map unavailable/, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Druzhkivka: 1 event' })).toBeInTheDocument();
  });

  it("frames the article's places first, and every place (Washington too) after Show all places", () => {
    const file = miniDatasetFile();
    file.places.push({ id: 'washington', name: 'Washington', lat: 38.9, lon: -77.04, country: 'United States' });
    file.events.push({ ...file.events[7]!, id: 'stmt-2026-02-06-washington', place: 'washington' });
    renderViews([MapView], buildEventIndex(parseDataset(file).dataset));
    const apart = () => {
      const kyiv = box(screen.getByRole('button', { name: 'Kyiv: 1 event' }));
      const washington = box(screen.getByRole('button', { name: 'Washington: 1 event' }));
      return Math.hypot(kyiv.x - washington.x, kyiv.y - washington.y);
    };
    // Washington is far outside a 600 px wide view...
    expect(apart()).toBeGreaterThan(600);
    fireEvent.click(screen.getByRole('button', { name: 'Show all places on the map' }));
    // ...and inside it afterwards.
    expect(apart()).toBeLessThan(600);
  });

  it('asks before loading tiles from a server named in the link, and uses the offline base map until then', async () => {
    openUrl('?tiles=https://tiles.example.org/{z}/{x}/{y}.png');
    serveBaseMap(TINY_TOPOLOGY);
    renderViews([MapView]);
    const ask = await screen.findByRole('button', { name: 'Load map tiles from tiles.example.org' });
    expect(document.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
    fireEvent.click(ask);
    await waitFor(() => expect(document.querySelector('.leaflet-tile-pane .leaflet-layer')).not.toBeNull());
    expect(screen.queryByRole('button', { name: /Load map tiles/ })).not.toBeInTheDocument();
  });

  it('explains a tile address it cannot use and keeps the markers', async () => {
    openUrl('?tiles=https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}');
    serveBaseMap(TINY_TOPOLOGY);
    renderViews([MapView]);
    expect(await screen.findByText(/The tile address in this link was not used: it needs \{apikey\}/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Druzhkivka: 1 event/ })).toBeInTheDocument();
    expect(document.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
  });

  it('explains it in the reader’s language', async () => {
    openUrl('?lang=uk&tiles=https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}');
    serveBaseMap(TINY_TOPOLOGY);
    renderViews([MapView]);
    expect(
      await screen.findByText(
        'Адресу тайлів із цього посилання не використано: їй потрібні {apikey}, а ця мапа не може їх заповнити (впишіть сам ключ в адресу). Мапа показує офлайнову основу.',
      ),
    ).toBeInTheDocument();
  });
});
