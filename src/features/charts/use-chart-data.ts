/**
 * The prepared series for both charts, computed once per selection. Strikes come from the shown
 * events (narrowed to the selected place); talks from the filtered events, because talks are held
 * far from where strikes land and a place selection must not erase them.
 */
import { useMemo } from 'react';
import { duringVersusBetween, type PeriodStats } from '../../domain/charts/chart-periods';
import { binEvents, chartRange, talkBands, type BinnedSeries } from '../../domain/charts/chart-series';
import type { DashboardModel } from '../../state/dashboard-model';

export interface ChartData {
  series: BinnedSeries;
  periods: PeriodStats[];
}

/** Series and period statistics for the model's selection, or null when there is nothing to chart. */
export function useChartData(model: DashboardModel): ChartData | null {
  const { index, selection } = model;
  const { from, to } = model.filters;
  return useMemo(() => {
    const range = chartRange(index, [selection.shown, selection.filtered], from, to);
    if (range === null) return null;
    const bands = talkBands(index, selection.filtered);
    return {
      series: binEvents(index, selection.shown, range, bands),
      periods: duringVersusBetween(index, selection.shown, range, bands),
    };
  }, [index, selection, from, to]);
}
