import { useState } from 'react';
import { exportCsv } from '../../domain/exporters/export-csv';
import { exportGeoJson } from '../../domain/exporters/export-geojson';
import { exportJson } from '../../domain/exporters/export-json';
import type { DashboardModel } from '../../state/dashboard-model';
import { chartSvgText } from './chart-svg';
import { downloadText, todayOnReadersCalendar } from './download';
import './data-files.css';
import { pageUrl } from '../../state/url';

type Format = 'csv' | 'json' | 'geojson';

const MIME: Readonly<Record<Format, string>> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  geojson: 'application/geo+json',
};

/**
 * Downloads the events on screen (the filtered `shownEvents`) as CSV, JSON or GeoJSON, each
 * carrying the permalink of this view, and the chart as an SVG file.
 */
export function ExportMenu({ model }: { model: DashboardModel }) {
  const [note, setNote] = useState('');
  const count = model.shownEvents.length;
  const base = `talks-strikes-${todayOnReadersCalendar()}`;

  const exportEvents = (format: Format) => {
    const permalink = pageUrl();
    const text =
      format === 'csv'
        ? exportCsv(model.shownEvents, model.index, permalink)
        : format === 'json'
          ? exportJson(model.shownEvents, model.index, permalink, todayOnReadersCalendar())
          : exportGeoJson(model.shownEvents, model.index, permalink);
    downloadText(text, `${base}.${format}`, MIME[format]);
    setNote(`Saved ${count} ${count === 1 ? 'event' : 'events'} as ${base}.${format}.`);
  };

  const exportChart = () => {
    const svg = chartSvgText();
    if (svg === null) {
      setNote('There is no chart on screen to export.');
      return;
    }
    downloadText(svg, `${base}-chart.svg`, 'image/svg+xml');
    setNote(`Saved the chart as ${base}-chart.svg.`);
  };

  return (
    <div className="export-menu" role="group" aria-label="Export">
      <h3>
        Export the {count} {count === 1 ? 'event' : 'events'} shown
      </h3>
      <div className="export-buttons">
        <button type="button" onClick={() => exportEvents('csv')} disabled={count === 0}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportEvents('json')} disabled={count === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportEvents('geojson')} disabled={count === 0}>
          Export GeoJSON
        </button>
        <button type="button" onClick={exportChart}>
          Export chart SVG
        </button>
      </div>
      <p className="export-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
