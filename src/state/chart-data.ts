/**
 * The per-day figures every chart reads, computed once per selection *ignoring the date range*:
 * the charts keep their full extent and show the chosen dates as a highlight (crossfilter: a
 * chart's own dimension does not filter it), so moving From/To re-reads nothing.
 * Strikes come from the shown events (narrowed to the selected place); talks from the filtered
 * events, because talks are held far from where strikes land and a place must not erase them.
 * The charts and the timeline's figure strips both read it: the last result is kept, so one
 * filter change computes it once for both.
 */
import { useMemo } from 'react';
import { dailyFigures, type DailyFigures } from '../domain/charts/daily-figures';
import { talkRounds, type TalkRound } from '../domain/charts/round-windows';
import type { EventIndex } from '../domain/core/event-index';
import { selectEvents, selectionKey, withoutDates } from '../domain/selection/filters';
import type { DashboardModel } from './dashboard-model';

export interface ChartData {
  daily: DailyFigures;
  rounds: TalkRound[];
}

/** The last figures computed, for the index and filters (dates aside) they were computed from. */
let last: { index: EventIndex; key: string; data: ChartData | null } | undefined;

function chartDataFor(model: DashboardModel, key: string): ChartData | null {
  const { index, filters } = model;
  if (last?.index === index && last.key === key) return last.data;
  const undated = selectEvents(index, withoutDates(filters));
  const data =
    undated.filtered.length === 0
      ? null
      : {
          daily: dailyFigures(index, undated.shown, undated.filtered, { from: index.minDay, to: index.maxDay }),
          rounds: talkRounds(index, undated.filtered),
        };
  last = { index, key, data };
  return data;
}

/** Daily figures and talk rounds for the model's filters without its dates, or null when nothing is left to chart. */
export function useChartData(model: DashboardModel): ChartData | null {
  // The filters other than dates, as one value: a new date range keeps it, and so the memo.
  const key = selectionKey(model.filters, { dates: true });
  // `key` stands for every filter but the dates (and the selected event, which selects nothing).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => chartDataFor(model, key), [model.index, key]);
}
