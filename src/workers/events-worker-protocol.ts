/** Messages between the page and the events worker. */
import type { DatasetMeta } from '../domain/core/dataset-schema';
import type { Actor, EventRecord, Place } from '../domain/core/model';
import type { Rejection } from '../domain/core/parse-dataset';

export interface WorkerRequest {
  url: string;
}

export type WorkerReply =
  | { type: 'events'; events: EventRecord[]; searchTexts: string[] }
  | { type: 'done'; meta: DatasetMeta; actors: Actor[]; places: Place[]; rejected: Rejection[] }
  | { type: 'error'; kind: 'http' | 'network' | 'format' | 'unexpected'; status: number; message: string };
