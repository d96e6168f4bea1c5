/**
 * What "every view is populated" means to the benchmark, in one place so it is easy to adjust
 * while the views change. Each view lives in a landmark (a labelled <section>); the first
 * selector that matches at least one element inside it counts, and the report says which one.
 */
import type { ViewCheck } from './in-page';

export const VIEW_CHECKS: readonly ViewCheck[] = [
  // The status line must read "Showing N of M events" with M equal to the dataset size.
  { view: 'filters', landmark: 'Filters', selectors: ['[role="status"]'], statusOfTotal: true },
  {
    view: 'map',
    landmark: 'Map',
    selectors: ['.leaflet-marker-icon', '.leaflet-marker-pane [role="button"]', 'path.leaflet-interactive', '[role="button"]'],
  },
  {
    view: 'timeline',
    landmark: 'Timeline',
    // Marks first; an svg with any child (axis, density) is the loose fallback.
    selectors: ['svg [data-event-id]', 'svg circle', 'svg rect', 'svg path', 'svg > *', 'canvas'],
  },
  { view: 'charts', landmark: 'Charts', selectors: ['g.chart-bars'] },
  { view: 'events', landmark: 'Events', selectors: ['[role="row"]', 'li', 'tr'] },
];

/** Pattern of the status line; group 1 = shown, group 2 = total (digits with thousands commas). */
export const STATUS_PATTERN = 'Showing ([\\d,]+) of ([\\d,]+) events';
