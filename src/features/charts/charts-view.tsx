import { useCallback, useMemo, useRef } from 'react';
import type { PanelBar } from '../../domain/charts/time-panels';
import { fromDayNumber, toDayNumber } from '../../domain/core/calendar-date';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { localName } from '../../domain/core/localized';
import { usePictureSource } from '../../state/picture-sources';
import { AroundRounds } from './around-rounds';
import { ChartPatterns, usePatternIds } from './chart-patterns';
import { TimePanels } from './time-panels';
import { useChartData } from '../../state/chart-data';
import { useTimelineBounds } from '../../state/time-view';
import './charts.css';

/**
 * Strikes against talks: three aligned panels on the timeline's time axis (launches, killed and
 * injured, strikes) and the days around each talk round, all read from per-day figures prepared
 * in domain/, each with a caption that says how many events it draws on.
 */
export function ChartsView({ model }: { model: DashboardModel }) {
  // What "Publish an image" draws: registered, so the export never searches the page for it.
  const pictureRef = useRef<HTMLDivElement>(null);
  usePictureSource('charts', pictureRef);
  const { index, filters, actions, selectedEvent } = model;
  const tr = useT();
  const { t } = tr;
  const data = useChartData(model);
  const { bounds } = useTimelineBounds(model);
  const patterns = usePatternIds();
  const place = filters.place === undefined ? undefined : index.placeById.get(filters.place);
  const fromDay = filters.from === undefined ? null : toDayNumber(filters.from);
  const toDay = filters.to === undefined ? null : toDayNumber(filters.to);
  const chosen = useMemo(
    () => (fromDay === null && toDay === null ? null : { start: fromDay ?? index.minDay, end: toDay ?? index.maxDay }),
    [fromDay, toDay, index],
  );
  const chooseBar = useCallback((bar: PanelBar) => actions.setDateRange(fromDayNumber(bar.start), fromDayNumber(bar.end)), [actions]);
  const selectRound = useCallback((id: string) => actions.toggleEvent(id), [actions]);

  if (data === null) {
    return (
      <div className="charts-view" ref={pictureRef}>
        <h2>{t('view.charts')}</h2>
        <p>{t('charts.empty')}</p>
      </div>
    );
  }

  return (
    <div className="charts-view" ref={pictureRef}>
      <ChartPatterns ids={patterns} />
      <h2>{t('view.charts')}</h2>
      {place && <p className="chart-note">{t('charts.placeNote', { name: localName(place, tr.locale) })}</p>}
      <TimePanels daily={data.daily} patterns={patterns} chosen={chosen} selectedDay={selectedEvent?.startDay} bounds={bounds} onChooseBar={chooseBar} />
      <AroundRounds daily={data.daily} rounds={data.rounds} patterns={patterns} selectedId={filters.event} onSelectRound={selectRound} />
    </div>
  );
}
