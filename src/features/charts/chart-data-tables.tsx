import { formatRange } from '../../domain/charts/chart-captions';
import { useT } from '../../state/i18n';
import { ColumnHeads } from './column-heads';
import type { PanelBar, PanelSeries } from '../../domain/charts/time-panels';

interface Props {
  id: string;
  series: PanelSeries;
  onChooseBar(bar: PanelBar): void;
}


/** The numbers behind the three time panels, as a table: the route to them for readers who cannot see the bars. */
export function ChartDataTables({ id, series, onChooseBar }: Props) {
  // Bars with nothing in them would make a long table of zeros; the captions state the whole range.
  const rows = series.bars.filter((bar) => bar.events > 0 || bar.talkDays > 0);
  const tr = useT();
  const { t } = tr;
  const unit = series.unit;
  return (
    <div id={id} className="chart-tables">
      <table>
        <caption>
          {t('charts.table.caption', { unit })}
        </caption>
        <thead>
          <tr>
            <ColumnHeads
              labels={[
                t('charts.table.unit', { unit }),
                t('charts.table.launches'),
                t('charts.tip.killed'),
                t('charts.tip.injured'),
                t('charts.tip.strikes'),
                t('charts.tip.events'),
                t('charts.talkDays'),
              ]}
            />
            <th scope="col">
              <span className="visually-hidden">{t('charts.table.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.title}</th>
              <td>{bar.launchedMin === null ? '–' : formatRange(bar.launchedMin, bar.launchedMax ?? bar.launchedMin, tr)}</td>
              <td>{formatRange(bar.killedMin, bar.killedMax, tr)}</td>
              <td>{formatRange(bar.injuredMin, bar.injuredMax, tr)}</td>
              <td>{tr.number(bar.strikes)}</td>
              <td>{tr.number(bar.events)}</td>
              <td>{tr.number(bar.talkDays)}</td>
              <td>
                <button type="button" onClick={() => onChooseBar(bar)} aria-label={t('charts.table.showBar', { title: bar.title })}>
                  {t('charts.table.show')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
