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

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The accessible name of a marker (without selection state). */
export function markerLabel(item: MapItem, tr: Translator): string {
  if (item.kind === 'place') return placeMarkerLabel(localName(item.group.place, tr.locale), item.group.count, item.group.dominant, tr);
  return clusterMarkerLabel((item.groups[0] && localName(item.groups[0].place, tr.locale)) ?? tr.t('map.places.fallback'), item.groups.length, item.count, item.dominant, tr);
}

/**
 * The marker's picture: category symbol (shape and colour) sized by event count, or for a
 * cluster a ring in the dominant category's colour with the number of places and a small
 * symbol of that category. Rings for "selected" and "highlighted" are shown by CSS classes.
 */
export function markerGraphic(item: MapItem): SVGSVGElement {
  const size = item.hitRadius * 2;
  const svg = svgElement('svg', { width: size, height: size, viewBox: `${-item.hitRadius} ${-item.hitRadius} ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' });
  const ringRadius = item.radius + RING_GAP;
  svg.append(svgElement('circle', { class: 'map-marker-halo', r: ringRadius }), svgElement('circle', { class: 'map-marker-ring', r: ringRadius }));

  if (item.kind === 'place') {
    const category = item.group.dominant.category;
    const symbol = svgElement('path', { class: 'map-marker-symbol', d: symbolPath(categoryStyle(category).shape, item.radius) });
    symbol.style.fill = categoryColor(category);
    svg.append(symbol);
    return svg;
  }

  const category = item.dominant.category;
  const disc = svgElement('circle', { class: 'map-cluster-disc', r: item.radius });
  disc.style.stroke = categoryColor(category);
  const text = item.groups.length > 999 ? '999+' : String(item.groups.length);
  // Small clusters keep the footprint of a small marker: shrink the number to fit.
  const fontSize = Math.max(7, Math.min(12, (item.radius * 2.2) / Math.max(2, text.length)));
  const count = svgElement('text', { class: 'map-cluster-count', 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': fontSize.toFixed(1) });
  count.textContent = text;
  const badgeRadius = 4.5;
  const badge = svgElement('path', {
    class: 'map-marker-symbol',
    d: symbolPath(categoryStyle(category).shape, badgeRadius),
    transform: `translate(${(item.radius * 0.75).toFixed(1)} ${(-item.radius * 0.75).toFixed(1)})`,
  });
  badge.style.fill = categoryColor(category);
  svg.append(disc, count, badge);
  return svg;
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
