/**
 * The data worker: every data source (the default file, `?data=`, an opened file) is read and
 * parsed here, off the main thread, by the same `readData` the page falls back to. The records go
 * back in chunks, so no single message blocks the page while unpacked; their search texts follow.
 */
import { HttpError, NetworkError } from '../api/errors';
import { readData } from '../api/read-data';
import { searchTextBuilder } from '../domain/core/search-text';
import { DatasetFormatError } from '../domain/core/parse-dataset';
import { problem, ProblemError } from '../domain/core/problem';
import { NeedsColumnMapping } from '../domain/importers/column-mapping';
import type { DataWorkerReply, DataWorkerRequest } from './data-worker-protocol';

const CHUNK = 5_000;

const post = (reply: DataWorkerReply) => self.postMessage(reply);

self.onmessage = async (message: MessageEvent<DataWorkerRequest>) => {
  try {
    const { dataset, rejected, report } = await readData(message.data);
    // Search text is built here too, so the first search on the page does not stall it.
    for (let start = 0; start < dataset.events.length; start += CHUNK) post({ type: 'events', json: JSON.stringify(dataset.events.slice(start, start + CHUNK)) });
    post({ type: 'done', meta: dataset.meta, actors: dataset.actors, places: dataset.places, rejected, report });
    // The search texts follow while the page builds its index and draws: they are only needed
    // by the first search, and sending them first held up every view (30 MB at 150,000 rows).
    const searchText = searchTextBuilder(new Map(dataset.places.map((place) => [place.id, place])), new Map(dataset.actors.map((actor) => [actor.id, actor])));
    for (let start = 0; start < dataset.events.length; start += CHUNK) post({ type: 'texts', searchTexts: dataset.events.slice(start, start + CHUNK).map(searchText) });
    post({ type: 'texts-done' });
  } catch (error) {
    const why =
      error instanceof ProblemError ? error.problem : problem('problem.unexpected', { detail: error instanceof Error ? error.message : String(error) });
    if (error instanceof HttpError) post({ type: 'error', kind: 'http', status: error.status, problem: why });
    else if (error instanceof NetworkError) post({ type: 'error', kind: 'network', status: 0, problem: why });
    else if (error instanceof NeedsColumnMapping) {
      const sample = { fileName: error.fileName, header: [...error.header], rows: error.rows.map((row) => [...row]) };
      post({ type: 'error', kind: 'needs-mapping', status: 0, problem: why, sample });
    } else if (error instanceof DatasetFormatError) post({ type: 'error', kind: 'format', status: 0, problem: why });
    else post({ type: 'error', kind: 'unexpected', status: 0, problem: why });
  }
};
