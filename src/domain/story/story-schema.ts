/**
 * The stories file (public/data/stories.json) as zod schemas. Each story is checked on its own:
 * a broken story is dropped and reported, the others still load, so a new story can be added
 * by editing the file, without code.
 */
import '../core/zod-config';
import * as z from 'zod';
import { calendarDateSchema, KEBAB_ID, sourceSchema, translationsSchema } from '../core/dataset-schema';
import { problem, ProblemError, type Problem } from '../core/problem';
import { issuePath, problemOfIssue, REPORT_INPUT, schemaMessage } from '../core/schema-problems';

const kebabId = z.string().regex(KEBAB_ID, schemaMessage('problem.schema.kebabId'));
const nonEmptyText = z.string().trim().min(1, schemaMessage('problem.schema.notEmpty'));

/** What a step shows: the filters it sets and the event it selects (the map follows the selection). */
export const storyViewSchema = z
  .object({
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    categories: z.array(kebabId).optional(),
    actors: z.array(kebabId).optional(),
    event: nonEmptyText.optional(),
    place: kebabId.optional(),
  })
  .refine((view) => view.from === undefined || view.to === undefined || view.from <= view.to, {
    ...schemaMessage('problem.schema.toBeforeFrom'),
    path: ['to'],
  });

// Translations follow the data contract's pattern (language tag → text; pick with pickLocalized).
export const storyStepSchema = z.object({
  title: nonEmptyText,
  title_i18n: translationsSchema.optional(),
  text: nonEmptyText,
  text_i18n: translationsSchema.optional(),
  sources: z.array(sourceSchema).min(1, schemaMessage('problem.schema.stepNoSource')),
  view: storyViewSchema,
});

export const storySchema = z.object({
  id: kebabId,
  title: nonEmptyText,
  title_i18n: translationsSchema.optional(),
  summary: z.string().optional(),
  summary_i18n: translationsSchema.optional(),
  steps: z.array(storyStepSchema).min(1, schemaMessage('problem.schema.noSteps')),
});

export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;

export interface ParsedStories {
  stories: Story[];
  /** One per story that was dropped, saying why (shown in the reader's language). */
  problems: Problem[];
}

const fileSchema = z.object({ schemaVersion: z.literal(1), stories: z.array(z.unknown()) });

/**
 * Validates a parsed stories file story by story; throws only when the file itself is not a
 * stories file (wrong shape or version).
 */
export function parseStoriesFile(json: unknown): ParsedStories {
  const file = fileSchema.safeParse(json, REPORT_INPUT);
  if (!file.success) throw new ProblemError(firstIssue('problem.stories.notStoriesFile', {}, file.error.issues));
  const stories: Story[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  file.data.stories.forEach((item, i) => {
    const result = storySchema.safeParse(item, REPORT_INPUT);
    if (!result.success) {
      problems.push(firstIssue('problem.stories.storySkipped', { story: i + 1 }, result.error.issues));
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push(problem('problem.stories.duplicateId', { story: i + 1, id: result.data.id }));
      return;
    }
    seen.add(result.data.id);
    stories.push(result.data);
  });
  return { stories, problems };
}

/** The first issue (where it is, and why) inside the problem `id`: one clear fix at a time. */
function firstIssue(
  id: 'problem.stories.notStoriesFile' | 'problem.stories.storySkipped',
  values: Readonly<Record<string, number>>,
  issues: readonly z.core.$ZodIssue[],
): Problem {
  const first = issues[0];
  return first === undefined
    ? problem(id, { ...values, path: '(whole item)' }, problem('problem.schema.invalid'))
    : problem(id, { ...values, path: issuePath(first) }, problemOfIssue(first));
}
