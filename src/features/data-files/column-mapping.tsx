import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDay, toDayNumber } from '../../domain/core/calendar-date';
import {
  MAPPING_FIELDS,
  mappingProblem,
  proposeMapping,
  type ColumnMapping,
  type DayOrder,
  type MappingField,
} from '../../domain/importers/column-mapping';
import { readMappedDate } from '../../domain/importers/mapped-dates';
import type { Translator } from '../../domain/core/i18n/translator';
import { describeProblem, type Problem } from '../../domain/core/problem';
import { useT } from '../../state/i18n';
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
  const tr = useT();
  const { t } = tr;
  const proposal = useMemo(() => proposeMapping(sample.header, sample.rows), [sample]);
  const [columns, setColumns] = useState(initial?.columns ?? proposal.mapping.columns);
  const [dayOrder, setDayOrder] = useState<DayOrder | undefined>(initial?.dayOrder ?? (proposal.dayOrderAmbiguous ? undefined : proposal.mapping.dayOrder));
  const [remember, setRemember] = useState(true);
  // Kept as data and put in words when shown, so it follows a language switch.
  const [problem, setProblem] = useState<Problem | 'sayOrder' | undefined>();
  const headingId = useId();
  const regionRef = useRef<HTMLElement>(null);

  useEffect(() => regionRef.current?.focus(), []);

  const columnName = (index: number) => sample.header[index]?.trim() || t('mapping.column', { number: index + 1 });
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
      setProblem('sayOrder');
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
      <h2 id={headingId}>{t('mapping.heading', { file: sample.fileName })}</h2>
      <p>{t('mapping.intro')}</p>

      {/* Focusable: the preview scrolls sideways in a narrow panel, and keyboard readers must reach it. */}
      <div className="column-mapping-preview" tabIndex={0} role="region" aria-label={t('mapping.preview')}>
        <table>
          <caption>{t('mapping.previewCaption', { file: sample.fileName })}</caption>
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
                <label htmlFor={selectId}>{t(`mapping.field.${field}`)}</label>
                <select id={selectId} value={columns[field] ?? ''} onChange={(event) => choose(field, event.target.value)}>
                  <option value="">{t('mapping.none')}</option>
                  {sample.header.map((_, index) => (
                    <option key={index} value={index}>
                      {columnName(index)}
                    </option>
                  ))}
                </select>
                {example !== undefined && <span className="column-mapping-example">{t('mapping.example', { value: example.slice(0, 60) })}</span>}
              </div>
            );
          })}
        </div>

        {proposal.dayOrderAmbiguous && (
          <fieldset className="column-mapping-order">
            <legend>{t('mapping.orderQuestion', { example: previewDates[0] ?? '03/04/2025' })}</legend>
            {(['day-first', 'month-first'] as const).map((order) => (
              <label key={order}>
                <input type="radio" name={`${headingId}-order`} checked={dayOrder === order} onChange={() => setDayOrder(order)} />
                {order === 'day-first' ? t('mapping.dayFirst') : t('mapping.monthFirst')}:{' '}
                <span className="column-mapping-example">{previewDates.map((text) => readAs(text, order, tr)).join('; ')}</span>
              </label>
            ))}
          </fieldset>
        )}

        <label className="column-mapping-remember">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          {t('mapping.remember', { file: rememberFor ?? sample.fileName })}
        </label>

        {problem && (
          <p role="alert" className="column-mapping-problem">
            {problem === 'sayOrder' ? t('mapping.sayOrder') : describeProblem(problem, tr)}
          </p>
        )}
        <div className="column-mapping-actions">
          <button type="submit">{t('mapping.load')}</button>
          <button type="button" onClick={onCancel}>
            {t('data.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** "03/04/2025 → 3 April 2025", or why it cannot be read that way. */
function readAs(text: string, order: DayOrder, tr: Translator): string {
  const reading = readMappedDate(text, order);
  if (!reading.ok) return tr.t('mapping.notADate', { text });
  const day = toDayNumber(reading.date);
  return day === null ? text : `${text} → ${formatDay(day, tr.locale)}`;
}
