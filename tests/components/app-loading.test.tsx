import { createQueryClient } from '../../src/api/data-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { openUrl } from '../helpers/render-dashboard';

/** The filters' live count (the top bar and the phone bar repeat it, silently). */
const COUNT = { selector: '[role=status]' };

function renderApp() {
  const client = createQueryClient();
  return render(
    <Providers client={client}>
      <App eventsUrl="/data/events.json" />
    </Providers>,
  );
}

function respond(body: string, status = 200) {
  return Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
}

describe('loading the events file', () => {
  beforeEach(() => openUrl(''));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the valid events and a report of the rejected one', async () => {
    const file = miniDatasetFile();
    const broken = { ...file, events: [...file.events, { ...file.events[0], id: 'bad-one', date: '2026-02-31' }] };
    vi.stubGlobal('fetch', vi.fn(() => respond(JSON.stringify(broken))));
    renderApp();

    await screen.findByText('Showing 8 of 8 events', COUNT);
    const report = screen.getByText(/8 events loaded; 1 problem in the file/).closest('details') as HTMLElement;
    expect(within(report).getByText('bad-one')).toBeInTheDocument();
    expect(within(report).getByText('date')).toBeInTheDocument();
    expect(within(report).getByText(/real calendar date/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getAllByRole('button', { name: /Abu Dhabi|Kyiv|Druzhkivka|Sloviansk|Kramatorsk|No disclosed place/ })).toHaveLength(8);
  });

  it('says why the events could not be loaded in Russian with ?lang=ru', async () => {
    openUrl('?lang=ru');
    vi.stubGlobal('fetch', vi.fn(() => respond('Not found', 404)));
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Не удалось загрузить файл событий: сервер ответил 404 на запрос http:\/\/\S+\/data\/events\.json\./);
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
  });

  it('shows an error panel with Retry when the file is missing, and recovers', async () => {
    const fetchMock = vi.fn(() => respond('Not found', 404));
    vi.stubGlobal('fetch', fetchMock);
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/server answered 404/);
    expect(screen.getByRole('heading', { name: 'Talks & Strikes' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1); // a 404 is not retried by itself

    fetchMock.mockImplementation(() => respond(JSON.stringify(miniDatasetFile())));
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Showing 8 of 8 events', COUNT)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains an HTML page served instead of the data', async () => {
    vi.stubGlobal('fetch', vi.fn(() => respond('<!doctype html><html><body>Oops</body></html>')));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/HTML page, not JSON/);
  });

  it('explains truncated JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(() => respond('{"schemaVersion":1,"events":[{"id":')));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
  });

  it('retries a network failure before giving up', async () => {
    const fetchMock = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);
    renderApp();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/could not be reached/), { timeout: 5000 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
