/**
 * The import worker: a thin wrapper that runs `importBlob` off the main thread, so a large
 * file never freezes the page. All the logic lives in src/domain/importers (tested in jsdom).
 */
import { importBlob } from '../domain/importers/import-blob';
import type { ImportReply, ImportRequest } from '../domain/importers/import-types';

function reply(message: ImportReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { file, fileName } = event.data;
  importBlob(file, fileName).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
