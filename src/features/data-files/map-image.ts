/**
 * The current map view as one SVG graphic, composed from what Leaflet drew: its SVG panes (the
 * offline country shapes, leader lines) and the SVG of every marker, each placed where it is on
 * screen, clipped to the map's frame. Canvas layers, if any, are copied in as pictures.
 */
import { categoryColor, categoryLabel, categoryStyle, symbolPath } from '../../domain/core/categories';
import { ENGLISH, type Translator } from '../../domain/core/i18n/translator';
import { standaloneSvg } from './chart-svg';
import type { ImageBlock, LegendEntry } from './image-compose';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map on screen as an image block, its key in `tr`'s language, or null when no map is drawn. */
export function mapBlock(region: Element, categories: readonly string[], caption: string, tr: Translator = ENGLISH, doc: Document = document): ImageBlock | null {
  const container = region.querySelector('.leaflet-container');
  if (!container) return null;
  const frame = container.getBoundingClientRect();
  const width = Math.round(frame.width);
  const height = Math.round(frame.height);
  if (width === 0 || height === 0) return null;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('overflow', 'hidden');
  const sea = doc.createElementNS(SVG_NS, 'rect');
  sea.setAttribute('width', String(width));
  sea.setAttribute('height', String(height));
  sea.setAttribute('fill', getComputedStyle(container).backgroundColor || '#dde6ee');
  root.append(sea);

  // In paint order: panes first (base shapes, overlays), then markers, as Leaflet stacks them.
  const layers = [...container.querySelectorAll('.leaflet-pane svg, .leaflet-pane canvas')].filter(
    (element) => !element.parentElement?.closest('svg') && !element.closest('.leaflet-marker-pane'),
  );
  const markers = [...container.querySelectorAll('.leaflet-marker-pane svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  for (const element of [...layers, ...markers]) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.right < frame.left || box.left > frame.right || box.bottom < frame.top || box.top > frame.bottom) continue;
    const x = String(Math.round((box.left - frame.left) * 100) / 100);
    const y = String(Math.round((box.top - frame.top) * 100) / 100);
    if (element instanceof HTMLCanvasElement) {
      const picture = doc.createElementNS(SVG_NS, 'image');
      picture.setAttribute('href', element.toDataURL('image/png'));
      picture.setAttribute('x', x);
      picture.setAttribute('y', y);
      picture.setAttribute('width', String(box.width));
      picture.setAttribute('height', String(box.height));
      root.append(picture);
      continue;
    }
    if (!(element instanceof SVGSVGElement)) continue;
    const copy = standaloneSvg(element, doc);
    if (!copy) continue;
    copy.setAttribute('x', x);
    copy.setAttribute('y', y);
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    copy.setAttribute('overflow', 'visible');
    copy.removeAttribute('style');
    root.append(copy);
  }
  const legend: LegendEntry[] = categories.map((category) => ({ swatch: categorySwatch(category, doc), label: categoryLabel(category, tr) }));
  return { legend, graphic: { element: root, width, height }, caption };
}

/** A category's map symbol, for the image's key. */
function categorySwatch(category: string, doc: Document): Element {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '14');
  svg.setAttribute('viewBox', '-11 -7 22 14');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', symbolPath(categoryStyle(category).shape, 6));
  path.setAttribute('fill', categoryColor(category));
  path.setAttribute('stroke', 'var(--symbol-stroke, #333)');
  svg.append(path);
  return svg;
}
