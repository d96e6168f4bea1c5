import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineView } from '../../src/features/timeline/timeline-view';
import { setHoveredEvent } from '../../src/state/hover';
import { usePublishedTimeWindow } from '../../src/state/time-view';
import { toDayNumber } from '../../src/domain/core/calendar-date';
import { openUrl, renderViews } from '../helpers/render-dashboard';
import { indexOf } from '../unit/timeline/timeline-fixtures';

const param = (key: string) => new URLSearchParams(window.location.search).get(key);
const timeline = () => screen.getByRole('group', { name: /^Timeline of/ });

afterEach(() => {
  act(() => setHoveredEvent(undefined));
  openUrl('');
});

describe('TimelineView', () => {
  it('summarises what it shows in one line of text and labels every lane', () => {
    openUrl('');
    renderViews([TimelineView]);
    expect(screen.getByText('2 talks events, 4 strikes, 1 humanitarian event, 1 statement from 23 Jan 2026 to 17 Feb 2026')).toBeInTheDocument();
    const svg = timeline();
    for (const label of ['Talks', 'Strike', 'Humanitarian', 'Statement']) expect(within(svg).getByText(label)).toBeInTheDocument();
    expect(within(svg).queryByText('Treaty')).not.toBeInTheDocument();
  });

  it('draws every event as a named mark, talk rounds included', () => {
    openUrl('');
    renderViews([TimelineView]);
    expect(screen.getByRole('button', { name: 'Kyiv struck during the first round, 24 Jan 2026, Strike, at least 5 killed or injured' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^First trilateral round in Abu Dhabi, 23 Jan 2026 – 24 Jan 2026, Talks/ })).toBeInTheDocument();
    const marks = within(timeline()).getAllByRole('button');
    expect(marks).toHaveLength(8);
  });

  it('selects an event on click and clears it on a second click', async () => {
    openUrl('');
    const user = userEvent.setup();
    renderViews([TimelineView]);
    const mark = screen.getByRole('button', { name: /^Kyiv struck during the first round/ });
    await user.click(mark);
    expect(param('event')).toBe('strike-2026-01-24-kyiv');
    expect(screen.getByRole('button', { name: /^Kyiv struck during the first round/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^Kyiv struck during the first round/ }));
    expect(param('event')).toBeNull();
  });

  it('highlights the event selected in the link', () => {
    openUrl('?event=strike-2026-02-04-druzhkivka-market');
    renderViews([TimelineView]);
    expect(screen.getByRole('button', { name: /^Cluster munitions hit Druzhkivka's market/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Kyiv struck/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/Selected:/)).toHaveTextContent("Selected: Cluster munitions hit Druzhkivka's market.");
  });

  it('sets the date filter to the visible range from a button', async () => {
    openUrl('');
    const user = userEvent.setup();
    renderViews([TimelineView]);
    await user.click(screen.getByRole('button', { name: 'Set date filter to visible range' }));
    // The full view pads the events' range (23 Jan – 17 Feb) by a day each side.
    expect(param('from')).toBe('2026-01-22');
    expect(param('to')).toBe('2026-02-18');
  });

  it('narrows the date filter after zooming in with the buttons', async () => {
    openUrl('');
    const user = userEvent.setup();
    renderViews([TimelineView]);
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Pan earlier' }));
    expect(screen.getByText(/^Showing/)).toHaveTextContent('Showing 22 Jan 2026 – 7 Feb 2026');
    await user.click(screen.getByRole('button', { name: 'Set date filter to visible range' }));
    expect(param('from')).toBe('2026-01-22');
    expect(param('to')).toBe('2026-02-07');
  });

  it('zooms, moves between events and selects with the keyboard alone', async () => {
    openUrl('');
    const user = userEvent.setup();
    renderViews([TimelineView]);
    // Tab order: the control buttons, then the drawing as one stop (not one stop per mark).
    for (let presses = 0; presses < 10 && document.activeElement !== timeline(); presses++) await user.tab();
    expect(timeline()).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(/Event 1 of 8\.$/)).toHaveTextContent('First trilateral round in Abu Dhabi, 23 Jan 2026 – 24 Jan 2026, Talks. Event 1 of 8.');
    const first = screen.getByRole('button', { name: /^First trilateral round/ });
    expect(timeline()).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(/Event 2 of 8\.$/)).toHaveTextContent(/^Kyiv struck during the first round/);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Kyiv struck during the first round');
    await user.keyboard('{Enter}');
    expect(param('event')).toBe('strike-2026-01-24-kyiv');

    await user.keyboard('+');
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
    await user.keyboard('0');
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
  });

  it('sets the date filter by shift-dragging across the timeline', () => {
    openUrl('');
    renderViews([TimelineView]);
    const svg = timeline();
    // jsdom has no layout: the drawing is 800 px wide, the plot starts 128 px in and is 664 px wide,
    // showing 22 Jan – 18 Feb (28 days), so a day is 664 / 28 px.
    const dayPx = 664 / 28;
    fireEvent.pointerDown(svg, { button: 0, pointerId: 1, clientX: 128 + 2 * dayPx + 3, clientY: 20, shiftKey: true });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 128 + 6 * dayPx, clientY: 20, shiftKey: true });
    fireEvent.pointerUp(svg, { pointerId: 1, clientX: 128 + 10 * dayPx - 4, clientY: 20, shiftKey: true });
    expect(param('from')).toBe('2026-01-24');
    expect(param('to')).toBe('2026-01-31');
  });

  it('shows a text tooltip on hover and shares the hovered event', () => {
    openUrl('');
    renderViews([TimelineView]);
    fireEvent.pointerMove(screen.getByRole('button', { name: /^Cluster munitions/ }), { pointerId: 1, clientX: 300, clientY: 40 });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent("Cluster munitions hit Druzhkivka's market");
    expect(tooltip).toHaveTextContent('4 Feb 2026');
    expect(tooltip).toHaveTextContent('Strike');
    expect(tooltip).toHaveTextContent('At least 22 killed or injured');
    fireEvent.pointerLeave(timeline());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('outlines the mark of an event hovered in another view', () => {
    openUrl('');
    const { container } = renderViews([TimelineView]);
    expect(container.querySelectorAll('.timeline-hovered-shape')).toHaveLength(0);
    act(() => setHoveredEvent('strike-2026-02-17-sloviansk'));
    expect(container.querySelectorAll('.timeline-hovered-shape')).toHaveLength(1);
    // Hover from elsewhere highlights but does not open the tooltip (that follows this view's pointer).
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('keeps only the lanes of the filtered categories', () => {
    openUrl('?categories=strike');
    renderViews([TimelineView]);
    expect(screen.getByText('4 strikes from 24 Jan 2026 to 17 Feb 2026')).toBeInTheDocument();
    expect(within(timeline()).queryByText('Talks')).not.toBeInTheDocument();
  });

  it('draws density bars instead of marks when thousands of events are in view', () => {
    openUrl('');
    const specs = Array.from({ length: 3000 }, (_, i) => ({ id: `e-${i}`, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, category: i % 3 === 0 ? 'talks' : 'strike' }));
    renderViews([TimelineView], indexOf(specs));
    expect(screen.getByText(/3,000 events in view: drawn as density bars/)).toBeInTheDocument();
    expect(within(timeline()).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('1,000 talks events, 2,000 strikes from 1 Jan 2026 to 28 Jan 2026')).toBeInTheDocument();
  });

  it('zoomed in past the crowd, draws every mark in a new group at once, and drops that group whole when zoomed out', async () => {
    const user = userEvent.setup();
    openUrl('');
    // 2,100 events over four weeks: density bars at first, marks once about half the days are in view.
    const specs = Array.from({ length: 2100 }, (_, i) => ({ id: `e-${i}`, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, category: i % 3 === 0 ? 'talks' : 'strike' }));
    renderViews([TimelineView], indexOf(specs));
    const group = () => timeline().querySelector('g.timeline-marks');
    const crowded = group();
    expect(within(timeline()).queryAllByRole('button')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const marks = within(timeline()).getAllByRole('button');
    expect(marks.length).toBeGreaterThan(0);
    // Built apart and put in at once: not the group that was on the page (there, each mark was
    // inserted on its own, looking for its next sibling among the others being inserted).
    expect(group()).not.toBe(crowded);
    expect(marks.every((mark) => mark.parentElement === group())).toBe(true);
    const sparse = group();
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(screen.getByText(/2,100 events in view: drawn as density bars/)).toBeInTheDocument();
    expect(sparse?.isConnected).toBe(false);
    expect(marks[0]?.isConnected).toBe(false);
  });

  it('keeps the events outside the dates out of sight and out of its count, and publishes its window', () => {
    openUrl('?from=2026-01-24&to=2026-02-04');
    let published: { start: number; end: number } | undefined;
    function WindowReader() {
      published = usePublishedTimeWindow()?.view;
      return null;
    }
    renderViews([TimelineView, WindowReader]);
    expect(timeline()).toHaveAccessibleName(/^Timeline of 5 events, showing 24 Jan 2026 to 4 Feb 2026/);
    expect(screen.queryByRole('button', { name: /^Kyiv struck during the first round/ })).toBeInTheDocument();
    // Only the five events in the range have marks (8 without the dates); the others stay laid out but out of sight.
    expect(within(timeline()).getAllByRole('button')).toHaveLength(5);
    expect(published).toEqual({ start: toDayNumber('2026-01-24'), end: (toDayNumber('2026-02-04') ?? 0) + 1 });
  });

  it('draws launches, casualties and strikes per day under the lanes on the reader\'s demand, and remembers it', async () => {
    openUrl('');
    window.localStorage.clear();
    const user = userEvent.setup();
    const { unmount } = renderViews([TimelineView]);
    // jsdom's window is 768 px tall: too short for the strips by default.
    const toggle = screen.getByRole('button', { name: 'Daily figures' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(timeline().querySelector('.timeline-figures')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const strips = timeline().querySelector('.timeline-figures');
    expect(strips).not.toBeNull();
    // The mini dataset's highest launch figure: nearly 400 drones on the day of the Sloviansk strike.
    expect(strips).toHaveTextContent('Launched');
    expect(strips).toHaveTextContent('max 400 a day');
    expect(strips).toHaveTextContent('Killed · injured');
    for (const series of ['launched', 'killed', 'injured', 'strikes']) {
      expect(strips?.querySelector(`path.figure-bars.is-${series}`)?.getAttribute('d')).toMatch(/^M/);
    }
    expect(screen.getByText(/Under the lanes, the same days/)).toBeInTheDocument();
    unmount();
    renderViews([TimelineView]);
    expect(screen.getByRole('button', { name: 'Daily figures' })).toHaveAttribute('aria-pressed', 'true');
    window.localStorage.clear();
  });
});
