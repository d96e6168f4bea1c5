/**
 * How each category looks in every view: a colour and a shape, so that colour is never the
 * only thing telling categories apart. Colours keep 3:1 contrast on the light and dark panels.
 */
import { ENGLISH, type MessageId, type Translator } from './i18n/translator';
import { isKnownCategory, type KnownCategory } from './model';

export type CategoryShape =
  | 'square'
  | 'circle'
  | 'triangle'
  | 'diamond'
  | 'star'
  | 'hexagon'
  | 'cross'
  | 'pentagon'
  | 'triangle-down'
  | 'octagon'
  | 'plus';

interface CategoryStyle {
  /** "Strike": the legend and filter label. */
  label: string;
  /** "strikes", "talks": the category named as a group ("mostly talks", "strikes, talks"). */
  plural: string;
  /** "strike" / "strikes", "talks event" / "talks events": the nouns after a count. */
  countOne: string;
  countMany: string;
  /** CSS custom property holding the colour (defined per theme in styles.css). */
  colorVar: string;
  shape: CategoryShape;
}

const KNOWN: Record<KnownCategory, CategoryStyle> = {
  talks: { label: 'Talks', plural: 'talks', countOne: 'talks event', countMany: 'talks events', colorVar: '--cat-talks', shape: 'square' },
  strike: { label: 'Strike', plural: 'strikes', countOne: 'strike', countMany: 'strikes', colorVar: '--cat-strike', shape: 'circle' },
  humanitarian: {
    label: 'Humanitarian',
    plural: 'humanitarian events',
    countOne: 'humanitarian event',
    countMany: 'humanitarian events',
    colorVar: '--cat-humanitarian',
    shape: 'triangle',
  },
  statement: { label: 'Statement', plural: 'statements', countOne: 'statement', countMany: 'statements', colorVar: '--cat-statement', shape: 'diamond' },
  treaty: { label: 'Treaty', plural: 'treaties', countOne: 'treaty', countMany: 'treaties', colorVar: '--cat-treaty', shape: 'star' },
};

/**
 * The kinds of event an ACLED export brings besides strikes (Explosions/Remote violence): each
 * keeps a colour, a shape and a name of its own, so front-line fighting or a protest is never
 * drawn or counted as a strike.
 */
const ACLED_KINDS = new Map<string, CategoryStyle>([
  ['battle', { label: 'Battle', plural: 'battles', countOne: 'battle', countMany: 'battles', colorVar: '--cat-battle', shape: 'cross' }],
  ['protest', { label: 'Protest', plural: 'protests', countOne: 'protest', countMany: 'protests', colorVar: '--cat-protest', shape: 'pentagon' }],
  ['riot', { label: 'Riot', plural: 'riots', countOne: 'riot', countMany: 'riots', colorVar: '--cat-riot', shape: 'triangle-down' }],
  [
    'violence-against-civilians',
    {
      label: 'Violence against civilians',
      plural: 'violence against civilians',
      countOne: 'event of violence against civilians',
      countMany: 'events of violence against civilians',
      colorVar: '--cat-civilians',
      shape: 'octagon',
    },
  ],
  [
    'strategic-development',
    {
      label: 'Strategic development',
      plural: 'strategic developments',
      countOne: 'strategic development',
      countMany: 'strategic developments',
      colorVar: '--cat-strategic',
      shape: 'plus',
    },
  ],
]);

/** Style and names of a category; categories that imported files bring get a neutral hexagon. */
export function categoryStyle(category: string): CategoryStyle {
  if (isKnownCategory(category)) return KNOWN[category];
  const acled = ACLED_KINDS.get(category);
  if (acled) return acled;
  const words = category.replace(/-/g, ' ');
  return {
    label: words.charAt(0).toUpperCase() + words.slice(1),
    plural: `${words} events`,
    countOne: `${words} event`,
    countMany: `${words} events`,
    colorVar: '--cat-other',
    shape: 'hexagon',
  };
}

/** The catalog keys of the categories the app names itself (the five of the contract and ACLED's kinds). */
const WORDS: Readonly<Record<string, { label: MessageId; plural: MessageId; count: MessageId }>> = Object.fromEntries(
  (['talks', 'strike', 'humanitarian', 'statement', 'treaty', 'battle', 'protest', 'riot', 'violence-against-civilians', 'strategic-development'] as const).map(
    (category) => [category, { label: `category.${category}`, plural: `category.${category}.plural`, count: `category.${category}.count` }] as const,
  ),
);

/** "Strike" in the reader's language: the legend and filter label (an imported file's own categories keep their words). */
export function categoryLabel(category: string, tr: Translator = ENGLISH): string {
  const words = Object.hasOwn(WORDS, category) ? WORDS[category] : undefined;
  return words ? tr.t(words.label) : categoryStyle(category).label;
}

/** "strikes", "talks", or "<category> events" for categories imported files add. */
export function categoryPlural(category: string, tr: Translator = ENGLISH): string {
  const words = Object.hasOwn(WORDS, category) ? WORDS[category] : undefined;
  return words ? tr.t(words.plural) : categoryStyle(category).plural;
}

/**
 * A count with its category noun, plural rules of the reader's language included.
 * @example countCategory('treaty', 3) // '3 treaties'
 */
export function countCategory(category: string, count: number, tr: Translator = ENGLISH): string {
  const words = Object.hasOwn(WORDS, category) ? WORDS[category] : undefined;
  if (words) return tr.t(words.count, { count });
  return tr.t('category.other.count', { count, name: category.replace(/-/g, ' ') });
}

/** `var(--cat-strike)`: usable as an SVG fill or CSS colour. */
export function categoryColor(category: string): string {
  return `var(${categoryStyle(category).colorVar})`;
}

/** SVG path of a category's symbol centred on (0, 0), fitting a circle of radius r. */
export function symbolPath(shape: CategoryShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;
    case 'square': {
      const s = r * 0.85;
      return `M ${-s} ${-s} H ${s} V ${s} H ${-s} Z`;
    }
    case 'triangle':
      return `M 0 ${-r} L ${r * 0.95} ${r * 0.75} L ${-r * 0.95} ${r * 0.75} Z`;
    case 'diamond':
      return `M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`;
    case 'star':
      return polygon(10, r, (i) => (i % 2 === 0 ? r : r * 0.45));
    case 'hexagon':
      return polygon(6, r, () => r);
    case 'pentagon':
      return polygon(5, r, () => r);
    case 'octagon':
      return polygon(8, r, () => r * 0.95);
    case 'triangle-down':
      return `M 0 ${r} L ${r * 0.95} ${-r * 0.75} L ${-r * 0.95} ${-r * 0.75} Z`;
    case 'plus': {
      const a = r * 0.35;
      return `M ${-a} ${-r} H ${a} V ${-a} H ${r} V ${a} H ${a} V ${r} H ${-a} V ${a} H ${-r} V ${-a} H ${-a} Z`;
    }
    case 'cross': {
      // The plus turned by 45°: an X that still reads at small sizes.
      const a = r * 0.3;
      const b = r * 0.95;
      return `M ${-b + a} ${-b} L 0 ${-a} L ${b - a} ${-b} L ${b} ${-b + a} L ${a} 0 L ${b} ${b - a} L ${b - a} ${b} L 0 ${a} L ${-b + a} ${b} L ${-b} ${b - a} L ${-a} 0 L ${-b} ${-b + a} Z`;
    }
  }
}

function polygon(points: number, _r: number, radiusAt: (i: number) => number): string {
  const parts: string[] = [];
  for (let i = 0; i < points; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / points;
    const radius = radiusAt(i);
    parts.push(`${i === 0 ? 'M' : 'L'} ${(Math.cos(angle) * radius).toFixed(2)} ${(Math.sin(angle) * radius).toFixed(2)}`);
  }
  return `${parts.join(' ')} Z`;
}
