import { formatRange, formatRate, periodLabel, unitPhrase } from '../../domain/charts/chart-captions';
import { perDay, type PeriodStats } from '../../domain/charts/chart-periods';
import type { BinnedSeries, ChartBin } from '../../domain/charts/chart-series';

interface Props {
  id: string;
  series: BinnedSeries;
  periods: readonly PeriodStats[];
  onChooseBin(bin: ChartBin): void;
}

const UNIT_HEADER = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' } as const;

/** The numbers behind both charts, as tables: the route to them for readers who cannot see the bars. */
export function ChartDataTables({ id, series, periods, onChooseBin }: Props) {
  // Bins with nothing in them would make a long table of zeros; the caption states the whole range.
  const rows = series.bins.filter((bin) => bin.strikes > 0 || bin.talkDays > 0 || bin.firstEvent >= 0);
  const unit = unitPhrase(series.unit).split(' ')[0] ?? 'day';
  return (
    <div id={id} className="chart-tables">
      <table>
        <caption>
          Strikes versus talks, per {unitPhrase(series.unit)}. {capitalise(unit)}s with no events are left out.
        </caption>
        <thead>
          <tr>
            <th scope="col">{UNIT_HEADER[series.unit]}</th>
            <th scope="col">Strikes</th>
            <th scope="col">Killed</th>
            <th scope="col">Injured</th>
            <th scope="col">Drones + missiles</th>
            <th scope="col">Talk days</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((bin) => (
            <tr key={bin.key}>
              <th scope="row">{bin.title}</th>
              <td>{bin.strikes}</td>
              <td>{formatRange(bin.killedMin, bin.killedMax)}</td>
              <td>{formatRange(bin.injuredMin, bin.injuredMax)}</td>
              <td>{bin.launched === null ? '–' : bin.launched.toLocaleString('en-US')}</td>
              <td>{bin.talkDays}</td>
              <td>
                <button type="button" onClick={() => onChooseBin(bin)} aria-label={`Show ${bin.title}`}>
                  Show
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>During talks versus between them (casualties: lowest–highest reported; rates use the lowest)</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Days</th>
            <th scope="col">Strikes</th>
            <th scope="col">Strikes per day</th>
            <th scope="col">Killed</th>
            <th scope="col">Killed per day</th>
            <th scope="col">Injured</th>
            <th scope="col">Injured per day</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.kind}>
              <th scope="row">{periodLabel(period.kind)}</th>
              <td>{period.days}</td>
              <td>{period.strikes}</td>
              <td>{formatRate(perDay(period.strikes, period.days))}</td>
              <td>{formatRange(period.killedMin, period.killedMax)}</td>
              <td>{formatRate(perDay(period.killedMin, period.days))}</td>
              <td>{formatRange(period.injuredMin, period.injuredMax)}</td>
              <td>{formatRate(perDay(period.injuredMin, period.days))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
