import { isCancelledError, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { dataQueryOptions } from '../../api/data-query';
import { describeError } from '../../domain/core/problem';
import type { LoadedEvents } from '../../api/load-data';
import { NeedsColumnMapping, type ColumnMapping } from '../../domain/importers/column-mapping';
import { MAX_IMPORT_BYTES } from '../../domain/importers/import-types';
import { backToDefaultData, changeDataColumns, fileSource, showOpenedFile, type DataSource, type FileSource } from '../../state/data-source';
import { loadSavedMapping, saveMapping } from '../../state/saved-mappings';
import { pageUrl } from '../../state/url';
import { ColumnMappingStep, type MappingSample } from './column-mapping';
import { ImportSummary } from './import-summary';
import { useFileDrop } from './use-file-drop';
import './data-files.css';
import { useT } from '../../state/i18n';

const ACCEPT = '.json,.csv,.geojson,.txt,.xlsx';

/** Set while a mapped file loads: the panel shown with the new data puts the focus back on Open file…. */
let refocusAfterLoad = false;

/**
 * "Bring your own data": open a file (picker or drop anywhere on the page; read in this browser,
 * never uploaded), see what loaded and what did not, and go back to the default data.
 * A file that cannot be read leaves the data on screen as it was and says why, once.
 */
export function DataPanel({ source, loaded }: { source: DataSource; loaded: LoadedEvents | undefined }) {
  const queryClient = useQueryClient();
  const tr = useT();
  const { t } = tr;
  // The file being read: loaded through the same query as every source, and shown only once it
  // has loaded, so a file that cannot be read leaves the data on screen as it was.
  const [pending, setPending] = useState<FileSource | undefined>();
  // The error itself, put in words when shown: it follows a language switch.
  const [failure, setFailure] = useState<{ name: string; error: unknown } | undefined>();
  // A CSV in no known layout waiting for the reader's column choices.
  const [mappingStep, setMappingStep] = useState<{ file: File; sample: MappingSample; initial?: ColumnMapping } | undefined>();
  const openInputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const open = useCallback(
    /** `askAgain`: show the mapping step with these choices, not the remembered ones ("Change columns…"). */
    async (file: File, mapping?: ColumnMapping, askAgain?: ColumnMapping) => {
      setFailure(undefined);
      setMappingStep(undefined);
      let chosen = mapping;
      // A second round only when the file needs columns chosen and this browser remembers them.
      for (let round = 0; round < 2; round++) {
        const next = fileSource(file, file.name, chosen);
        setPending(next);
        try {
          const loaded = await queryClient.fetchQuery(dataQueryOptions(next, pageUrl()));
          showOpenedFile(next, loaded.index);
          return;
        } catch (error) {
          if (error instanceof NeedsColumnMapping && chosen === undefined) {
            chosen = askAgain ? undefined : loadSavedMapping(file.name, error.header);
            if (chosen) continue;
            setMappingStep(askAgain ? { file, sample: error, initial: askAgain } : { file, sample: error });
          } else if (!isCancelledError(error)) {
            // Cancelled by the reader: nothing to report.
            setFailure({ name: file.name, error });
          }
          return;
        } finally {
          setPending((current) => (current === next ? undefined : current));
        }
      }
    },
    [queryClient],
  );
  // Focus goes back to "Open file…" when the mapping step closes; while the file then loads that
  // input is disabled (and drops focus), so it is focused again once the load has ended, also in
  // the panel the dashboard builds anew for the new data (hence the module-level flag).
  const refocusOpen = useRef(refocusAfterLoad);
  const closeMapping = useCallback(
    (then?: { file: File; mapping: ColumnMapping }) => {
      setMappingStep(undefined);
      openInputRef.current?.focus();
      if (then) {
        refocusOpen.current = true;
        refocusAfterLoad = true;
        void open(then.file, then.mapping);
      }
    },
    [open],
  );
  const cancel = useCallback(() => {
    if (pending) void queryClient.cancelQueries({ queryKey: dataQueryOptions(pending, pageUrl()).queryKey });
    setPending(undefined);
  }, [pending, queryClient]);
  const dragging = useFileDrop((file) => void open(file));
  const reading = pending?.name;
  useEffect(() => {
    if (reading !== undefined || !refocusOpen.current) return;
    refocusOpen.current = false;
    refocusAfterLoad = false;
    const active = document.activeElement;
    if (active === null || active === document.body) openInputRef.current?.focus();
  }, [reading]);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so that choosing the same file again (after fixing it) opens it again.
    event.target.value = '';
    if (file) void open(file);
  };

  const report = source.kind === 'default' ? undefined : loaded?.report;

  return (
    <section className="data-panel" aria-label={t('data.label')}>
      <div className="data-panel-open">
        <label className="data-open-button">
          {t('data.open')}
          <input ref={openInputRef} type="file" accept={ACCEPT} onChange={onPick} aria-describedby={hintId} disabled={reading !== undefined} />
        </label>
        <p id={hintId} className="data-hint">
          {t('data.hint', { mb: MAX_IMPORT_BYTES / (1024 * 1024) })}
        </p>
      </div>

      <div className="data-panel-status" aria-live="polite">
        {source.kind === 'default' && <p className="data-current">{t('data.default')}</p>}
        {source.kind === 'url' && !report && <p className="data-current">{t('data.fromUrl', { url: source.url })}</p>}
        {loaded && report && <ImportSummary loaded={loaded} report={report} />}
      </div>
      {source.kind !== 'default' && (
        <button type="button" onClick={backToDefaultData}>
          {source.kind === 'file' ? t('data.closeFile') : t('data.backToDefault')}
        </button>
      )}
      {source.kind === 'url' && source.mapping && (
        <button type="button" onClick={() => source.mapping && changeDataColumns(source.url, source.mapping)}>
          {t('data.changeColumns')}
        </button>
      )}
      {source.kind === 'file' && source.mapping && !mappingStep && (
        <button type="button" disabled={reading !== undefined} onClick={() => void open(new File([source.file], source.name), undefined, source.mapping)}>
          {t('data.changeColumns')}
        </button>
      )}

      {reading !== undefined && (
        <div role="status" className="data-reading">
          <p>{t('data.reading', { name: reading })}</p>
          <button type="button" onClick={cancel}>
            {t('data.cancel')}
          </button>
        </div>
      )}
      {mappingStep && (
        <ColumnMappingStep
          key={mappingStep.file.name + mappingStep.sample.header.join(',')}
          sample={mappingStep.sample}
          {...(mappingStep.initial ? { initial: mappingStep.initial } : {})}
          onConfirm={(mapping, remember) => {
            const { file, sample } = mappingStep;
            saveMapping(file.name, sample.header, remember ? mapping : undefined);
            closeMapping({ file, mapping });
          }}
          onCancel={() => closeMapping()}
        />
      )}
      {failure && (
        <div role="alert" className="data-failure">
          <p>
            <strong>{t('data.couldNotOpen', { name: failure.name })}</strong> {describeError(failure.error, tr)}
          </p>
          <p>{t('data.unchanged')}</p>
        </div>
      )}
      {dragging && (
        <div className="data-drop-hint" aria-hidden="true">
          <p>{t('data.drop')}</p>
        </div>
      )}
    </section>
  );
}
