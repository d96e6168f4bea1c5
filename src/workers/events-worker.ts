/**
 * Fetches and parses an events file off the main thread, then sends the records back in
 * chunks so that no single message blocks the page while it is unpacked.
 */
import { DatasetFormatError, parseDatasetText } from '../domain/core/parse-dataset';
import { eventSearchText } from '../domain/core/search-text';
import type { WorkerReply, WorkerRequest } from './events-worker-protocol';

const CHUNK = 5_000;

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { url } = message.data;
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return post({ type: 'error', kind: 'http', status: response.status, message: '' });
    text = await response.text();
  } catch (error) {
    return post({ type: 'error', kind: 'network', status: 0, message: error instanceof Error ? error.message : String(error) });
  }
  try {
    const { dataset, rejected } = parseDatasetText(text);
    // Search text is built here too, so the first search on the page does not stall it.
    const placeById = new Map(dataset.places.map((place) => [place.id, place]));
    const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
    for (let start = 0; start < dataset.events.length; start += CHUNK) {
      const events = dataset.events.slice(start, start + CHUNK);
      post({ type: 'events', events, searchTexts: events.map((event) => eventSearchText(event, placeById, actorById)) });
    }
    post({ type: 'done', meta: dataset.meta, actors: dataset.actors, places: dataset.places, rejected });
  } catch (error) {
    const kind = error instanceof DatasetFormatError ? 'format' : 'unexpected';
    post({ type: 'error', kind, status: 0, message: error instanceof Error ? error.message : String(error) });
  }
};
