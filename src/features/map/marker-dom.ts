/**
 * The DOM of a marker's symbol and tooltip, built with DOM APIs and textContent only: place
 * names come from data files and are never parsed as HTML.
 */
import { localName } from '../../domain/core/localized';
import { categoryColor, categoryLabel, categoryStyle, symbolPath } from '../../domain/core/categories';
import type { Translator } from '../../domain/core/i18n/translator';
import { categoryBreakdown, clusterMarkerLabel, countEvents, placeMarkerLabel } from '../../domain/map/map-labels';
import type { MapItem } from '../../domain/map/map-layout';

const SVG = 'http://www.w3.org/2000/svg';
/** Gap between the symbol and the selection ring. */
const RING_GAP = 3;

/** The accessible name of a marker (without selection state). */
export function markerLabel(item: MapItem, tr: Translator): string {
  if (item.kind === 'place') return placeMarkerLabel(localName(item.group.place, tr.locale), item.group.count, item.group.dominant, tr);
  return clusterMarkerLabel((item.groups[0] && localName(item.groups[0].place, tr.locale)) ?? tr.t('map.places.fallback'), item.groups.length, item.count, item.dominant, tr);
}

/** One element of a marker's picture: its tag, attributes, colour and text. */
interface GraphicPart {
  tag: 'circle' | 'path' | 'text';
  attributes: Record<string, string>;
  fill?: string;
  stroke?: string;
  text?: string;
}

/**
 * The marker's picture as data: category symbol (shape and colour) sized by event count, or for a
 * cluster a ring in the dominant category's colour with the number of places and a small symbol
 * of that category. Rings for "selected" and "highlighted" are shown by CSS classes.
 */
function graphicOf(item: MapItem): { svg: Record<string, string>; parts: GraphicPart[] } {
  const size = item.hitRadius * 2;
  const svg = { width: String(size), height: String(size), viewBox: `${-item.hitRadius} ${-item.hitRadius} ${size} ${size}` };
  const ringRadius = String(item.radius + RING_GAP);
  const rings: GraphicPart[] = [
    { tag: 'circle', attributes: { class: 'map-marker-halo', r: ringRadius } },
    { tag: 'circle', attributes: { class: 'map-marker-ring', r: ringRadius } },
  ];
  if (item.kind === 'place') {
    const category = item.group.dominant.category;
    return { svg, parts: [...rings, { tag: 'path', attributes: { class: 'map-marker-symbol', d: symbolPath(categoryStyle(category).shape, item.radius) }, fill: categoryColor(category) }] };
  }
  const category = item.dominant.category;
  const text = item.groups.length > 999 ? '999+' : String(item.groups.length);
  // Small clusters keep the footprint of a small marker: shrink the number to fit.
  const fontSize = Math.max(7, Math.min(12, (item.radius * 2.2) / Math.max(2, text.length)));
  const badgeRadius = 4.5;
  return {
    svg,
    parts: [
      ...rings,
      { tag: 'circle', attributes: { class: 'map-cluster-disc', r: String(item.radius) }, stroke: categoryColor(category) },
      { tag: 'text', attributes: { class: 'map-cluster-count', 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': fontSize.toFixed(1) }, text },
      {
        tag: 'path',
        attributes: {
          class: 'map-marker-symbol',
          d: symbolPath(categoryStyle(category).shape, badgeRadius),
          transform: `translate(${(item.radius * 0.75).toFixed(1)} ${(-item.radius * 0.75).toFixed(1)})`,
        },
        fill: categoryColor(category),
      },
    ],
  };
}

/** Writes what differs: an attribute set to the value it has is still a DOM change to restyle. */
function patch(element: Element & ElementCSSInlineStyle, part: Pick<GraphicPart, 'attributes' | 'fill' | 'stroke' | 'text'>): void {
  for (const [name, value] of Object.entries(part.attributes)) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  if (part.fill !== undefined && element.style.fill !== part.fill) element.style.fill = part.fill;
  if (part.stroke !== undefined && element.style.stroke !== part.stroke) element.style.stroke = part.stroke;
  if (part.text !== undefined && element.textContent !== part.text) element.textContent = part.text;
}

/** The marker's picture as a new SVG element. */
export function markerGraphic(item: MapItem): SVGSVGElement {
  const { svg: attributes, parts } = graphicOf(item);
  const svg = document.createElementNS(SVG, 'svg');
  patch(svg, { attributes: { ...attributes, 'aria-hidden': 'true', focusable: 'false' } });
  for (const part of parts) {
    const element = document.createElementNS(SVG, part.tag);
    patch(element, part);
    svg.append(element);
  }
  return svg;
}

/**
 * Brings an existing picture up to date in place when it has the same elements (a place stays a
 * place, a cluster a cluster); false when it must be rebuilt. A filter change at thousands of
 * places then moves attributes instead of replacing thousands of elements.
 */
export function updateMarkerGraphic(svg: Element | null, item: MapItem): boolean {
  if (!(svg instanceof SVGSVGElement)) return false;
  const { svg: attributes, parts } = graphicOf(item);
  const children = svg.children;
  if (children.length !== parts.length || parts.some((part, i) => children[i]?.localName !== part.tag)) return false;
  patch(svg, { attributes });
  parts.forEach((part, i) => patch(children[i] as SVGElement, part));
  return true;
}

/** Tooltip: the name, the count and the categories, as text. */
export function tooltipContent(item: MapItem, categories: readonly string[], tr: Translator): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  const counts = item.kind === 'place' ? item.group.categoryCounts : item.categoryCounts;
  if (item.kind === 'place') {
    title.textContent = localName(item.group.place, tr.locale);
  } else {
    const names = item.groups.slice(0, 3).map((group) => localName(group.place, tr.locale));
    const more = item.groups.length - names.length;
    title.textContent = more > 0 ? tr.t('map.tooltipMore', { names: names.join(', '), count: tr.number(more) }) : names.join(', ');
  }
  const total = document.createElement('div');
  total.textContent = countEvents(item.kind === 'place' ? item.group.count : item.count, tr);
  const breakdown = document.createElement('div');
  breakdown.className = 'map-tooltip-breakdown';
  breakdown.textContent = categoryBreakdown(counts, categories)
    .map(({ category, count }) => `${categoryLabel(category, tr)} ${tr.number(count)}`)
    .join(' · ');
  root.append(title, total, breakdown);
  if (item.kind === 'cluster') {
    const hint = document.createElement('div');
    hint.className = 'map-tooltip-hint';
    hint.textContent = tr.t('map.tooltipHint');
    root.append(hint);
  }
  return root;
}
