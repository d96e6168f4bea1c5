import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDay, toDayNumber } from '../../domain/core/calendar-date';
import {
  MAPPING_FIELD_LABELS,
  MAPPING_FIELDS,
  mappingProblem,
  proposeMapping,
  type ColumnMapping,
  type DayOrder,
  type MappingField,
} from '../../domain/importers/column-mapping';
import { readMappedDate } from '../../domain/importers/mapped-dates';
import './column-mapping.css';

/** Rows of the file shown in the preview table. */
const PREVIEW_ROWS = 5;

export interface MappingSample {
  fileName: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * The mapping step for a CSV in no known layout: the first rows, a guessed column for each
 * field that the reader confirms or changes, and (only when the dates read both ways) how
 * `03/04/2025` is meant. Focus moves here when it appears; the panel moves it back on close.
 */
export function ColumnMappingStep({
  sample,
  initial,
  rememberFor,
  onConfirm,
  onCancel,
}: {
  sample: MappingSample;
  /** The choices the file was loaded with, when the reader asked to change them. */
  initial?: ColumnMapping;
  /** What the remembered choices are kept for, in words ("this address"); the file name by default. */
  rememberFor?: string;
  onConfirm: (mapping: ColumnMapping, remember: boolean) => void;
  onCancel: () => void;
}) {
  const proposal = useMemo(() => proposeMapping(sample.header, sample.rows), [sample]);
  const [columns, setColumns] = useState(initial?.columns ?? proposal.mapping.columns);
  const [dayOrder, setDayOrder] = useState<DayOrder | undefined>(initial?.dayOrder ?? (proposal.dayOrderAmbiguous ? undefined : proposal.mapping.dayOrder));
  const [remember, setRemember] = useState(true);
  const [problem, setProblem] = useState<string | undefined>();
  const headingId = useId();
  const regionRef = useRef<HTMLElement>(null);

  useEffect(() => regionRef.current?.focus(), []);

  const columnName = (index: number) => sample.header[index]?.trim() || `Column ${index + 1}`;
  const firstValue = (index: number | undefined) =>
    index === undefined ? undefined : sample.rows.map((row) => (row[index] ?? '').trim()).find((value) => value !== '');

  const choose = (field: MappingField, value: string) => {
    setProblem(undefined);
    setColumns((current) => {
      const next = { ...current };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dayOrder === undefined) {
      setProblem('Say how dates such as 03/04/2025 are written: day first or month first.');
      return;
    }
    const mapping: ColumnMapping = { columns, dayOrder };
    const reason = mappingProblem(mapping);
    if (reason) {
      setProblem(reason);
      return;
    }
    onConfirm(mapping, remember);
  };

  const dateColumn = columns.date;
  const previewDates = sample.rows
    .map((row) => (dateColumn === undefined ? '' : (row[dateColumn] ?? '').trim()))
    .filter((value) => value !== '')
    .slice(0, 3);

  return (
    <section className="column-mapping" aria-labelledby={headingId} ref={regionRef} tabIndex={-1}>
      <h2 id={headingId}>Choose the columns of {sample.fileName}</h2>
      <p>
        This file is not in a layout the app knows. The columns below are a guess from their names and values: check them, change
        any that are wrong, and load the file. Nothing leaves this browser.
      </p>

      {/* Focusable: the preview scrolls sideways in a narrow panel, and keyboard readers must reach it. */}
      <div className="column-mapping-preview" tabIndex={0} role="region" aria-label="Preview of the first rows">
        <table>
          <caption>First rows of {sample.fileName}</caption>
          <thead>
            <tr>
              {sample.header.map((_, index) => (
                <th key={index} scope="col">
                  {columnName(index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {sample.header.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form onSubmit={submit} noValidate>
        <div className="column-mapping-fields">
          {MAPPING_FIELDS.map((field) => {
            const selectId = `${headingId}-${field}`;
            const example = firstValue(columns[field]);
            return (
              <div key={field} className="column-mapping-field">
                <label htmlFor={selectId}>{MAPPING_FIELD_LABELS[field]}</label>
                <select id={selectId} value={columns[field] ?? ''} onChange={(event) => choose(field, event.target.value)}>
                  <option value="">(none)</option>
                  {sample.header.map((_, index) => (
                    <option key={index} value={index}>
                      {columnName(index)}
                    </option>
                  ))}
                </select>
                {example !== undefined && <span className="column-mapping-example">e.g. {example.slice(0, 60)}</span>}
              </div>
            );
          })}
        </div>

        {proposal.dayOrderAmbiguous && (
          <fieldset className="column-mapping-order">
            <legend>How are dates such as {previewDates[0] ?? '03/04/2025'} written?</legend>
            {(['day-first', 'month-first'] as const).map((order) => (
              <label key={order}>
                <input type="radio" name={`${headingId}-order`} checked={dayOrder === order} onChange={() => setDayOrder(order)} />
                {order === 'day-first' ? 'Day first (day/month/year)' : 'Month first (month/day/year, US)'}:{' '}
                <span className="column-mapping-example">{previewDates.map((text) => readAs(text, order)).join('; ')}</span>
              </label>
            ))}
          </fieldset>
        )}

        <label className="column-mapping-remember">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          Remember these columns for {rememberFor ?? sample.fileName} in this browser
        </label>

        {problem && (
          <p role="alert" className="column-mapping-problem">
            {problem}
          </p>
        )}
        <div className="column-mapping-actions">
          <button type="submit">Load with these columns</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/** "03/04/2025 → 3 April 2025", or why it cannot be read that way. */
function readAs(text: string, order: DayOrder): string {
  const reading = readMappedDate(text, order);
  if (!reading.ok) return `${text} → not a date`;
  const day = toDayNumber(reading.date);
  return day === null ? text : `${text} → ${formatDay(day)}`;
}
