import { createQueryClient } from '../../src/api/data-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { resetDataSource } from '../../src/state/data-source';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { openUrl } from '../helpers/render-dashboard';

/** The status line (the layout repeats the count in its bars; the status is the one announced). */
const COUNT = { selector: '[role=status]' };

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');
const fileOf = (name: string) => new File([fixture(name)], name, { type: 'text/csv' });

function renderApp() {
  return render(
    <Providers client={createQueryClient()}>
      <App eventsUrl="/data/events.json" />
    </Providers>,
  );
}

const dataPanel = () => screen.getByRole('region', { name: 'Data' });

describe('choosing the columns of a CSV in no known layout', () => {
  beforeEach(() => {
    openUrl('');
    localStorage.clear();
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(miniDatasetFile())))));
  });
  afterEach(() => {
    resetDataSource();
    localStorage.clear();
    vi.unstubAllGlobals();
  });

  it('shows the first rows and the guessed columns, asks the day order once, and loads the file', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('mapping-arbitrary.csv'));

    const step = await screen.findByRole('region', { name: 'Choose the columns of mapping-arbitrary.csv' });
    // Focus moves in from an effect, just after the step is in the page.
    await waitFor(() => expect(step).toHaveFocus());
    expect(within(step).getByRole('table', { name: 'First rows of mapping-arbitrary.csv' })).toHaveTextContent('Shelling of Kherson');
    const selected = (label: string) => {
      const select = within(step).getByLabelText(label);
      return select instanceof HTMLSelectElement ? select.selectedOptions[0]?.textContent : undefined;
    };
    expect(selected('Date')).toBe('when');
    expect(selected('Title')).toBe('what happened');
    expect(selected('Latitude')).toBe('y');
    expect(selected('Longitude')).toBe('x');
    expect(selected('Place name')).toBe('where');
    expect(selected('Actors')).toBe('who');
    expect(selected('End date')).toBe('(none)');
    // The data on screen has not changed while the reader decides.
    expect(screen.getByText('Showing 8 of 8 events', COUNT)).toBeInTheDocument();

    // 03/04/2025 reads both ways: the reader must say which, and sees both readings.
    await userEvent.click(within(step).getByRole('button', { name: 'Load with these columns' }));
    expect(within(step).getByRole('alert')).toHaveTextContent('day first or month first');
    const dayFirst = within(step).getByRole('radio', { name: /Day first.*03\/04\/2025 → 3 Apr 2025/ });
    expect(within(step).getByRole('radio', { name: /Month first.*03\/04\/2025 → 4 Mar 2025/ })).toBeInTheDocument();
    await userEvent.click(dayFirst);
    await userEvent.click(within(step).getByRole('button', { name: 'Load with these columns' }));

    expect(await screen.findByText('Showing 3 of 3 events', COUNT)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Choose the columns/ })).not.toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('mapping-arbitrary.csv (CSV with chosen columns): 3 events loaded, 0 rows rejected.');
    await waitFor(() => expect(screen.getByLabelText('Open file…')).toHaveFocus());
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getAllByText('Talks in Istanbul').length).toBeGreaterThan(0);
  });

  it('lets the reader change a guess, reports rejected rows, and remembers the choice for the next open', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('mapping-ukrainian.csv'));
    const step = await screen.findByRole('region', { name: 'Choose the columns of mapping-ukrainian.csv' });
    // Use the description as the title instead of "Назва".
    await userEvent.selectOptions(within(step).getByLabelText('Title'), 'Опис');
    await userEvent.click(within(step).getByRole('button', { name: 'Load with these columns' }));

    expect(await screen.findByText('Showing 3 of 3 events', COUNT)).toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('3 events loaded, 1 row rejected');
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getAllByText('Ракетний удар по центру міста').length).toBeGreaterThan(0);

    // Opened again: the remembered columns are used without asking.
    await userEvent.click(screen.getByRole('button', { name: 'Close file' }));
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('mapping-ukrainian.csv'));
    expect(await screen.findByText('Showing 3 of 3 events', COUNT)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Choose the columns/ })).not.toBeInTheDocument();

    // A remembered choice can still be changed: the step opens with the choices in use.
    await userEvent.click(screen.getByRole('button', { name: 'Change columns…' }));
    const again = await screen.findByRole('region', { name: 'Choose the columns of mapping-ukrainian.csv' });
    const title = within(again).getByLabelText('Title');
    expect(title instanceof HTMLSelectElement && title.selectedOptions[0]?.textContent).toBe('Опис');
    await userEvent.selectOptions(title, 'Назва');
    await userEvent.click(within(again).getByRole('button', { name: 'Load with these columns' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Events' })).getAllByText('Обстріл Харкова').length).toBeGreaterThan(0));
  });

  it('Cancel leaves the data as it was and returns focus to "Open file…"', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('mapping-us-dates.csv'));
    const step = await screen.findByRole('region', { name: 'Choose the columns of mapping-us-dates.csv' });
    // Unambiguous US dates: no question about the day order.
    expect(within(step).queryByRole('radio')).not.toBeInTheDocument();
    await userEvent.click(within(step).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Choose the columns/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Open file…')).toHaveFocus();
    expect(screen.getByText('Showing 8 of 8 events', COUNT)).toBeInTheDocument();
  });
});
