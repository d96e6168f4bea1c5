import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartsView } from '../../src/features/charts/charts-view';
import { ExportMenu } from '../../src/features/data-files/export-menu';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { openUrl, renderViews } from '../helpers/render-dashboard';

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
    expect(within(menu()).getByRole('heading')).toHaveTextContent('Export the 4 events shown');
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
    expect(json).toMatchObject({ schemaVersion: 1, permalink: 'http://localhost:3000/?place=kyiv', places: [{ id: 'kyiv' }] });
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
    expect(within(menu()).getByRole('button', { name: 'Export chart SVG' })).toBeEnabled();
  });

  it('saves the chart in the Charts landmark as a standalone SVG file', async () => {
    openUrl('');
    renderViews([ChartsRegion, ExportMenu]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Charts' }).querySelectorAll('svg').length).toBeGreaterThan(1));
    await userEvent.click(within(menu()).getByRole('button', { name: 'Export chart SVG' }));

    expect(saved[0]?.name).toMatch(/-chart\.svg$/);
    const svg = (await saved[0]?.blob.text()) ?? '';
    expect(svg).toMatch(/^<\?xml/);
    expect(svg.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(svg).toContain('Strikes versus talks over time');
    // The fill pattern lives in a separate zero-size SVG on the page; the file carries its own copy.
    expect(svg).toMatch(/<defs><pattern id="chart-injured-/);
    expect(svg).not.toContain('var(--');
    expect(svg).not.toContain('class="chart-patterns"');
  });

  it('says so when there is no chart to export', async () => {
    openUrl('');
    renderViews([ExportMenu]);
    await userEvent.click(within(menu()).getByRole('button', { name: 'Export chart SVG' }));
    expect(saved).toHaveLength(0);
    expect(within(menu()).getByText('There is no chart on screen to export.')).toBeInTheDocument();
  });
});
