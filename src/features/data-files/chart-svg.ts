/**
 * The chart on screen as a standalone SVG file: the largest <svg> in the "Charts" landmark,
 * with the computed colours and fonts written inline (the page's CSS and theme variables do not
 * travel with the file) and the patterns it references copied in.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties copied from the page's computed style, so the file looks as on screen. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
] as const;

/** Replaces `var(--name, fallback)` with the value `lookup` gives (or the fallback). */
export function resolveCssVariables(text: string, lookup: (name: string) => string): string {
  return text.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback: string | undefined) => {
    const value = lookup(name).trim();
    return value || fallback?.trim() || 'currentColor';
  });
}

/**
 * A copy of an on-screen <svg> that draws the same outside the page: computed colours and fonts
 * written inline, its size fixed, the patterns it references copied in. CSS variables are left
 * for `resolveCssVariables` on the final text.
 */
export function standaloneSvg(svg: SVGSVGElement, doc: Document = document): Element | null {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof Element)) return null;
  inlineComputedStyles(svg, clone, doc);
  clone.setAttribute('width', String(size(svg, 'width')));
  clone.setAttribute('height', String(size(svg, 'height')));
  copyReferencedDefs(clone, doc);
  return clone;
}

/** The largest top-level <svg> inside an element (a chart's plot, not its legend swatches). */
export function largestSvg(root: Element): SVGSVGElement | undefined {
  const svgs = [...root.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  return svgs.reduce<SVGSVGElement | undefined>((best, svg) => (area(svg) > (best ? area(best) : 0) ? svg : best), undefined);
}

function area(svg: SVGSVGElement): number {
  return size(svg, 'width') * size(svg, 'height');
}

export function size(svg: SVGSVGElement, dimension: 'width' | 'height'): number {
  const attribute = Number.parseFloat(svg.getAttribute(dimension) ?? '');
  if (Number.isFinite(attribute) && attribute > 0) return attribute;
  const rect = svg.getBoundingClientRect();
  return dimension === 'width' ? rect.width : rect.height;
}

/** Properties children inherit: written only where they differ from the parent's, to keep the file small. */
const INHERITED = new Set<string>([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'visibility',
]);
/** Elements that are never painted: their computed style (display:none for a title) is noise. */
const NOT_DRAWN = new Set(['title', 'desc', 'metadata', 'defs', 'style', 'script']);
/** Values of non-inherited properties that need not be written. */
const DEFAULTS: Readonly<Record<string, string>> = { opacity: '1', display: 'inline', 'dominant-baseline': 'auto' };

function inlineComputedStyles(source: Element, target: Element, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  sources.forEach((element, i) => {
    const copy = targets[i];
    if (!copy || NOT_DRAWN.has(element.localName)) return;
    const computed = view.getComputedStyle(element);
    computedOf.set(element, computed);
    const parent = element === source ? undefined : element.parentElement && computedOf.get(element.parentElement);
    const declarations: string[] = [];
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value === '') continue;
      if (INHERITED.has(property) ? parent?.getPropertyValue(property) === value : DEFAULTS[property] === value) continue;
      declarations.push(`${property}:${value}`);
    }
    if (declarations.length === 0) return;
    const own = (copy.getAttribute('style') ?? '').trim().replace(/;$/, '');
    copy.setAttribute('style', [own, ...declarations].filter(Boolean).join(';'));
  });
}

/** Patterns and gradients live in a separate zero-size SVG on the page; the file needs its own copy. */
function copyReferencedDefs(clone: Element, doc: Document): void {
  const ids = new Set<string>();
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    for (const attribute of element.getAttributeNames()) {
      for (const match of (element.getAttribute(attribute) ?? '').matchAll(/url\(\s*["']?#([^"')\s]+)["']?\s*\)/g)) {
        if (match[1]) ids.add(match[1]);
      }
    }
  }
  const own = new Set([...clone.querySelectorAll('[id]')].map((element) => element.id));
  const defs = doc.createElementNS(SVG_NS, 'defs');
  for (const id of ids) {
    if (own.has(id)) continue;
    const original = doc.getElementById(id);
    if (original) {
      const copy = original.cloneNode(true);
      if (copy instanceof Element) inlineComputedStyles(original, copy, doc);
      defs.appendChild(copy);
    }
  }
  if (defs.childNodes.length > 0) clone.insertBefore(defs, clone.firstChild);
}
