/**
 * The per-day figures every chart reads, computed once per selection *ignoring the date range*:
 * the charts keep their full extent and show the chosen dates as a highlight (crossfilter: a
 * chart's own dimension does not filter it), so moving From/To re-reads nothing.
 * Strikes come from the shown events (narrowed to the selected place); talks from the filtered
 * events, because talks are held far from where strikes land and a place must not erase them.
 */
import { useMemo } from 'react';
import { dailyFigures, type DailyFigures } from '../../domain/charts/daily-figures';
import { talkRounds, type TalkRound } from '../../domain/charts/round-windows';
import { selectEvents, selectionKey, withoutDates } from '../../domain/selection/filters';
import type { DashboardModel } from '../../state/dashboard-model';

export interface ChartData {
  daily: DailyFigures;
  rounds: TalkRound[];
}

/** Daily figures and talk rounds for the model's filters without its dates, or null when nothing is left to chart. */
export function useChartData(model: DashboardModel): ChartData | null {
  const { index, filters } = model;
  // The filters other than dates, as one value: a new date range keeps it, and so the memo.
  const key = selectionKey(filters, { dates: true });
  return useMemo(() => {
    const undated = selectEvents(index, withoutDates(filters));
    if (undated.filtered.length === 0) return null;
    return {
      daily: dailyFigures(index, undated.shown, undated.filtered, { from: index.minDay, to: index.maxDay }),
      rounds: talkRounds(index, undated.filtered),
    };
    // `key` stands for every filter but the dates (and the selected event, which selects nothing).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, key]);
}
