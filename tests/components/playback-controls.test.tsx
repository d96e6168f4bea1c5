import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FiltersView } from '../../src/features/filters/filters-view';
import { PlaybackControls } from '../../src/features/playback/playback-controls';
import { openUrl, renderViews } from '../helpers/render-dashboard';

// The mini dataset runs from 23 Jan 2026 to 17 Feb 2026.
const params = () => new URLSearchParams(window.location.search);
const urlState = () => ({ play: params().get('play'), from: params().get('from'), to: params().get('to') });
const playButton = () => screen.getByRole('button', { name: 'Play' });
/** Lets `count` ticks of `intervalMs` pass, one at a time: each tick schedules the next after React renders. */
function ticks(count: number, intervalMs = 1000) {
  for (let i = 0; i < count; i++) act(() => vi.advanceTimersByTime(intervalMs));
}

// fireEvent rather than userEvent: it is synchronous, so it never waits on the faked clock.
const user = {
  click(element: HTMLElement) {
    element.focus();
    fireEvent.click(element);
  },
  selectOptions(element: HTMLElement, value: string) {
    fireEvent.change(element, { target: { value } });
  },
};

function setup(views = [PlaybackControls]) {
  renderViews(views);
  return user;
}

function reducedMotion(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches && query.includes('prefers-reduced-motion'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('playback controls', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    openUrl('');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('names every control and says how to start', () => {
    setup();
    const group = screen.getByRole('group', { name: 'Playback' });
    for (const name of ['Play', 'Previous day', 'Next day', 'Stop']) expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    expect(within(group).getByRole('combobox', { name: 'Speed' })).toHaveValue('1');
    expect(within(group).getByRole('combobox', { name: 'Window' })).toHaveValue('7');
    expect(within(group).getByRole('slider', { name: 'Playhead' })).toBeInTheDocument();
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    expect(within(group).getByText('Press Play to move through the data day by day.')).toBeInTheDocument();
  });

  it('Play moves the window one day a second and writes it to the date filter', () => {
    const user = setup();
    user.click(playButton());
    expect(playButton()).toHaveAttribute('aria-pressed', 'true');
    expect(urlState()).toEqual({ play: '2026-01-23', from: '2026-01-23', to: '2026-01-23' });
    ticks(1);
    expect(urlState()).toEqual({ play: '2026-01-24', from: '2026-01-23', to: '2026-01-24' });
    ticks(6);
    // A full 7-day window once a week has gone by.
    expect(urlState()).toEqual({ play: '2026-01-30', from: '2026-01-24', to: '2026-01-30' });
    user.click(playButton());
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    ticks(5);
    expect(params().get('play')).toBe('2026-01-30');
  });

  it('adds one history entry for a whole run, not one per day', () => {
    const user = setup();
    const before = window.history.length;
    user.click(playButton());
    ticks(10);
    expect(params().get('play')).toBe('2026-02-02');
    expect(window.history.length).toBe(before + 1);
  });

  it('writes each tick (playhead and dates together) as one history write', () => {
    const user = setup();
    user.click(playButton());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    ticks(1);
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(urlState()).toEqual({ play: '2026-01-24', from: '2026-01-23', to: '2026-01-24' });
    push.mockRestore();
    replace.mockRestore();
  });

  it('goes faster at a higher speed, and the speed is in the URL', () => {
    const user = setup();
    user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '4');
    expect(params().get('speed')).toBe('4');
    user.click(playButton());
    ticks(4, 250); // Four days in one second.
    expect(params().get('play')).toBe('2026-01-27');
  });

  it('Space toggles play, but not in a text field or on a button', () => {
    setup([FiltersView, PlaybackControls]);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(playButton()).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    const search = screen.getByLabelText('Search');
    search.focus();
    fireEvent.keyDown(search, { key: ' ' });
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    const next = screen.getByRole('button', { name: 'Next day' });
    next.focus();
    fireEvent.keyDown(next, { key: ' ' });
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
  });

  it('Next day and Previous day move the playhead and the from/to in the URL, keeping focus', () => {
    openUrl('?play=2026-02-04&from=2026-01-29&to=2026-02-04');
    const user = setup();
    const previous = screen.getByRole('button', { name: 'Previous day' });
    user.click(previous);
    expect(urlState()).toEqual({ play: '2026-02-03', from: '2026-01-28', to: '2026-02-03' });
    expect(previous).toHaveFocus();
    user.click(screen.getByRole('button', { name: 'Next day' }));
    user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(urlState()).toEqual({ play: '2026-02-05', from: '2026-01-30', to: '2026-02-05' });
  });

  it('a link restores the paused position without starting to play', () => {
    openUrl('?play=2026-02-04&window=30&from=2026-01-23&to=2026-02-04');
    setup();
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('slider', { name: 'Playhead' })).toHaveAttribute('aria-valuetext', '4 Feb 2026');
    expect(screen.getByRole('combobox', { name: 'Window' })).toHaveValue('30');
    expect(screen.getByText(/showing 23 Jan 2026 – 4 Feb 2026/)).toBeInTheDocument();
    ticks(5);
    expect(params().get('play')).toBe('2026-02-04');
  });

  it('a cumulative window runs from the first day of the data to the playhead', () => {
    openUrl('?play=2026-02-04&from=2026-01-29&to=2026-02-04');
    const user = setup();
    user.selectOptions(screen.getByRole('combobox', { name: 'Window' }), 'cumulative');
    expect(params().get('window')).toBe('cumulative');
    expect(urlState()).toEqual({ play: '2026-02-04', from: '2026-01-23', to: '2026-02-04' });
  });

  it('pauses on the last day of the data, where Next day is unavailable', () => {
    openUrl('?play=2026-02-16&from=2026-02-10&to=2026-02-16');
    const user = setup();
    user.click(playButton());
    ticks(1);
    expect(params().get('play')).toBe('2026-02-17');
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    const next = screen.getByRole('button', { name: 'Next day' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    user.click(next);
    expect(params().get('play')).toBe('2026-02-17');
  });

  it('stops following when the dates are changed elsewhere', () => {
    const user = setup([FiltersView, PlaybackControls]);
    user.click(playButton());
    ticks(1);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    ticks(1);
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Paused: the dates were changed elsewhere.')).toBeInTheDocument();
    expect(params().get('from')).toBe('2026-02-01');
  });

  it('Stop leaves playback and clears the dates', () => {
    openUrl('?play=2026-02-04&from=2026-01-29&to=2026-02-04');
    const user = setup();
    user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(urlState()).toEqual({ play: null, from: null, to: null });
    expect(playButton()).toHaveFocus();
  });

  it('with reduced motion, Play does not animate: it says so, and the steps still work', () => {
    reducedMotion(true);
    const user = setup();
    user.click(playButton());
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(/reduced motion/);
    expect(params().get('play')).toBe('2026-01-23');
    ticks(5);
    expect(params().get('play')).toBe('2026-01-23');
    user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(params().get('play')).toBe('2026-01-24');
  });

  it('starting playback closes an open story step, which no longer describes the view', () => {
    openUrl('?story=abu-dhabi-rounds&step=2&from=2026-02-03&to=2026-02-05');
    const user = setup();
    user.click(playButton());
    expect(params().get('story')).toBeNull();
    expect(params().get('step')).toBeNull();
    expect(params().get('play')).toBe('2026-02-03');
  });

  it('reports a playhead in the URL that is not a date', () => {
    openUrl('?play=yesterday');
    setup();
    expect(screen.getByText(/Ignored play="yesterday"/)).toBeInTheDocument();
  });
});
