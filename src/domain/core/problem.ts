/**
 * Problems as data: what is wrong with a file, a row or a download, as a message id and its
 * values, never as English text. The importers run in the data worker, which must stay free of
 * the catalogs (only their types are imported here), so they say *which* problem; the page says it
 * in the reader's language (`describeProblem`) when it shows it. A Problem is a plain object, so
 * it survives `postMessage` (a class would not).
 */
import type { MessageId, MessageValues, Translator } from './i18n/translator';

/** The catalog keys that name a problem. */
export type ProblemId = Extract<MessageId, `problem.${string}`>;

export interface Problem {
  readonly id: ProblemId;
  readonly values?: MessageValues;
  /** A problem this one wraps (the message's `{reason}`): "story 2 was skipped: the title is empty". */
  readonly cause?: Problem;
}

/** A problem with its values (left out when there are none, so the object stays small). */
export function problem(id: ProblemId, values?: MessageValues, cause?: Problem): Problem {
  return { id, ...(values === undefined ? {} : { values }), ...(cause === undefined ? {} : { cause }) };
}

/** The problem in the translator's language. */
export function describeProblem(item: Problem, tr: Translator): string {
  const values = item.cause === undefined ? item.values : { ...item.values, reason: describeProblem(item.cause, tr) };
  return tr.t(item.id, values);
}

/**
 * Text for logs and devtools only (the id and the values), since the worker has no catalog to
 * write English with. Nothing a reader sees is built from it.
 * @example problemLogText(problem('problem.file.empty', { fileName: 'a.csv' })) // 'problem.file.empty {"fileName":"a.csv"}'
 */
export function problemLogText(item: Problem): string {
  const values = item.values === undefined ? '' : ` ${JSON.stringify(item.values)}`;
  return `${item.id}${values}${item.cause === undefined ? '' : ` ← ${problemLogText(item.cause)}`}`;
}

/** An error that carries a Problem, so whoever shows it can say it in the reader's language. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    super(problemLogText(problem), options);
  }
}

/** What went wrong, for the reader: the problem in their language, else the error's own message. */
export function describeError(error: unknown, tr: Translator): string {
  if (error instanceof ProblemError) return describeProblem(error.problem, tr);
  return error instanceof Error ? error.message : String(error);
}
