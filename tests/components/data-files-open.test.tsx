import { createQueryClient } from '../../src/api/data-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { resetDataSource } from '../../src/state/data-source';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { openUrl } from '../helpers/render-dashboard';

/** The filters' live count (the top bar and the phone bar repeat it, silently). */
const COUNT = { selector: '[role=status]' };

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');
const fileOf = (name: string, type = 'text/plain') => new File([fixture(name)], name, { type });

function renderApp() {
  return render(
    <Providers client={createQueryClient()}>
      <App eventsUrl="/data/events.json" />
    </Providers>,
  );
}

/** The default file comes from the mini dataset; any other address from the fixtures folder. */
function stubFetch() {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/data/events.json')) return Promise.resolve(new Response(JSON.stringify(miniDatasetFile())));
    const name = url.split('/').pop() ?? '';
    try {
      return Promise.resolve(new Response(fixture(name)));
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Every address the app fetched so far. */
const fetchedUrls = () => vi.mocked(fetch).mock.calls.map(([input]) => String(input));

const dataPanel = () => screen.getByRole('region', { name: 'Data' });

describe('opening a file', () => {
  beforeEach(() => {
    openUrl('');
    stubFetch();
  });
  afterEach(() => {
    resetDataSource();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('opens an ACLED CSV from the file picker and shows its name and counts', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('acled-sample.csv', 'text/csv'));

    expect(await screen.findByText('Showing 6 of 6 events', COUNT)).toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('acled-sample.csv (ACLED CSV export): 6 events loaded, 0 rows rejected.');
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getAllByText(/Shelling\/artillery\/missile attack in Druzhkivka/).length).toBeGreaterThan(0);
  });

  it('lists rejected rows, changes, and offers the problems as a CSV download', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:problems';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('acled-malformed.csv'));

    await screen.findByText('Showing 4 of 4 events', COUNT);
    expect(dataPanel()).toHaveTextContent('4 events loaded, 4 rows rejected, 4 rows loaded with a change.');
    // The dashboard's rejection report lists each rejected row with its number, id and reason.
    const report = screen.getByText(/4 events loaded; 4 problems in the file/).closest('details') as HTMLElement;
    expect(within(report).getByText('UKR3001')).toBeInTheDocument();
    expect(within(report).getByText('events #1')).toBeInTheDocument();
    expect(within(report).getByText(/"31 February 2026" is not a real calendar date/)).toBeInTheDocument();
    // Changes are listed in the Data panel.
    await userEvent.click(within(dataPanel()).getByText('6 changes made while loading'));
    expect(within(dataPanel()).getByText(/latitude 131.8855 and longitude 43.1155 were swapped/)).toBeVisible();

    await userEvent.click(within(dataPanel()).getByRole('button', { name: 'Download problems (CSV)' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await saved[0]?.text();
    expect(text).toContain('acled-malformed.csv,not loaded,events,1,UKR3001,event_date,"""31 February 2026"" is not a real calendar date"');
    expect(text).toContain('loaded with a change');
  });

  it('says why rows were rejected or changed, and why a file is not data, in Ukrainian with ?lang=uk', async () => {
    openUrl('?lang=uk');
    renderApp();
    await screen.findByText('Показано 8 з 8 подій', COUNT);
    await userEvent.upload(screen.getByLabelText('Відкрити файл…'), fileOf('acled-malformed.csv'));

    await screen.findByText('Показано 4 з 4 подій', COUNT);
    const report = screen.getByText(/Завантажено 4 події; у файлі 4 проблеми/).closest('details') as HTMLElement;
    expect(within(report).getByText('подія #1')).toBeInTheDocument();
    expect(within(report).getByText('«31 February 2026» — такої дати в календарі немає')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Дані' });
    await userEvent.click(within(panel).getByText('6 змін внесено під час завантаження'));
    expect(within(panel).getByText('широту 131,8855 і довготу 43,1155 переставлено: прочитано як широту 43,1155 і довготу 131,8855')).toBeVisible();

    await userEvent.upload(screen.getByLabelText('Відкрити файл…'), fileOf('page.html', 'text/html'), { applyAccept: false });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Не вдалося відкрити page.html. «page.html» — це сторінка HTML або XML, а не дані');
  });

  it('keeps the data on screen and says why, once, when the file is not data', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('page.html', 'text/html'), { applyAccept: false });

    const alert = await within(dataPanel()).findByRole('alert');
    expect(alert).toHaveTextContent('Could not open page.html. "page.html" is an HTML or XML page, not data');
    expect(alert).toHaveTextContent('The data on screen has not changed.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('Showing 8 of 8 events', COUNT)).toBeInTheDocument();

    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('broken.json', 'application/json'));
    expect(await within(dataPanel()).findByRole('alert')).toHaveTextContent(/"broken.json" is not valid JSON, perhaps cut short/);
    expect(screen.getByText('Showing 8 of 8 events', COUNT)).toBeInTheDocument();
  });

  it('goes back to the default data in one click, and drops ids the file made up', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('points.geojson'));
    await screen.findByText('Showing 3 of 3 events', COUNT);
    openUrl('?event=hum-2026-02-05-pow-exchange&categories=strike');
    window.dispatchEvent(new PopStateEvent('popstate'));

    await userEvent.click(screen.getByRole('button', { name: 'Close file' }));
    expect(await screen.findByText(/Showing \d+ of 8 events/, COUNT)).toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('Showing the default dataset.');
    expect(screen.queryByRole('button', { name: 'Close file' })).not.toBeInTheDocument();
    // The event picked in the file is gone from the address; the filter stays.
    expect(window.location.search).toBe('?categories=strike');
  });

  it('clears a selected event or place that the opened file does not have', async () => {
    openUrl('?place=kyiv&event=strike-2026-01-24-kyiv&q=market');
    renderApp();
    await screen.findByText(/Showing \d+ of 8 events/, COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), fileOf('acled-sample.csv'));
    await screen.findByText(/of 6 events/, COUNT);
    expect(window.location.search).toBe('?q=market');
  });

  it('accepts a file dropped anywhere on the page, with a hint while dragging', async () => {
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    const file = fileOf('timelinejs.json');
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.getByText('Drop the file to open it')).toBeInTheDocument();
    fireEvent.dragOver(window, { dataTransfer: { types: ['Files'], files: [file] } });
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.queryByText('Drop the file to open it')).not.toBeInTheDocument();
    expect(await screen.findByText('Showing 6 of 6 events', COUNT)).toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('timelinejs.json (TimelineJS JSON): 6 events loaded, 2 rows rejected, 1 row loaded with a change.');
  });

  it('shows the HTML of a TimelineJS text as text, never as markup', async () => {
    const timeline = JSON.stringify({
      events: [{ start_date: { year: 2026, month: 2, day: 4 }, text: { headline: '<img src=x onerror="window.hacked=1">Hit', text: '<b>bold</b> &amp; <script>x()</script>' } }],
    });
    renderApp();
    await screen.findByText('Showing 8 of 8 events', COUNT);
    await userEvent.upload(screen.getByLabelText('Open file…'), new File([timeline], 'x.json'));
    await screen.findByText('Showing 1 of 1 event', COUNT);
    expect(document.querySelector('main img, main b, main script')).toBeNull();
    expect(screen.getAllByText('Hit').length).toBeGreaterThan(0);
  });
});

describe('?data=<url> in the address', () => {
  beforeEach(() => stubFetch());
  afterEach(() => {
    resetDataSource();
    vi.unstubAllGlobals();
  });

  it('loads the file named in the address and composes with the other filters', async () => {
    openUrl('?data=/imports/acled-sample.csv&categories=strike');
    renderApp();
    // Two strikes: ACLED's Explosions/Remote violence; its battle is a category of its own (issue 16).
    expect(await screen.findByText('Showing 2 of 6 events', COUNT)).toBeInTheDocument();
    expect(dataPanel()).toHaveTextContent('acled-sample.csv (ACLED CSV export): 6 events loaded, 0 rows rejected.');

    await userEvent.click(screen.getByRole('button', { name: 'Back to default data' }));
    expect(await screen.findByText(/of 8 events/, COUNT)).toBeInTheDocument();
    expect(window.location.search).toBe('?categories=strike');
  });

  it('shows an error with Retry when the address cannot be loaded', async () => {
    openUrl('?data=/imports/missing.csv');
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/server answered 404/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('asks before loading data from another site, and loads nothing until the reader agrees', async () => {
    openUrl('?data=https://data.example.org/acled-sample.csv&categories=strike');
    renderApp();
    const question = await screen.findByRole('alertdialog', { name: 'This link loads data from data.example.org' });
    expect(fetchedUrls()).not.toContain('https://data.example.org/acled-sample.csv');
    await userEvent.click(within(question).getByRole('button', { name: 'Load the data from data.example.org' }));
    await waitFor(() => expect(fetchedUrls()).toContain('https://data.example.org/acled-sample.csv'));
  });

  it('offers the default data instead of another site’s', async () => {
    openUrl('?data=https://data.example.org/acled-sample.csv');
    renderApp();
    const question = await screen.findByRole('alertdialog');
    await userEvent.click(within(question).getByRole('button', { name: 'Show the default data instead' }));
    expect(await screen.findByText(/of 8 events/, COUNT)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('refuses addresses that are not http(s)', async () => {
    openUrl('?data=javascript:alert(1)');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('must be an http(s) address, not "javascript:"');
  });
});
