import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/domain/core/calendar-date';
import { ChartsView } from '../../src/features/charts/charts-view';
import { TimelineView } from '../../src/features/timeline/timeline-view';
import { EMPTY_FILTERS } from '../../src/domain/selection/filters';
import type { TimeWindow } from '../../src/domain/timeline/timeline-scale';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { setVisibleTimeWindow, useTimelineBounds } from '../../src/state/time-view';
import { writeUrl } from '../../src/state/url';
import { openUrl, renderViews } from '../helpers/render-dashboard';

afterEach(() => {
  act(() => setVisibleTimeWindow(undefined));
});

const params = () => new URLSearchParams(window.location.search);
const day = (text: string) => toDayNumber(text) ?? Number.NaN;
/** A chart by its title; its caption is its description. */
const figure = (title: string | RegExp) => screen.getByRole('figure', { name: title });
const caption = (title: string | RegExp) => figure(title).querySelector('figcaption');
/** The x axis's labels of a chart, as drawn (Recharts puts them in a layer of their own). */
const xLabels = (title: string) => [...figure(title).querySelectorAll('.chart-x-axis text')].map((text) => text.textContent);
/** Bars of one series (each a path.chart-bar named after its series). */
const bars = (root: HTMLElement, name: string) => [...root.querySelectorAll(`path.chart-bar[name="${name}"]`)];

describe('ChartsView: three aligned panels', { timeout: 20_000 }, () => {
  it('draws launches, killed and injured, and strikes in separate panels, each with one y axis', () => {
    openUrl('');
    renderViews([ChartsView]);
    const launches = figure('Drones and missiles launched per day');
    const people = figure('People killed and injured per day');
    const strikes = figure('Strikes per day');
    // 24 Jan and 17 Feb give launch counts; 24 Jan, 4 Feb and 17 Feb have casualties; three days have strikes.
    expect(bars(launches, 'Launched (lowest figure; whisker to highest)')).toHaveLength(2);
    expect(bars(people, 'Killed')).toHaveLength(3);
    expect(bars(people, 'Injured (hatched)')).toHaveLength(2);
    expect(bars(strikes, 'Strikes')).toHaveLength(3);
    for (const panel of [launches, people, strikes]) {
      expect(panel.querySelectorAll('.chart-y-axis')).toHaveLength(1);
      // The same talk days are shaded in every panel: 23–24 Jan and 4–5 Feb.
      expect(panel.querySelectorAll('.talk-band')).toHaveLength(2);
    }
  });

  it('shows a range as a bar to the lowest figure with a whisker to the highest', () => {
    openUrl('');
    renderViews([ChartsView]);
    // 24 Jan: 4–6 injured. One whisker, in the casualties panel only.
    const whiskers = [...figure('People killed and injured per day').querySelectorAll('.bar-whisker')];
    expect(whiskers).not.toHaveLength(0);
    expect(figure('Strikes per day').querySelectorAll('.bar-whisker')).toHaveLength(0);
    // Each whisker rises from its bar's top (the lowest figure) to the highest figure, above it.
    for (const whisker of whiskers) {
      const [, from, to] = /^M[\d.]+,([\d.]+)V([\d.]+)/.exec(whisker.getAttribute('d') ?? '') ?? [];
      expect(Number(to)).toBeLessThan(Number(from));
    }
    expect(caption('People killed and injured per day')).toHaveTextContent(/^11 killed and 19–21 injured from 23 Jan 2026 to 17 Feb 2026 \(26 days\)\./);
  });

  it('says in every caption how many events it draws on and that they are not a complete record', () => {
    openUrl('');
    renderViews([ChartsView]);
    for (const title of ['Drones and missiles launched per day', 'People killed and injured per day', 'Strikes per day']) {
      expect(caption(title)).toHaveTextContent('From 8 recorded events, a curated set, not a complete record; strikes not in the data are not counted.');
    }
    expect(caption('Strikes per day')).toHaveTextContent(/^4 strikes from 23 Jan 2026 to 17 Feb 2026 \(26 days\)\. Talks on 4 days\./);
    expect(caption('Drones and missiles launched per day')).toHaveTextContent(/^796 drones and missiles launched/);
  });

  it('keeps every bar when the dates change, outlines the chosen days and states their figures', () => {
    openUrl('?from=2026-02-01&to=2026-02-10');
    const { container } = renderViews([ChartsView]);
    // Crossfilter: the date range does not filter the panels' own bars.
    expect(bars(figure('Strikes per day'), 'Strikes')).toHaveLength(3);
    expect(container.querySelectorAll('.chosen-range')).toHaveLength(3);
    expect(caption('Strikes per day')).toHaveTextContent(/^1 strike from 1 Feb 2026 to 10 Feb 2026 \(10 days\)\. Talks on 2 days\./);
  });

  it('follows the timeline zoom: a narrower window draws the same days on a narrower axis', async () => {
    openUrl('');
    let bounds: TimeWindow | undefined;
    function BoundsReader({ model }: { model: DashboardModel }) {
      bounds = useTimelineBounds(model).bounds;
      return null;
    }
    renderViews([ChartsView, BoundsReader]);
    expect(xLabels('Strikes per day')).not.toContain('4 Feb');
    if (!bounds) throw new Error('no bounds');
    const full = bounds;
    // A zoom of the timeline (the same full window): the panels wait for it to rest.
    act(() => setVisibleTimeWindow({ bounds: full, view: { start: day('2026-02-03'), end: day('2026-02-06') } }));
    expect(xLabels('Strikes per day')).not.toEqual(['3 Feb', '4 Feb', '5 Feb']);
    // The panels follow once the zoom has settled (a wheel zoom sends many windows in a row).
    await waitFor(() => expect(xLabels('Strikes per day')).toEqual(['3 Feb', '4 Feb', '5 Feb']));
    expect(xLabels('People killed and injured per day')).toEqual(['3 Feb', '4 Feb', '5 Feb']);
    // Only the 4 Feb strike lies in the window; the others are clipped away, not re-binned.
    expect(bars(figure('Strikes per day'), 'Strikes').length).toBeGreaterThanOrEqual(1);
  });

  it('moves with the timeline in the same render when a date filter moves its whole window', () => {
    openUrl('');
    renderViews([TimelineView, ChartsView]);
    expect(xLabels('Strikes per day')).not.toContain('4 Feb');
    // No waiting: the panels follow the filter in the render that redraws the timeline, not a
    // timer or an effect later (a reader would see the views disagree meanwhile).
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, from: '2026-02-03', to: '2026-02-05' } }, 'push'));
    expect(xLabels('Strikes per day')).toEqual(['3 Feb', '4 Feb', '5 Feb']);
    expect(xLabels('Drones and missiles launched per day')).toEqual(['3 Feb', '4 Feb', '5 Feb']);
    act(() => writeUrl({ filters: EMPTY_FILTERS }, 'push'));
    expect(xLabels('Strikes per day')).not.toContain('4 Feb');
  });

  it('shows a day\'s figures, ranges kept, when the pointer rests on its column', () => {
    openUrl('');
    renderViews([ChartsView]);
    const people = figure('People killed and injured per day');
    const columns = [...people.querySelectorAll('rect.chart-column')];
    expect(columns.length).toBeGreaterThan(0);
    const column = columns[0] as Element;
    fireEvent.mouseEnter(column);
    const tip = people.querySelector('.chart-tooltip');
    expect(tip).toHaveTextContent('24 Jan 2026');
    expect(tip).toHaveTextContent(/Injured\s*4–6/);
    expect(column).toHaveClass('is-hovered');
    fireEvent.mouseLeave(column);
    expect(people.querySelector('.chart-tooltip')).toBeNull();
  });

  it('shows a clicked day in every view by setting the date range', async () => {
    openUrl('?categories=strike,talks');
    renderViews([ChartsView]);
    const first = bars(figure('Strikes per day'), 'Strikes')[0];
    if (!first) throw new Error('no strike bar drawn');
    await userEvent.click(first);
    expect(params().get('from')).toBe('2026-01-24');
    expect(params().get('to')).toBe('2026-01-24');
    expect(params().get('categories')).toBe('strike,talks');
  });

  it('narrows strikes (not talks) to the selected place', () => {
    openUrl('?place=kyiv');
    renderViews([ChartsView]);
    expect(screen.getByText('Strikes in Kyiv only; talks are shown wherever they were held.')).toBeInTheDocument();
    expect(caption('Strikes per day')).toHaveTextContent(/^1 strike from 23 Jan 2026 to 17 Feb 2026 \(26 days\)\. Talks on 4 days\./);
  });

  it('outlines the day of the selected event', () => {
    openUrl('?event=strike-2026-01-24-kyiv');
    const { container } = renderViews([ChartsView]);
    expect(container.querySelectorAll('.time-panels .selected-bin')).toHaveLength(3);
  });

  it('says so when nothing matches', () => {
    openUrl('?q=zzzz-no-such-text');
    renderViews([ChartsView]);
    expect(screen.getByText('No events to chart in this selection.')).toBeInTheDocument();
  });
});

describe('ChartsView: around each round', { timeout: 20_000 }, () => {
  const rounds = () => screen.getByRole('region', { name: 'Each round, before, during and after' });

  it('gives each round its days before, during and after, with days and events', () => {
    openUrl('');
    renderViews([ChartsView]);
    const table = within(rounds()).getByRole('table');
    const groups = within(table).getAllByRole('rowgroup').slice(1);
    expect(groups).toHaveLength(2);
    const [first] = groups;
    if (!first) throw new Error('no round');
    const cells = (name: RegExp) => within(within(first).getByRole('row', { name })).getAllByRole('cell').map((cell) => cell.textContent);
    // Round one, 23–24 Jan. Before: 16–22 Jan, outside the data (which starts on 23 Jan): no days.
    expect(cells(/Before/)).toEqual(['0', '0', '0', '–', 'no days', 'no days', '0', '0']);
    // During: the talks themselves and the Kyiv strike (1 killed, 4–6 injured, 396 launched) over 2 days.
    expect(cells(/During/)).toEqual(['2', '2', '1', '198', '0.5', '2', '1', '4–6']);
    // After: 25–31 Jan, 7 quiet days.
    expect(cells(/After/)).toEqual(['7', '0', '0', '–', '0', '0', '0', '0']);
  });

  it('lets the reader pick 3, 7 or 14 days around each round', async () => {
    openUrl('');
    renderViews([ChartsView]);
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '3 days' }));
    const ticks = xLabels('Strikes per round, by day');
    expect(ticks).toEqual(['-3', '-2', '-1', '0', '+1', '+2', '+3']);
    const second = within(rounds()).getAllByRole('rowgroup')[2];
    if (!second) throw new Error('no second round');
    // Round two, 4–5 Feb: 1–3 Feb before, 6–8 Feb after.
    expect(within(within(second).getByRole('row', { name: /After/ })).getAllByRole('cell')[0]).toHaveTextContent('3');
  });

  it('summarises the rounds by day offset, with an honest caption', () => {
    openUrl('');
    renderViews([ChartsView]);
    expect(screen.getByText(/^Average per round on each day from 7 days before to 7 days after the first day of 2 rounds/)).toBeInTheDocument();
    // Offset +1: 24 Jan (Kyiv strike) and 5 Feb (none): one strike over two rounds.
    expect(bars(figure('Strikes per round, by day'), 'Strikes (average per round)').length).toBeGreaterThanOrEqual(2);
    expect(caption('Strikes per round, by day')).toHaveTextContent('recorded events, a curated set, not a complete record');
  });

  it('selects a round everywhere when it is clicked, and marks it', async () => {
    openUrl('');
    renderViews([ChartsView]);
    const button = within(rounds()).getByRole('button', { name: 'First trilateral round in Abu Dhabi' });
    await userEvent.click(button);
    expect(params().get('event')).toBe('talks-2026-01-23-abu-dhabi-round1');
    expect(within(rounds()).getByRole('button', { name: 'First trilateral round in Abu Dhabi' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so when the selection has no talks', () => {
    openUrl('?categories=strike');
    renderViews([ChartsView]);
    expect(screen.getByText(/^No talk rounds in this selection\./)).toBeInTheDocument();
  });
});

describe('ChartsView: data table', { timeout: 20_000 }, () => {
  it('shows the numbers of the panels as a table on request, ranges kept', async () => {
    openUrl('');
    renderViews([ChartsView]);
    const toggle = screen.getByRole('button', { name: 'Show data as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: /^Launches, casualties and strikes per day/ });
    const jan24 = within(table).getByRole('row', { name: /^24 Jan 2026/ });
    expect(within(jan24).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['396', '1', '4–6', '1', '1', '1', 'Show']);
    const feb4 = within(table).getByRole('row', { name: /^4 Feb 2026/ });
    expect(within(feb4).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['–', '7', '15', '1', '3', '1', 'Show']);
  });

  it('lets a keyboard reader show a day from the table', async () => {
    openUrl('');
    renderViews([ChartsView]);
    await userEvent.click(screen.getByRole('button', { name: 'Show data as table' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show 17 Feb 2026' }));
    expect(params().get('from')).toBe('2026-02-17');
    expect(params().get('to')).toBe('2026-02-17');
  });
});
