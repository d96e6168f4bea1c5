import { memo, useId, useMemo } from 'react';
import { fromDayNumber, isCalendarDate } from '../../domain/core/calendar-date';
import { datePresets } from '../../domain/selection/date-presets';
import type { FilterControlsModel } from './filter-controls-model';
import { useT } from '../../state/i18n';

/** From/To date fields and presets; all of them write the same `from`/`to` URL keys. */
export const DateRangeFilter = memo(function DateRangeFilter({ model }: { model: FilterControlsModel }) {
  const { index, filters, actions } = model;
  const tr = useT();
  const { t } = tr;
  const presets = useMemo(() => datePresets(index, tr), [index, tr]);
  const presetId = useId();
  const min = index.events.length ? fromDayNumber(index.minDay) : undefined;
  const max = index.events.length ? fromDayNumber(index.maxDay) : undefined;
  const current = presets.find((p) => p.from === filters.from && p.to === filters.to)?.id ?? 'custom';

  // A half-typed date is not applied; the field keeps what the reader typed until it is a real date.
  const onDate = (key: 'from' | 'to', value: string) => {
    if (value !== '' && !isCalendarDate(value)) return;
    const next = value === '' ? undefined : value;
    if (key === 'from') actions.setDateRange(next, filters.to && next && next > filters.to ? next : filters.to);
    else actions.setDateRange(filters.from && next && next < filters.from ? next : filters.from, next);
  };

  return (
    <fieldset className="date-range">
      <legend>{t('filters.dates')}</legend>
      <div className="date-fields">
        <label>
          <span>{t('filters.from')}</span>
          <input type="date" value={filters.from ?? ''} min={min} max={max} onChange={(e) => onDate('from', e.target.value)} />
        </label>
        <label>
          <span>{t('filters.to')}</span>
          <input type="date" value={filters.to ?? ''} min={min} max={max} onChange={(e) => onDate('to', e.target.value)} />
        </label>
      </div>
      <label htmlFor={presetId} className="preset-label">
        {t('filters.preset')}
      </label>
      <select
        id={presetId}
        value={current}
        onChange={(e) => {
          const preset = presets.find((p) => p.id === e.target.value);
          if (preset) actions.setDateRange(preset.from, preset.to);
        }}
      >
        {current === 'custom' && <option value="custom">{t('filters.customRange')}</option>}
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label}
          </option>
        ))}
      </select>
    </fieldset>
  );
});
