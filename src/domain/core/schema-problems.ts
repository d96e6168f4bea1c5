/**
 * zod's issues as Problems. The schemas' own messages are problem ids (`schemaMessage`), so a
 * refinement's wording lives once, in the catalogs; zod's built-in checks (a missing field, a
 * number out of range, an unknown option) are read from the issue's code and details.
 */
import type * as z from 'zod';
import { problem, type Problem, type ProblemId } from './problem';

/**
 * A schema message naming a problem: `.refine(test, schemaMessage('problem.schema.notEmpty'))`.
 * Typed, so a misspelt id is a compile error rather than a message nobody can translate.
 */
export function schemaMessage(id: ProblemId, params?: Readonly<Record<string, string>>): { message: string; params?: Record<string, string> } {
  return params === undefined ? { message: id } : { message: id, params: { ...params } };
}

/**
 * Parse options for every safeParse whose issues reach a reader: zod then keeps the input on each
 * issue, which is how a missing field ("is missing") is told from a wrong one ("must be text").
 */
export const REPORT_INPUT = { reportInput: true } as const;

/** Where an issue is in the item: "sources.0.url", or "(whole item)". */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(whole item)' : issue.path.map(String).join('.');
}

/** The problem an issue describes (its place in the item is `issuePath`). */
export function problemOfIssue(issue: z.core.$ZodIssue): Problem {
  if (issue.message.startsWith('problem.')) {
    // Written by schemaMessage, so a ProblemId; a custom issue may carry its values as params.
    const params = issue.code === 'custom' ? issue.params : undefined;
    return problem(issue.message as ProblemId, params === undefined ? undefined : stringValues(params));
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? problem('problem.schema.missing') : problem('problem.schema.wrongType', { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return problem('problem.schema.tooShort', { minimum });
      return problem(issue.origin === 'array' ? 'problem.schema.tooFewItems' : 'problem.schema.tooSmall', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return problem('problem.schema.tooLong', { maximum });
      return problem(issue.origin === 'array' ? 'problem.schema.tooManyItems' : 'problem.schema.tooBig', { maximum });
    }
    case 'invalid_value':
      return problem('problem.schema.notOneOf', { options: issue.values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ') });
    case 'invalid_union':
      return problem('problem.schema.noFormFits');
    case 'invalid_format':
      return problem('problem.schema.badFormat');
    default:
      return problem('problem.schema.invalid');
  }
}

function stringValues(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}
