import { formatRange } from '../../domain/charts/chart-captions';
import type { ChartBin } from '../../domain/charts/chart-series';

/** Tooltip of one bin: every figure with its range, so the hover tells what the bar height cannot. */
export function BinTooltip({ bin }: { bin: ChartBin | undefined }) {
  if (!bin) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{bin.title}</p>
      <dl>
        <dt>Strikes</dt>
        <dd>{bin.strikes}</dd>
        <dt>Killed</dt>
        <dd>{formatRange(bin.killedMin, bin.killedMax)}</dd>
        <dt>Injured</dt>
        <dd>{formatRange(bin.injuredMin, bin.injuredMax)}</dd>
        <dt>Drones + missiles</dt>
        <dd>{bin.launched === null ? 'no count given' : `at least ${bin.launched.toLocaleString('en-US')}`}</dd>
        {bin.talkDays > 0 && (
          <>
            <dt>Talk days</dt>
            <dd>{bin.talkDays}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
