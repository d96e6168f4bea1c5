import { useId, useState } from 'react';
import { fromDayNumber } from '../../domain/core/calendar-date';
import { binIndexOfEvent, type ChartBin } from '../../domain/charts/chart-series';
import type { DashboardModel } from '../../state/dashboard-model';
import { setHoveredEvent, useHoveredEvent } from '../../state/hover';
import { ChartDataTables } from './chart-data-tables';
import { ChartPatterns, usePatternIds } from './chart-patterns';
import { DuringBetweenChart } from './during-between-chart';
import { StrikesTalksChart } from './strikes-talks-chart';
import { useChartData } from './use-chart-data';
import './charts.css';

/**
 * Strikes against talks: a time series and a during-versus-between comparison, both drawn from
 * series prepared in domain/, with captions and an optional table that state the same numbers.
 */
export function ChartsView({ model }: { model: DashboardModel }) {
  const { index, filters, actions } = model;
  const data = useChartData(model);
  const patterns = usePatternIds();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const hoveredId = useHoveredEvent();
  const place = filters.place === undefined ? undefined : index.placeById.get(filters.place);

  if (data === null) {
    return (
      <div className="charts-view">
        <h2>Charts</h2>
        <p>No events to chart in this selection.</p>
      </div>
    );
  }

  const { series, periods } = data;
  const binOfId = (id: string | undefined) => {
    const position = id === undefined ? undefined : index.byId.get(id);
    return position === undefined ? -1 : binIndexOfEvent(series, index, position);
  };
  const chooseBins = (first: ChartBin, last: ChartBin) => actions.setDateRange(fromDayNumber(first.start), fromDayNumber(last.end));
  const hoverBin = (bin: ChartBin | undefined) => setHoveredEvent(bin && bin.firstEvent >= 0 ? index.events[bin.firstEvent]?.id : undefined);

  return (
    <div className="charts-view">
      <ChartPatterns ids={patterns} />
      <h2>Charts</h2>
      {place && <p className="chart-note">Strikes in {place.name} only; talks are shown wherever they were held.</p>}
      <StrikesTalksChart
        series={series}
        patterns={patterns}
        hoveredBin={binOfId(hoveredId)}
        selectedBin={binOfId(filters.event)}
        onChooseBins={chooseBins}
        onHoverBin={hoverBin}
      />
      <DuringBetweenChart periods={periods} patterns={patterns} />
      <button type="button" className="chart-table-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
        {showTable ? 'Hide data table' : 'Show data as table'}
      </button>
      {showTable && <ChartDataTables id={tableId} series={series} periods={periods} onChooseBin={(bin) => chooseBins(bin, bin)} />}
    </div>
  );
}
