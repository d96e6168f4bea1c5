import { formatRange, unitPhrase } from '../../domain/charts/chart-captions';
import type { PanelBar, PanelSeries } from '../../domain/charts/time-panels';

interface Props {
  id: string;
  series: PanelSeries;
  onChooseBar(bar: PanelBar): void;
}

const UNIT_HEADER = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' } as const;

/** The numbers behind the three time panels, as a table: the route to them for readers who cannot see the bars. */
export function ChartDataTables({ id, series, onChooseBar }: Props) {
  // Bars with nothing in them would make a long table of zeros; the captions state the whole range.
  const rows = series.bars.filter((bar) => bar.events > 0 || bar.talkDays > 0);
  const unit = unitPhrase(series.unit).split(' ')[0] ?? 'day';
  return (
    <div id={id} className="chart-tables">
      <table>
        <caption>
          Launches, casualties and strikes per {unitPhrase(series.unit)} (lowest–highest reported figures). {capitalise(unit)}s with no events are left out.
        </caption>
        <thead>
          <tr>
            <th scope="col">{UNIT_HEADER[series.unit]}</th>
            <th scope="col">Drones + missiles</th>
            <th scope="col">Killed</th>
            <th scope="col">Injured</th>
            <th scope="col">Strikes</th>
            <th scope="col">Events</th>
            <th scope="col">Talk days</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.title}</th>
              <td>{bar.launchedMin === null ? '–' : formatRange(bar.launchedMin, bar.launchedMax ?? bar.launchedMin)}</td>
              <td>{formatRange(bar.killedMin, bar.killedMax)}</td>
              <td>{formatRange(bar.injuredMin, bar.injuredMax)}</td>
              <td>{bar.strikes}</td>
              <td>{bar.events}</td>
              <td>{bar.talkDays}</td>
              <td>
                <button type="button" onClick={() => onChooseBar(bar)} aria-label={`Show ${bar.title}`}>
                  Show
                </button>
              </td>
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
