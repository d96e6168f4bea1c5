import { useState } from 'react';
import { sourceNote } from '../../domain/charts/chart-captions';
import { exportCsv } from '../../domain/exporters/export-csv';
import { exportGeoJson } from '../../domain/exporters/export-geojson';
import { exportJson } from '../../domain/exporters/export-json';
import { fileNotInLinkNote, permalinkWithNote } from '../../domain/share/file-not-in-link';
import { imageText } from '../../domain/share/image-text';
import { useOpenedFileName } from '../../state/data-source';
import type { DashboardModel } from '../../state/dashboard-model';
import { chartBlocks } from './chart-image';
import { downloadBlob, downloadText, todayOnReadersCalendar } from './download';
import { composeImage, pageColours, svgToPng, type ComposedImage } from './image-compose';
import { mapBlock } from './map-image';
import './data-files.css';
import { pageUrl } from '../../state/url';
import { pictureSource, withEverythingDrawn, type PictureKind } from '../../state/picture-sources';

type Format = 'csv' | 'json' | 'geojson';
type Picture = PictureKind;
type PictureFormat = 'png' | 'svg';

const MIME: Readonly<Record<Format, string>> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  geojson: 'application/geo+json',
};

/**
 * Downloads the events on screen (the filtered `shownEvents`) as CSV, JSON or GeoJSON, each
 * carrying the permalink of this view, and publishable images of the charts and of the map
 * (PNG at twice the screen's size, or SVG) with title, filters, caption, sources and permalink.
 */
export function ExportMenu({ model }: { model: DashboardModel }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const count = model.shownEvents.length;
  const base = `talks-strikes-${todayOnReadersCalendar()}`;
  // An opened file is not in any link: every export that prints the permalink says so.
  const openedFile = useOpenedFileName();
  const linkNote = openedFile === undefined ? undefined : fileNotInLinkNote(openedFile);

  const exportEvents = (format: Format) => {
    const permalink = pageUrl();
    const text =
      format === 'csv'
        ? exportCsv(model.shownEvents, model.index, permalinkWithNote(permalink, openedFile))
        : format === 'json'
          ? exportJson(model.shownEvents, model.index, permalink, todayOnReadersCalendar(), linkNote)
          : exportGeoJson(model.shownEvents, model.index, permalink, linkNote);
    downloadText(text, `${base}.${format}`, MIME[format]);
    setNote(`Saved ${count} ${count === 1 ? 'event' : 'events'} as ${base}.${format}.`);
  };

  const compose = (picture: Picture): ComposedImage | string => {
    // The view registered the element holding its drawing (state/picture-sources.ts).
    const region = pictureSource(picture);
    if (!region) return `There is no ${picture === 'charts' ? 'chart' : 'map'} on screen to export.`;
    const { meta } = model.index.dataset;
    const title = picture === 'charts' ? `${meta.title}: charts` : `${meta.title}: map`;
    const text = imageText(title, model.filters, model.index, pageUrl(), todayOnReadersCalendar(), linkNote);
    const scope = region.querySelector('.charts-view, .leaflet-container') ?? region;
    const lookup = (name: string) => getComputedStyle(scope).getPropertyValue(name) || getComputedStyle(document.documentElement).getPropertyValue(name);
    if (picture === 'charts') {
      const blocks = chartBlocks(region);
      if (!blocks.some((block) => block.graphic)) return 'There is no chart on screen to export.';
      return composeImage(text, blocks, pageColours(scope), lookup);
    }
    const categories = [...new Set(model.filteredEvents.map((event) => event.category))];
    const caption = `One marker per place: its size counts the events there, its colour and shape give the main category. ${sourceNote(model.filteredEvents.length)}`;
    const block = mapBlock(region, categories, caption);
    if (!block) return 'There is no map on screen to export.';
    const attribution = region.querySelector('.leaflet-control-attribution')?.textContent?.trim();
    return composeImage(text, [block], pageColours(scope), lookup, document, attribution ? [`Map: ${attribution}`] : []);
  };

  const exportPicture = async (picture: Picture, format: PictureFormat) => {
    // Charts scrolled out of view skip their redraws; the picture needs them all as they are now.
    const image = await withEverythingDrawn(() => compose(picture));
    if (typeof image === 'string') {
      setNote(image);
      return;
    }
    const name = `${base}-${picture}.${format}`;
    if (format === 'svg') {
      downloadText(image.svg, name, 'image/svg+xml');
      setNote(`Saved the ${picture} as ${name}.`);
      return;
    }
    setBusy(true);
    try {
      downloadBlob(await svgToPng(image, 2), name);
      setNote(`Saved the ${picture} as ${name}.`);
    } catch (error) {
      setNote(`The ${picture} image could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="Export">
      <h3>
        Export the {count} {count === 1 ? 'event' : 'events'} shown
      </h3>
      {openedFile !== undefined && (
        <p className="export-file-note">
          The files and images below name the link to this view. {linkNote} To share this data, send the exported file itself.
        </p>
      )}
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
      </div>
      <h3>Publish an image</h3>
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void exportPicture('charts', 'png')}>
          Charts image (PNG)
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('charts', 'svg')}>
          Charts image (SVG)
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('map', 'png')}>
          Map image (PNG)
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('map', 'svg')}>
          Map image (SVG)
        </button>
      </div>
      <p className="export-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
