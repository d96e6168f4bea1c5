/**
 * A publishable image put together as one SVG document: title, filters in words, each chart (or
 * the map) with its key and caption, then the sources, the app's name with the date and the
 * permalink. The PNG is that SVG drawn onto a canvas at twice the size.
 *
 * Why SVG first and not a DOM-to-image library: everything we publish is already SVG (Recharts
 * plots, Leaflet's vector panes and our SVG markers), so copying those SVGs with their computed
 * styles gives a crisp vector file as well as the PNG, needs no foreignObject (which some browsers
 * refuse to draw onto a canvas, and which cannot carry Leaflet's CSS transforms reliably), loads
 * nothing from the network and only needs `img-src blob:` from the Content-Security-Policy.
 */
import type { ImageText } from '../../domain/share/image-text';
import { breakLongWord } from '../../domain/share/image-text';
import { wrapWords } from '../../domain/core/text-wrap';
import { ENGLISH, type Translator } from '../../domain/core/i18n/translator';
import { resolveCssVariables } from './chart-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
/** Average glyph width as a share of the font size, to wrap text without measuring it. */
const GLYPH = 0.56;

export interface LegendEntry {
  /** A small standalone SVG swatch (copied from the page, or drawn for the map). */
  swatch: Element | null;
  label: string;
}

export interface ImageBlock {
  heading?: string;
  legend?: readonly LegendEntry[];
  /** A standalone <svg> (see standaloneSvg) with its width and height. */
  graphic?: { element: Element; width: number; height: number };
  caption?: string;
}

export interface ImageColours {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * One SVG document holding the words and the blocks, `width` wide (at least the widest graphic
 * plus margins). CSS variables left in copied graphics are resolved with `lookup`.
 */
export function composeImage(
  text: ImageText,
  blocks: readonly ImageBlock[],
  colours: ImageColours,
  lookup: (name: string) => string,
  doc: Document = document,
  extraFooter: readonly string[] = [],
): ComposedImage {
  const widest = Math.max(560, ...blocks.map((block) => block.graphic?.width ?? 0));
  const width = Math.ceil(widest + 2 * PAD);
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', colours.fontFamily);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', colours.background);
  root.append(background);

  let y = PAD;
  const lines = (content: string, size: number, fill: string, weight = 'normal', long = false) => {
    const chars = (width - 2 * PAD) / (size * GLYPH);
    const wrapped = long ? breakLongWord(content, chars) : wrapWords(content, chars);
    for (const line of wrapped) {
      y += size * 1.3;
      const node = doc.createElementNS(SVG_NS, 'text');
      node.setAttribute('x', String(PAD));
      node.setAttribute('y', String(Math.round(y - size * 0.3)));
      node.setAttribute('font-size', String(size));
      node.setAttribute('font-weight', weight);
      node.setAttribute('fill', fill);
      node.textContent = line;
      root.append(node);
    }
  };

  lines(text.title, 22, colours.text, 'bold');
  lines(text.filters, 14, colours.muted);
  y += 10;
  for (const block of blocks) {
    if (block.heading) lines(block.heading, 15, colours.text, 'bold');
    if (block.legend && block.legend.length > 0) y = drawLegend(root, block.legend, y + 4, width, colours, doc);
    if (block.graphic) {
      const { element, height: h } = block.graphic;
      element.setAttribute('x', String(PAD));
      element.setAttribute('y', String(Math.round(y + 4)));
      element.removeAttribute('style');
      root.append(element);
      y += h + 8;
    }
    if (block.caption) lines(block.caption, 12, colours.muted);
    y += 12;
  }
  const rule = doc.createElementNS(SVG_NS, 'line');
  rule.setAttribute('x1', String(PAD));
  rule.setAttribute('x2', String(width - PAD));
  rule.setAttribute('y1', String(y));
  rule.setAttribute('y2', String(y));
  rule.setAttribute('stroke', colours.muted);
  rule.setAttribute('stroke-width', '0.5');
  root.append(rule);
  y += 4;
  lines(text.sources, 12, colours.text);
  for (const line of extraFooter) lines(line, 12, colours.text);
  lines(text.credit, 12, colours.text, 'bold');
  lines(text.permalink, 11, colours.muted, 'normal', true);
  if (text.permalinkNote !== undefined) lines(text.permalinkNote, 11, colours.text, 'bold');
  const height = Math.ceil(y + PAD);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const serialised = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${resolveCssVariables(serialised, lookup)}\n`, width, height };
}

function drawLegend(root: Element, legend: readonly LegendEntry[], top: number, width: number, colours: ImageColours, doc: Document): number {
  const size = 12;
  let x = PAD;
  let y = top;
  for (const entry of legend) {
    const itemWidth = 26 + entry.label.length * size * GLYPH + 14;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 18;
    }
    if (entry.swatch) {
      entry.swatch.setAttribute('x', String(x));
      entry.swatch.setAttribute('y', String(y));
      entry.swatch.removeAttribute('style');
      root.append(entry.swatch);
    }
    const label = doc.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(x + 26));
    label.setAttribute('y', String(y + 11));
    label.setAttribute('font-size', String(size));
    label.setAttribute('fill', colours.text);
    label.textContent = entry.label;
    root.append(label);
    x += itemWidth;
  }
  return y + 18;
}

/**
 * Draws an SVG document onto a canvas at `scale` times its size and returns the PNG. The SVG is
 * loaded from a blob: URL, which the app's Content-Security-Policy allows for images. Its errors
 * reach the reader ("could not be made: …"), so they are in `tr`'s language.
 */
export async function svgToPng(image: ComposedImage, scale = 2, tr: Translator = ENGLISH): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      picture.onload = () => resolve();
      picture.onerror = () => reject(new Error(tr.t('image.notDrawn')));
    });
    picture.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(tr.t('image.noCanvas'));
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(tr.t('image.noPng')))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The page's colours and font, read from the theme, for the image's own text. */
export function pageColours(scope: Element): ImageColours {
  const style = getComputedStyle(scope);
  const root = getComputedStyle(document.documentElement);
  const pick = (name: string, fallback: string) => style.getPropertyValue(name).trim() || root.getPropertyValue(name).trim() || fallback;
  return {
    background: pick('--panel', '#ffffff'),
    text: pick('--text', '#1a1a1a'),
    muted: pick('--muted', '#555555'),
    fontFamily: getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif',
  };
}
