import { useState } from 'react';
import { sourceNote } from '../../domain/charts/chart-captions';
import { exportCsv } from '../../domain/exporters/export-csv';
import { exportGeoJson } from '../../domain/exporters/export-geojson';
import { exportJson } from '../../domain/exporters/export-json';
import { fileNotInLinkNote, permalinkWithNote } from '../../domain/share/file-not-in-link';
import { imageText } from '../../domain/share/image-text';
import { localizedDatasetTitle } from '../../domain/share/citation';
import { useOpenedFileName } from '../../state/data-source';
import type { DashboardModel } from '../../state/dashboard-model';
import { chartBlocks } from './chart-image';
import { downloadBlob, downloadText, todayOnReadersCalendar } from './download';
import { composeImage, pageColours, svgToPng, type ComposedImage } from './image-compose';
import { mapBlock } from './map-image';
import './data-files.css';
import { pageUrl } from '../../state/url';
import { pictureSource, withEverythingDrawn, type PictureKind } from '../../state/picture-sources';
import { useT } from '../../state/i18n';

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
  const tr = useT();
  const { t } = tr;
  const [busy, setBusy] = useState(false);
  const count = model.shownEvents.length;
  const base = `talks-strikes-${todayOnReadersCalendar()}`;
  // An opened file is not in any link: every export that prints the permalink says so.
  const openedFile = useOpenedFileName();
  const linkNote = openedFile === undefined ? undefined : fileNotInLinkNote(openedFile, tr);

  const exportEvents = (format: Format) => {
    const permalink = pageUrl();
    const text =
      format === 'csv'
        ? exportCsv(model.shownEvents, model.index, permalinkWithNote(permalink, openedFile, tr))
        : format === 'json'
          ? exportJson(model.shownEvents, model.index, permalink, todayOnReadersCalendar(), linkNote)
          : exportGeoJson(model.shownEvents, model.index, permalink, linkNote);
    downloadText(text, `${base}.${format}`, MIME[format]);
    setNote(t('export.saved', { count, name: `${base}.${format}` }));
  };

  const compose = (picture: Picture): ComposedImage | string => {
    // The view registered the element holding its drawing (state/picture-sources.ts).
    const region = pictureSource(picture);
    if (!region) return picture === 'charts' ? t('export.noChart') : t('export.noMap');
    const title = t('image.title', { title: localizedDatasetTitle(model.index, tr), picture });
    const text = imageText(title, model.filters, model.index, pageUrl(), todayOnReadersCalendar(), linkNote, tr);
    const scope = region.querySelector('.charts-view, .leaflet-container') ?? region;
    const lookup = (name: string) => getComputedStyle(scope).getPropertyValue(name) || getComputedStyle(document.documentElement).getPropertyValue(name);
    if (picture === 'charts') {
      const blocks = chartBlocks(region);
      if (!blocks.some((block) => block.graphic)) return t('export.noChart');
      return composeImage(text, blocks, pageColours(scope), lookup);
    }
    const categories = [...new Set(model.filteredEvents.map((event) => event.category))];
    const caption = `${t('image.mapCaption')} ${sourceNote(model.filteredEvents.length, tr)}`;
    const block = mapBlock(region, categories, caption, tr);
    if (!block) return t('export.noMap');
    const attribution = region.querySelector('.leaflet-control-attribution')?.textContent?.trim();
    return composeImage(text, [block], pageColours(scope), lookup, document, attribution ? [t('image.mapAttribution', { attribution })] : []);
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
      setNote(t('export.savedPicture', { picture, name }));
      return;
    }
    setBusy(true);
    try {
      downloadBlob(await svgToPng(image, 2, tr), name);
      setNote(t('export.savedPicture', { picture, name }));
    } catch (error) {
      setNote(t('export.pictureFailed', { picture, reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label={t('action.export')}>
      <h3>{t('export.heading', { count })}</h3>
      {openedFile !== undefined && <p className="export-file-note">{t('export.fileNote', { file: openedFile })}</p>}
      <div className="export-buttons">
        <button type="button" onClick={() => exportEvents('csv')} disabled={count === 0}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => exportEvents('json')} disabled={count === 0}>
          {t('export.json')}
        </button>
        <button type="button" onClick={() => exportEvents('geojson')} disabled={count === 0}>
          {t('export.geojson')}
        </button>
      </div>
      <h3>{t('export.image')}</h3>
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void exportPicture('charts', 'png')}>
          {t('export.chartsPng')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('charts', 'svg')}>
          {t('export.chartsSvg')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('map', 'png')}>
          {t('export.mapPng')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportPicture('map', 'svg')}>
          {t('export.mapSvg')}
        </button>
      </div>
      <p className="export-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
