/**
 * The events that pass every filter but the dates, and the per-day figures every chart reads
 * from them. Both ignore the date range: the timeline and the charts keep their full extent and
 * show the chosen dates as a window or a highlight (crossfilter: a view's own dimension does not
 * filter it), so moving From/To re-reads nothing.
 * Strikes come from the shown events (narrowed to the selected place); talks from the filtered
 * events, because talks are held far from where strikes land and a place must not erase them.
 * The timeline, its figure strips and the charts all read them: the last result is kept, so one
 * filter change computes the selection once, and the figures once, for every view.
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

interface Undated {
  index: EventIndex;
  key: string;
  selection: Selection;
  /** Computed on first use: undefined until a chart asks. */
  chartData?: ChartData | null;
}

/** The last selection computed, for the index and filters (dates aside) it was computed from. */
let last: Undated | undefined;

function undatedFor(model: DashboardModel, key: string): Undated {
  const { index, filters } = model;
  if (last?.index !== index || last.key !== key) last = { index, key, selection: undatedSelection(index, filters) };
  return last;
}

/** The filters other than the dates, as one value (the selected event selects nothing either). */
const undatedKey = (model: DashboardModel) => selectionKey(model.filters, { dates: true });

/** The events that pass every filter but the dates. */
export function useUndatedSelection(model: DashboardModel): Selection {
  const key = undatedKey(model);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` holds every filter the selection uses
  return useMemo(() => undatedFor(model, key).selection, [model.index, key]);
}

/** Daily figures and talk rounds for the model's filters without its dates, or null when nothing is left to chart. */
export function useChartData(model: DashboardModel): ChartData | null {
  const key = undatedKey(model);
  return useMemo(() => {
    const entry = undatedFor(model, key);
    if (entry.chartData === undefined) {
      const { index } = entry;
      const { shown, filtered } = entry.selection;
      entry.chartData =
        filtered.length === 0 ? null : { daily: dailyFigures(index, shown, filtered, { from: index.minDay, to: index.maxDay }), rounds: talkRounds(index, filtered) };
    }
    return entry.chartData;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` holds every filter the figures use
  }, [model.index, key]);
}
