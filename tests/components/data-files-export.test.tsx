import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartsView } from '../../src/features/charts/charts-view';
import { ExportMenu } from '../../src/features/data-files/export-menu';
import { ShareButtons } from '../../src/features/share/share-buttons';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { fileSource, resetDataSource, showOpenedFile } from '../../src/state/data-source';
import { miniIndex, openUrl, renderViews } from '../helpers/render-dashboard';

/** The charts inside their landmark, as the dashboard mounts them. */
function ChartsRegion({ model }: { model: DashboardModel }) {
  return (
    <section aria-label="Charts">
      <ChartsView model={model} />
    </section>
  );
}

describe('ExportMenu', () => {
  let saved: { blob: Blob; name: string }[];

  beforeEach(() => {
    saved = [];
    let lastBlob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) lastBlob = blob;
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) saved.push({ blob: lastBlob, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const menu = () => screen.getByRole('group', { name: 'Export' });

  it('exports only the filtered events as CSV, with the permalink of the view', async () => {
    openUrl('?categories=strike');
    renderViews([ExportMenu]);
    expect(within(menu()).getByRole('heading', { name: /^Export the/ })).toHaveTextContent('Export the 4 events shown');
    await userEvent.click(within(menu()).getByRole('button', { name: 'Export CSV' }));

    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^talks-strikes-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>((await saved[0]?.blob.text())?.replace(/^\uFEFF/, '') ?? '', { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.category)).toEqual(['strike', 'strike', 'strike', 'strike']);
    expect(rows[0]?.permalink).toBe(window.location.href);
    expect(within(menu()).getByText(/Saved 4 events as talks-strikes-.*\.csv\./)).toBeInTheDocument();
  });

  it('exports JSON in our format and GeoJSON, both carrying the permalink', async () => {
    openUrl('?place=kyiv');
    renderViews([ExportMenu]);
    await userEvent.click(within(menu()).getByRole('button', { name: 'Export JSON' }));
    await userEvent.click(within(menu()).getByRole('button', { name: 'Export GeoJSON' }));

    const json: unknown = JSON.parse((await saved[0]?.blob.text()) ?? '');
    expect(json).toMatchObject({ schemaVersion: 1.1, permalink: 'http://localhost:3000/?place=kyiv', places: [{ id: 'kyiv' }] });
    const geo: unknown = JSON.parse((await saved[1]?.blob.text()) ?? '');
    expect(geo).toMatchObject({
      type: 'FeatureCollection',
      permalink: 'http://localhost:3000/?place=kyiv',
      features: [{ id: 'strike-2026-01-24-kyiv', geometry: { type: 'Point', coordinates: [30.5236, 50.45] } }],
    });
    expect(saved[1]?.name).toMatch(/\.geojson$/);
  });

  it('disables the event exports when nothing is shown', () => {
    openUrl('?q=nothing-matches-this');
    renderViews([ExportMenu]);
    expect(within(menu()).getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    expect(within(menu()).getByRole('button', { name: 'Charts image (PNG)' })).toBeEnabled();
  });

  it('offers publishable images of the charts and of the map', () => {
    openUrl('');
    renderViews([ExportMenu]);
    for (const name of ['Charts image (PNG)', 'Charts image (SVG)', 'Map image (PNG)', 'Map image (SVG)']) {
      expect(within(menu()).getByRole('button', { name })).toBeEnabled();
    }
  });

  it('saves the charts as one SVG image with title, filters, keys, captions, sources and permalink', { timeout: 20_000 }, async () => {
    openUrl('?categories=strike,talks');
    renderViews([ChartsRegion, ExportMenu]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Charts' }).querySelectorAll('svg').length).toBeGreaterThan(3));
    await userEvent.click(within(menu()).getByRole('button', { name: 'Charts image (SVG)' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toMatch(/^talks-strikes-\d{4}-\d{2}-\d{2}-charts\.svg$/);
    const svg = (await saved[0]?.blob.text()) ?? '';
    expect(svg).toMatch(/^<\?xml/);
    // The words as drawn, line after line (long captions wrap onto several <text> lines).
    const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Mini test dataset: charts');
    expect(words).toContain('Showing strikes, talks; 23 Jan 2026 – 17 Feb 2026');
    for (const title of ['Drones and missiles launched per day', 'People killed and injured per day', 'Strikes per day', 'Around each round']) {
      expect(words).toContain(title);
    }
    expect(words).toContain('Injured (hatched)');
    expect(words).toContain('From 6 recorded events, a curated set, not a complete record');
    expect(words).toMatch(/Data: [^<]+\./);
    expect(words).toMatch(/Talks &amp; Strikes · \d+ \w{3} \d{4}/);
    expect(words.replace(/ /g, '')).toContain('http://localhost:3000/?categories=strike,talks');
    // The hatch pattern lives in a separate zero-size SVG on the page; the file carries its own copy.
    expect(svg).toMatch(/<pattern id="chart-injured-/);
    expect(svg).not.toContain('var(--');
    // The status follows the save (a render after it): waited for, not raced.
    expect(await within(menu()).findByText(/Saved the charts as talks-strikes-.*-charts\.svg\./)).toBeInTheDocument();
  });

  it('draws the words of the image in the reader’s language', { timeout: 20_000 }, async () => {
    openUrl('?lang=uk&categories=strike,talks');
    renderViews([ChartsRegion, ExportMenu]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Charts' }).querySelectorAll('svg').length).toBeGreaterThan(3));
    const ukMenu = screen.getByRole('group', { name: 'Експорт' });
    await userEvent.click(within(ukMenu).getByRole('button', { name: 'Зображення графіків (SVG)' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const words = ((await saved[0]?.blob.text()) ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Mini test dataset: графіки');
    expect(words).toContain('Показано: удари, переговори; 23 січ. 2026 р. – 17 лют. 2026 р.');
    expect(words).toContain('Дані: Test fixture.');
    expect(words).toMatch(/Переговори й удари · \d+ \S+ \d{4} р\./);
    expect(words).not.toMatch(/Showing|Data:|Talks &amp; Strikes/);
  });

  describe('when an opened file is shown', () => {
    const NOTE = 'This link opens the default data, not “my-events.csv”: a file opened in this browser is not in the link.';
    const openFile = () => {
      openUrl('?categories=strike');
      showOpenedFile(fileSource(new Blob(['id,date\n']), 'my-events.csv'), miniIndex());
    };
    afterEach(() => resetDataSource());

    it('says above the exports, and in the CSV, JSON and GeoJSON, that the file is not in the link', async () => {
      openFile();
      renderViews([ExportMenu]);
      expect(within(menu()).getByText(/To share this data, send the exported file itself\./)).toHaveTextContent(NOTE);
      for (const name of ['Export CSV', 'Export JSON', 'Export GeoJSON']) await userEvent.click(within(menu()).getByRole('button', { name }));

      const rows = Papa.parse<Record<string, string>>((await saved[0]?.blob.text())?.replace(/^\uFEFF/, '') ?? '', { header: true, skipEmptyLines: true }).data;
      expect(rows[0]?.permalink).toBe(`${window.location.href} (${NOTE})`);
      const json: unknown = JSON.parse((await saved[1]?.blob.text()) ?? '');
      expect(json).toMatchObject({ permalink: window.location.href, permalinkNote: NOTE, description: expect.stringContaining(NOTE) });
      const geo: unknown = JSON.parse((await saved[2]?.blob.text()) ?? '');
      expect(geo).toMatchObject({ permalink: window.location.href, permalinkNote: NOTE });
    });

    it('prints the same note under the permalink of a published image', { timeout: 20_000 }, async () => {
      openFile();
      renderViews([ChartsRegion, ExportMenu]);
      await waitFor(() => expect(screen.getByRole('region', { name: 'Charts' }).querySelectorAll('svg').length).toBeGreaterThan(3));
      await userEvent.click(within(menu()).getByRole('button', { name: 'Charts image (SVG)' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      const words = ((await saved[0]?.blob.text()) ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(words).toContain('This link opens the default data, not “my-events.csv”');
      expect(words).toContain('is not in the link.');
    });

    it('agrees with the share buttons, which offer a link to the default data', () => {
      openFile();
      renderViews([ShareButtons, ExportMenu]);
      expect(screen.getByRole('button', { name: 'Copy link to the default data' })).toBeInTheDocument();
      expect(screen.getByText(/a file opened in this browser\. A link cannot carry the file/)).toBeInTheDocument();
    });

    it('adds no note for the default data', async () => {
      openUrl('?categories=strike');
      renderViews([ExportMenu]);
      expect(within(menu()).queryByText(/is not in the link/)).not.toBeInTheDocument();
      await userEvent.click(within(menu()).getByRole('button', { name: 'Export JSON' }));
      expect(JSON.parse((await saved[0]?.blob.text()) ?? '')).not.toHaveProperty('permalinkNote');
    });
  });

  it('says so when there is no chart or map to export', async () => {
    openUrl('');
    renderViews([ExportMenu]);
    await userEvent.click(within(menu()).getByRole('button', { name: 'Charts image (SVG)' }));
    expect(await within(menu()).findByText('There is no chart on screen to export.')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    await userEvent.click(within(menu()).getByRole('button', { name: 'Map image (PNG)' }));
    expect(await within(menu()).findByText('There is no map on screen to export.')).toBeInTheDocument();
  });

});
