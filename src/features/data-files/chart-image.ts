/**
 * The charts panel as image blocks: every chart (a <figure> in the "Charts" landmark) with its
 * title, key, plot and caption, and the notes of the "Around each round" section.
 */
import { largestSvg, size, standaloneSvg } from './chart-svg';
import type { ImageBlock, LegendEntry } from './image-compose';

/** The blocks of the charts on screen, in reading order; empty when no chart is drawn. */
export function chartBlocks(region: Element, doc: Document = document): ImageBlock[] {
  const blocks: ImageBlock[] = [];
  const parts = region.querySelectorAll('figure, .around-rounds > h3, .around-rounds > .chart-note');
  for (const part of parts) {
    if (part.localName !== 'figure') {
      const text = part.textContent?.trim() ?? '';
      if (part.localName === 'h3') blocks.push({ heading: text });
      else blocks.push({ caption: text });
      continue;
    }
    const frame = part.querySelector('.chart-frame') ?? part;
    const plot = largestSvg(frame.querySelector('.chart-plot') ?? frame);
    const graphic = plot ? standaloneSvg(plot, doc) : null;
    if (!plot || !graphic) continue;
    const shading = frame.querySelector<SVGSVGElement>('svg.chart-shading');
    if (shading) addShading(graphic, shading, plot, doc);
    const legend: LegendEntry[] = [...part.querySelectorAll('.chart-legend li')].map((item) => {
      const swatch = item.querySelector('svg');
      return { swatch: swatch ? standaloneSvg(swatch, doc) : null, label: item.textContent?.trim() ?? '' };
    });
    blocks.push({
      heading: part.querySelector('h3')?.textContent?.trim() ?? '',
      legend,
      graphic: { element: graphic, width: size(plot, 'width'), height: size(plot, 'height') },
      caption: part.querySelector('figcaption')?.textContent?.trim() ?? '',
    });
  }
  return blocks;
}

/**
 * The panel draws its shading (talk days, chosen dates) in an SVG of its own behind the plot;
 * the picture nests a copy of it at the same offset, beneath everything the plot draws.
 */
function addShading(graphic: Element, shading: SVGSVGElement, plot: SVGSVGElement, doc: Document): void {
  const copy = standaloneSvg(shading, doc);
  if (!copy) return;
  const plotBox = plot.getBoundingClientRect();
  const box = shading.getBoundingClientRect();
  copy.setAttribute('x', String(box.left - plotBox.left));
  copy.setAttribute('y', String(box.top - plotBox.top));
  // Its on-page placement (CSS top/left/width) would override the attributes in the file.
  if (copy instanceof SVGElement) for (const property of ['position', 'top', 'left', 'width', 'height']) copy.style.removeProperty(property);
  copy.setAttribute('preserveAspectRatio', 'none');
  const defs = graphic.firstElementChild?.localName === 'defs' ? graphic.firstElementChild : null;
  graphic.insertBefore(copy, defs ? defs.nextSibling : graphic.firstChild);
}
