/**
 * The stories file (public/data/stories.json) as zod schemas. Each story is checked on its own:
 * a broken story is dropped and reported, the others still load, so a new story can be added
 * by editing the file, without code.
 */
import '../core/zod-config';
import * as z from 'zod';
import { calendarDateSchema, KEBAB_ID, sourceSchema, translationsSchema } from '../core/dataset-schema';

const kebabId = z.string().regex(KEBAB_ID, { message: 'must be a lowercase kebab-case id' });
const nonEmptyText = z.string().trim().min(1, { message: 'must not be empty' });

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
    message: 'to must not be before from',
    path: ['to'],
  });

// Translations follow the data contract's pattern (language tag → text; pick with pickLocalized).
export const storyStepSchema = z.object({
  title: nonEmptyText,
  title_i18n: translationsSchema.optional(),
  text: nonEmptyText,
  text_i18n: translationsSchema.optional(),
  sources: z.array(sourceSchema).min(1, { message: 'every step needs at least one source' }),
  view: storyViewSchema,
});

export const storySchema = z.object({
  id: kebabId,
  title: nonEmptyText,
  title_i18n: translationsSchema.optional(),
  summary: z.string().optional(),
  summary_i18n: translationsSchema.optional(),
  steps: z.array(storyStepSchema).min(1, { message: 'a story needs at least one step' }),
});

export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;

export interface ParsedStories {
  stories: Story[];
  /** One line per story that was dropped, saying why. */
  problems: string[];
}

const fileSchema = z.object({ schemaVersion: z.literal(1), stories: z.array(z.unknown()) });

/**
 * Validates a parsed stories file story by story; throws only when the file itself is not a
 * stories file (wrong shape or version).
 */
export function parseStoriesFile(json: unknown): ParsedStories {
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    throw new Error(`Not a stories file: ${describeIssues(file.error.issues)}`);
  }
  const stories: Story[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  file.data.stories.forEach((item, i) => {
    const result = storySchema.safeParse(item);
    if (!result.success) {
      problems.push(`Story ${i + 1} was skipped: ${describeIssues(result.error.issues)}`);
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push(`Story ${i + 1} was skipped: the id "${result.data.id}" is already used.`);
      return;
    }
    seen.add(result.data.id);
    stories.push(result.data);
  });
  return { stories, problems };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message))
    .join('; ');
}
