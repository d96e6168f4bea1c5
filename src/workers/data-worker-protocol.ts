/** Messages between the page and the data worker. */
import type { DataRequest, ImportReport } from '../api/read-data';
import type { DatasetMeta } from '../domain/core/dataset-schema';
import type { Actor, Place } from '../domain/core/model';
import type { Rejection } from '../domain/core/parse-dataset';
import type { Problem } from '../domain/core/problem';

export type DataWorkerRequest = DataRequest;

export type ErrorKind = 'http' | 'network' | 'format' | 'needs-mapping' | 'unexpected';

export type DataWorkerReply =
  /**
   * A chunk of events as JSON text: parsing JSON on the page is faster than unpacking the same
   * objects from a structured clone (about a fifth at 150,000 rows), and the records are plain data.
   */
  | { type: 'events'; json: string }
  | { type: 'done'; meta: DatasetMeta; actors: Actor[]; places: Place[]; rejected: Rejection[]; report: ImportReport | undefined }
  /** After 'done', while the page draws: the search texts, in event order, then 'texts-done'. */
  | { type: 'texts'; searchTexts: string[] }
  | { type: 'texts-done' }
  /**
   * The error's class is lost in postMessage, so its kind and its problem (plain data, shown in the
   * reader's language on the page) travel instead. `sample` only with kind 'needs-mapping': the
   * CSV's header and first rows, for the mapping step.
   */
  | { type: 'error'; kind: ErrorKind; status: number; problem: Problem; sample?: { fileName: string; header: string[]; rows: string[][] } };
