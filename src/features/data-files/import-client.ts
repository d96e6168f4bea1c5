/**
 * Runs an import in the Web Worker when the browser has one (the page stays responsive while a
 * big file is parsed) and on the main thread otherwise (jsdom tests, very old browsers).
 */
import { buildEventIndex } from '../../domain/core/event-index';
import { checkImportSize, importBlob } from '../../domain/importers/import-blob';
import type { ImportReply, ImportResult } from '../../domain/importers/import-types';
import { DatasetFormatError } from '../../domain/core/parse-dataset';
import type { OpenedData } from '../../state/data-source';

/** Imports a File or downloaded Blob; rejects with the one clear message of a file that is not data. */
export async function importInBackground(file: Blob, fileName: string, label = fileName): Promise<OpenedData> {
  checkImportSize(file.size, fileName);
  const result = typeof Worker === 'undefined' ? await importBlob(file, fileName) : await importInWorker(file, fileName);
  return {
    result,
    label,
    loaded: { index: buildEventIndex(result.dataset), rejected: result.rejected, sourceLabel: label },
  };
}

function importInWorker(file: Blob, fileName: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new DatasetFormatError(event.data.message));
    };
    worker.onerror = (event) => {
      // A worker that cannot start (blocked by a policy) must not stop the import: read it here instead.
      event.preventDefault();
      worker.terminate();
      importBlob(file, fileName).then(resolve, reject);
    };
    worker.postMessage({ file, fileName });
  });
}
