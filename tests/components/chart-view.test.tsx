import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsView } from '../../src/features/charts/charts-view';
import { setHoveredEvent } from '../../src/state/hover';
import { openUrl, renderViews } from '../helpers/render-dashboard';

afterEach(() => {
  act(() => setHoveredEvent(undefined));
});

const params = () => new URLSearchParams(window.location.search);
/** A chart by its title; its caption is its description. */
const caption = (title: string) => screen.getByRole('figure', { name: title }).querySelector('figcaption');
/** Bar rectangles of one series (recharts draws each as a path.recharts-rectangle named after the series). */
const bars = (container: HTMLElement, name: string) => [...container.querySelectorAll(`.recharts-bar path.recharts-rectangle[name="${name}"]`)];

describe('ChartsView: strikes versus talks', () => {
  it('draws a bar for each day with strikes, and casualty bars', () => {
    openUrl('');
    const { container } = renderViews([ChartsView]);
    // 24 Jan, 4 Feb and 17 Feb have strikes.
    expect(bars(container, 'Strikes')).toHaveLength(3);
    expect(bars(container, 'Killed (at least)')).toHaveLength(3);
    expect(bars(container, 'Injured (at least)')).toHaveLength(2);
    expect(container.querySelectorAll('.talk-band')).toHaveLength(2);
  });

  it('states the numbers in its caption', () => {
    openUrl('');
    renderViews([ChartsView]);
    const text = caption('Strikes versus talks over time');
    expect(text).toHaveTextContent(
      '4 strikes from 23 Jan 2026 to 17 Feb 2026; at least 11 killed and 19 injured (up to 21 injured by the highest reported figures); ' +
        'busiest day 17 Feb 2026 (2 strikes)',
    );
    expect(text).toHaveTextContent('Talks were held on 4 days.');
    expect(screen.getByRole('figure', { name: 'Strikes versus talks over time' })).toHaveAccessibleDescription(/^4 strikes from/);
    expect(screen.getByRole('heading', { name: 'Strikes versus talks over time' })).toBeInTheDocument();
  });

  it('shows a clicked day in every view by setting the date range', async () => {
    openUrl('?categories=strike,talks');
    const { container } = renderViews([ChartsView]);
    const firstStrikeBar = bars(container, 'Strikes')[0];
    if (!firstStrikeBar) throw new Error('no strike bar drawn');
    await userEvent.click(firstStrikeBar);
    expect(params().get('from')).toBe('2026-01-24');
    expect(params().get('to')).toBe('2026-01-24');
    expect(params().get('categories')).toBe('strike,talks');
    expect(caption('Strikes versus talks over time')).toHaveTextContent(/^1 strike on 24 Jan 2026/);
  });

  it('follows the date range, and narrows strikes (not talks) to the selected place', () => {
    openUrl('?from=2026-02-01&place=kyiv');
    renderViews([ChartsView]);
    expect(screen.getByText('Strikes in Kyiv only; talks are shown wherever they were held.')).toBeInTheDocument();
    expect(caption('Strikes versus talks over time')).toHaveTextContent(/^0 strikes from 1 Feb 2026 to 17 Feb 2026\. Talks were held on 2 days\./);
  });

  it('outlines the bin of the hovered event and of the selected event', () => {
    openUrl('?event=strike-2026-01-24-kyiv');
    const { container } = renderViews([ChartsView]);
    expect(container.querySelectorAll('.selected-bin')).toHaveLength(1);
    expect(container.querySelector('.hovered-bin')).toBeNull();
    act(() => setHoveredEvent('strike-2026-02-17-sloviansk'));
    expect(container.querySelectorAll('.hovered-bin')).toHaveLength(1);
    act(() => setHoveredEvent(undefined));
    expect(container.querySelector('.hovered-bin')).toBeNull();
  });

  it('says so when nothing matches', () => {
    openUrl('?q=zzzz-no-such-text');
    renderViews([ChartsView]);
    expect(screen.getByText('No events to chart in this selection.')).toBeInTheDocument();
  });
});

describe('ChartsView: during talks versus between them', () => {
  it('draws bars per period and states the per-day rates with their denominators', () => {
    openUrl('');
    const { container } = renderViews([ChartsView]);
    expect(bars(container, 'Strikes per day')).toHaveLength(2); // no strikes in the ±7 days
    expect(caption('During talks versus between them')).toHaveTextContent(
      'On talk days (4 days): 0.5 strikes per day, 2 killed and 4.8 injured per day; ' +
        '±7 days around talks (17 days): 0 strikes per day, 0 killed and 0 injured per day; ' +
        'other days (5 days): 0.4 strikes per day, 0.6 killed and 0 injured per day.',
    );
  });

  it('draws no comparison when the selection has no talks', () => {
    openUrl('?categories=strike');
    const { container } = renderViews([ChartsView]);
    expect(caption('During talks versus between them')).toHaveTextContent(/^No talks were held in this selection/);
    expect(bars(container, 'Strikes per day')).toHaveLength(0);
  });
});

describe('ChartsView: data table', () => {
  it('shows the numbers of both charts as tables on request', async () => {
    openUrl('');
    renderViews([ChartsView]);
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show data as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');

    const [series, periods] = screen.getAllByRole('table');
    if (!series || !periods) throw new Error('expected two tables');
    const jan24 = within(series).getByRole('row', { name: /^24 Jan 2026/ });
    expect(within(jan24).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', '4–6', '396', '1', 'Show']);
    const feb4 = within(series).getByRole('row', { name: /^4 Feb 2026/ });
    expect(within(feb4).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '7', '15', '–', '1', 'Show']);

    const talks = within(periods).getByRole('row', { name: /^Talk days/ });
    expect(within(talks).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4', '2', '0.5', '8', '2', '19–21', '4.8']);
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
