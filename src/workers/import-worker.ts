/**
 * The import worker: a thin wrapper that runs `importBlob` off the main thread, so a large
 * file never freezes the page. All the logic lives in src/domain/importers (tested in jsdom).
 * A `{ cancel: true }` message stops the import between CSV chunks.
 */
import { importBlob } from '../domain/importers/import-blob';
import type { ImportCancel, ImportReply, ImportRequest } from '../domain/importers/import-types';

function reply(message: ImportReply): void {
  self.postMessage(message);
}

let current: AbortController | undefined;

self.onmessage = (event: MessageEvent<ImportRequest | ImportCancel>) => {
  const message = event.data;
  if ('cancel' in message) {
    current?.abort();
    return;
  }
  const controller = new AbortController();
  current = controller;
  importBlob(message.file, message.fileName, { signal: controller.signal }).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
