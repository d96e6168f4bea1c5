/**
 * The events that pass every filter but the dates, and the per-day figures every chart reads
 * from them. Both ignore the date range: the timeline and the charts keep their full extent and
 * show the chosen dates as a window or a highlight (crossfilter: a view's own dimension does not
 * filter it), so moving From/To re-reads nothing.
 * Strikes come from the shown events (narrowed to the selected place); talks from the filtered
 * events, because talks are held far from where strikes land and a place must not erase them.
 * The timeline, its figure strips, the charts and the map read them: the selection is kept in the
 * domain (undatedSelection) and the figures per selection, so one filter change computes each
 * once for every view.
 */
import { useMemo } from 'react';
import { dailyFigures, type DailyFigures } from '../domain/charts/daily-figures';
import { talkRounds, type TalkRound } from '../domain/charts/round-windows';
import type { EventIndex } from '../domain/core/event-index';
import { selectionKey, undatedSelection, type Selection } from '../domain/selection/filters';
import type { DashboardModel } from './dashboard-model';

export interface ChartData {
  daily: DailyFigures;
  rounds: TalkRound[];
}

/** Chart data by the undated selection it was made from (computed on a chart's first ask). */
const chartDataOf = new WeakMap<Selection, ChartData | null>();

function chartDataFor(index: EventIndex, selection: Selection): ChartData | null {
  let data = chartDataOf.get(selection);
  if (data === undefined) {
    const { shown, filtered } = selection;
    data = filtered.length === 0 ? null : { daily: dailyFigures(index, shown, filtered, { from: index.minDay, to: index.maxDay }), rounds: talkRounds(index, filtered) };
    chartDataOf.set(selection, data);
  }
  return data;
}

/** The filters other than the dates, as one value (the selected event selects nothing either). */
const undatedKey = (model: DashboardModel) => selectionKey(model.filters, { dates: true });

/** The events that pass every filter but the dates (one Selection object for as long as they stay the same). */
export function useUndatedSelection(model: DashboardModel): Selection {
  const key = undatedKey(model);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` holds every filter the selection uses
  return useMemo(() => undatedSelection(model.index, model.filters), [model.index, key]);
}

/** Daily figures and talk rounds for the model's filters without its dates, or null when nothing is left to chart. */
export function useChartData(model: DashboardModel): ChartData | null {
  const selection = useUndatedSelection(model);
  return useMemo(() => chartDataFor(model.index, selection), [model.index, selection]);
}
