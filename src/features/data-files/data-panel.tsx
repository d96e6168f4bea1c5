import { useCallback, useId, useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES } from '../../domain/importers/import-types';
import { backToDefaultData, showOpenedData, type DataSource, type OpenedData } from '../../state/data-source';
import { ImportSummary } from './import-summary';
import { importInBackground } from './import-client';
import { useFileDrop } from './use-file-drop';
import './data-files.css';

const ACCEPT = '.json,.csv,.geojson,.txt';

/**
 * "Bring your own data": open a file (picker or drop anywhere on the page; read in this browser,
 * never uploaded), see what loaded and what did not, and go back to the default data.
 * A file that cannot be read leaves the data on screen as it was and says why, once.
 */
export function DataPanel({ source, urlData }: { source: DataSource; urlData: OpenedData | undefined }) {
  const [reading, setReading] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ name: string; message: string } | undefined>();
  const hintId = useId();

  const open = useCallback(async (file: File) => {
    setFailure(undefined);
    setReading(file.name);
    try {
      showOpenedData(await importInBackground(file, file.name));
    } catch (error) {
      setFailure({ name: file.name, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(undefined);
    }
  }, []);
  const dragging = useFileDrop((file) => void open(file));

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so that choosing the same file again (after fixing it) opens it again.
    event.target.value = '';
    if (file) void open(file);
  };

  const current = source.kind === 'file' ? source.opened : source.kind === 'url' ? urlData : undefined;

  return (
    <section className="data-panel" aria-label="Data">
      <div className="data-panel-open">
        <label className="data-open-button">
          Open file…
          <input type="file" accept={ACCEPT} onChange={onPick} aria-describedby={hintId} disabled={reading !== undefined} />
        </label>
        <p id={hintId} className="data-hint">
          or drop one on the page: ACLED CSV, TimelineJS JSON or sheet, GeoJSON points, or this app's JSON or CSV (up to{' '}
          {MAX_IMPORT_BYTES / (1024 * 1024)} MB). Files are read in this browser and never uploaded.
        </p>
      </div>

      <div className="data-panel-status" aria-live="polite">
        {source.kind === 'default' && <p className="data-current">Showing the default dataset.</p>}
        {source.kind === 'url' && !current && <p className="data-current">Data from {source.url}</p>}
        {current && <ImportSummary data={current} />}
      </div>
      {source.kind !== 'default' && (
        <button type="button" onClick={backToDefaultData}>
          Back to default data
        </button>
      )}

      {reading !== undefined && (
        <p role="status" className="data-reading">
          Reading {reading}…
        </p>
      )}
      {failure && (
        <div role="alert" className="data-failure">
          <p>
            <strong>Could not open {failure.name}.</strong> {failure.message}
          </p>
          <p>The data on screen has not changed.</p>
        </div>
      )}
      {dragging && (
        <div className="data-drop-hint" aria-hidden="true">
          <p>Drop the file to open it</p>
        </div>
      )}
    </section>
  );
}
