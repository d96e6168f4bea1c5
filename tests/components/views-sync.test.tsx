import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsView } from '../../src/features/details/details-view';
import { EventsListView } from '../../src/features/events-list/events-list-view';
import { FiltersView } from '../../src/features/filters/filters-view';
import { openUrl, renderViews } from '../helpers/render-dashboard';

const params = () => new URLSearchParams(window.location.search);
const details = () => screen.getByRole('region', { name: 'Event details' });

function renderAll() {
  const wrap = (name: string, View: typeof FiltersView) =>
    function Region(props: Parameters<typeof FiltersView>[0]) {
      return (
        <section aria-label={name}>
          <View {...props} />
        </section>
      );
    };
  return renderViews([wrap('Filters', FiltersView), wrap('Events', EventsListView), wrap('Event details', DetailsView)]);
}

describe('filters, list and details stay in step', () => {
  beforeEach(() => openUrl(''));

  it('selecting an event in the list shows its figures in the details and puts it in the URL', async () => {
    renderAll();
    const list = screen.getByRole('region', { name: 'Events' });
    await userEvent.click(within(list).getByRole('button', { name: /Druzhkivka's market/ }));
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
    expect(within(details()).getByRole('heading', { name: /Druzhkivka's market/ })).toBeInTheDocument();
    expect(within(details()).getByText('Killed').nextElementSibling).toHaveTextContent('7');
    expect(within(details()).getByText('Injured').nextElementSibling).toHaveTextContent('15');
    expect(within(list).getByRole('button', { name: /Druzhkivka's market/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('a second press on the selected row clears it, even before the views catch up', async () => {
    renderAll();
    const row = within(screen.getByRole('region', { name: 'Events' })).getByRole('button', { name: /Druzhkivka's market/ });
    fireEvent.click(row);
    fireEvent.click(row);
    expect(params().get('event')).toBeNull();
    await userEvent.click(row);
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
  });

  it('keeps ranges as ranges, with their notes', () => {
    openUrl('?event=strike-2026-01-24-kyiv');
    renderAll();
    const injured = within(details()).getByText('Injured').nextElementSibling as HTMLElement;
    expect(injured).toHaveTextContent('4–6');
    expect(injured).toHaveTextContent('(in Kyiv)');
  });

  it('steps to the next event within the filter', async () => {
    openUrl('?categories=strike&event=strike-2026-01-24-kyiv');
    renderAll();
    expect(within(details()).getByText('1 of 4')).toBeInTheDocument();
    await userEvent.click(within(details()).getByRole('button', { name: /Next/ }));
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
  });

  it('Close clears the selected event', async () => {
    openUrl('?event=strike-2026-01-24-kyiv');
    renderAll();
    await userEvent.click(within(details()).getByRole('button', { name: 'Close' }));
    expect(params().get('event')).toBeNull();
  });

  it('narrowing by category updates the count, the list and the URL', async () => {
    renderAll();
    const filters = screen.getByRole('region', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('button', { name: /Strike/ }));
    expect(params().get('categories')).toBe('strike');
    expect(within(filters).getByRole('status')).toHaveTextContent('Showing 4 of 8 events');
    expect(within(screen.getByRole('region', { name: 'Events' })).getAllByRole('button')).toHaveLength(4);
  });

  it('a filter hides the rows it leaves out and brings the same rows back when cleared', async () => {
    renderAll();
    const list = screen.getByRole('region', { name: 'Events' });
    const filters = screen.getByRole('region', { name: 'Filters' });
    const kept = within(list).getByRole('button', { name: /Druzhkivka's market/ });
    const left = within(list).getAllByRole('button').find((row) => !/Strike/.test(row.textContent ?? ''));
    expect(left).toBeDefined();
    await userEvent.click(within(filters).getByRole('button', { name: /Strike/ }));
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    // Out of sight and out of the accessibility tree, not rebuilt: the same elements come back.
    expect(left?.closest('li')).toHaveAttribute('hidden');
    expect(within(list).getAllByRole('button')).not.toContain(left);
    await userEvent.click(within(filters).getByRole('button', { name: /Strike/ }));
    expect(within(list).getAllByRole('button')).toHaveLength(8);
    expect(left?.isConnected).toBe(true);
    expect(left?.closest('li')).not.toHaveAttribute('hidden');
    expect(within(list).getByRole('button', { name: /Druzhkivka's market/ })).toBe(kept);
  });

  it('filters by actor with any and all', async () => {
    renderAll();
    const filters = screen.getByRole('region', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('checkbox', { name: /Rustem Umerov/ }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: /Steve Witkoff/ }));
    expect(within(filters).getByRole('status')).toHaveTextContent('Showing 3 of 8 events');
    await userEvent.click(within(filters).getByRole('radio', { name: 'Match all' }));
    expect(params().get('match')).toBe('all');
    expect(within(filters).getByRole('status')).toHaveTextContent('Showing 1 of 8 events');
  });

  it('sets the date range from the From and To fields and from a preset', async () => {
    renderAll();
    const filters = screen.getByRole('region', { name: 'Filters' });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2026-02-04' } });
    fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2026-02-05' } });
    expect(params().get('from')).toBe('2026-02-04');
    expect(params().get('to')).toBe('2026-02-05');
    expect(within(filters).getByRole('status')).toHaveTextContent('Showing 4 of 8 events');
    await userEvent.selectOptions(within(filters).getByLabelText('Preset'), 'All dates');
    expect(params().get('from')).toBeNull();
  });

  it('searches as you type and says when nothing matches, with a one-click reset', async () => {
    renderAll();
    const filters = screen.getByRole('region', { name: 'Filters' });
    await userEvent.type(within(filters).getByLabelText('Search'), 'zzz');
    expect(params().get('q')).toBe('zzz');
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getByText('No events match.')).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Reset filters' }));
    expect(window.location.search).toBe('');
    expect(within(filters).getByRole('status')).toHaveTextContent('Showing 8 of 8 events');
  });

  it('with a place selected, the list and details show only its events', () => {
    openUrl('?place=abu-dhabi');
    renderAll();
    expect(within(screen.getByRole('region', { name: 'Events' })).getByRole('heading', { name: 'Events in Abu Dhabi' })).toBeInTheDocument();
    expect(within(details()).getByText('Abu Dhabi: 3 events')).toBeInTheDocument();
  });

  it('renders text from data as text and links only http(s) sources', () => {
    openUrl('?event=talks-2026-02-04-abu-dhabi-round2');
    renderAll();
    const links = within(details()).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/round2');
    expect(within(details()).getByText(/Source article, 2026-02-04/)).toBeInTheDocument();
  });
});
