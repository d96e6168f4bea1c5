/**
 * Fills and strokes of the chart series, as CSS variables (set per theme in charts.css) so that the
 * dark theme needs no code. Strikes and talks use the category colours every view shares.
 */
import { categoryColor } from '../../domain/core/categories';
import type { PatternIds } from './chart-patterns';

export const STRIKE_FILL = categoryColor('strike');
export const TALK_BAND_FILL = 'var(--talk-band)';
export const KILLED_FILL = 'var(--chart-killed)';
export const INJURED_STROKE = 'var(--chart-injured)';
export const LAUNCHED_STROKE = 'var(--chart-launched)';

/** Injured bars are hatched, so they differ from killed bars without colour. */
export function injuredFill(ids: PatternIds): string {
  return `url(#${ids.injured})`;
}
