/**
 * What a reader of the English interface reads for a problem, so tests keep asserting the words
 * shown (problems themselves are ids and values; see src/domain/core/problem.ts).
 */
import { ENGLISH } from '../../src/domain/core/i18n/translator';
import type { Rejection } from '../../src/domain/core/parse-dataset';
import { describeError, describeProblem, type Problem } from '../../src/domain/core/problem';

/** The problem in English. */
export function english(problem: Problem): string {
  return describeProblem(problem, ENGLISH);
}

/** A rejection or warning with its reason in English in place of its problem, for toEqual. */
export function withReason(entry: Rejection): Omit<Rejection, 'problem'> & { reason: string } {
  const { problem, ...rest } = entry;
  return { ...rest, reason: english(problem) };
}

/** The English text of what `run` throws (fails the test when it throws nothing). */
export function thrownText(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return describeError(error, ENGLISH);
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** The English text of the error `promise` rejects with. */
export async function rejectionText(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return describeError(error, ENGLISH);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** The English reason of a rejection or warning (undefined when there is none). */
export function reasonOf(entry: Rejection | undefined): string | undefined {
  return entry === undefined ? undefined : english(entry.problem);
}
