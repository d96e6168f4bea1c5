/**
 * The guided stories (public/data/stories.json): fetched once, validated story by story in the
 * queryFn, cached for the session. A missing stories file only hides the story panel.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { problem, ProblemError } from '../domain/core/problem';
import { parseStoriesFile, type ParsedStories } from '../domain/story/story-schema';

export const DEFAULT_STORIES_URL = `${import.meta.env.BASE_URL}data/stories.json`;

/** Downloads and validates the stories file. Throws a ProblemError (shown in the reader's language) when it cannot. */
export async function fetchStories(url: string, signal?: AbortSignal): Promise<ParsedStories> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ProblemError(problem('problem.stories.unreachable', { url }), { cause: error });
  }
  if (!response.ok) throw new ProblemError(problem('problem.stories.status', { status: String(response.status) }));
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ProblemError(problem('problem.stories.notJson'), { cause: error });
  }
  return parseStoriesFile(json);
}

/** The stories file as a query: a static file, so never stale and never refetched on focus. */
export function storiesQueryOptions(url: string = DEFAULT_STORIES_URL) {
  return queryOptions({
    queryKey: ['stories', url] as const,
    queryFn: ({ signal }) => fetchStories(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
    refetchOnWindowFocus: false,
  });
}

export function useStories(url?: string) {
  return useQuery(storiesQueryOptions(url));
}
