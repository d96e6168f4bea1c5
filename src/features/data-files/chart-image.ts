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
    const plot = largestSvg(frame);
    const graphic = plot ? standaloneSvg(plot, doc) : null;
    if (!plot || !graphic) continue;
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
