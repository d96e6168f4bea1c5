/**
 * Reads the committed default dataset and its copied sources from the repository, never from
 * ../shared, so that the data tests run the same on a fresh CI clone.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import type { Dataset } from '../../src/domain/core/model';

// A string, not `new URL(...)`: under jsdom the global URL is not Node's and file URLs fail.
export const REPO_ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
export const EVENTS_JSON_PATH = `${REPO_ROOT}public/data/events.json`;

export function readRepoFile(relativePath: string): string {
  return readFileSync(`${REPO_ROOT}${relativePath}`, 'utf8');
}

/** The default events file as decoded JSON (a fresh copy on every call, safe to mutate). */
export function rawEventsFile(): unknown {
  return JSON.parse(readFileSync(EVENTS_JSON_PATH, 'utf8'));
}

/** The default events file parsed the way the app parses it; fails loudly if anything is rejected. */
export function loadDefaultDataset(): Dataset {
  const { dataset, rejected } = parseDataset(rawEventsFile());
  if (rejected.length > 0) throw new Error(`default dataset rejected items: ${JSON.stringify(rejected)}`);
  return dataset;
}

/** The fact sheet's rows, each a column-name → cell map, as papaparse reads the CSV. */
export function factSheetRows(): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readRepoFile('data/sources/fact-sheet-events.csv'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return parsed.data;
}

/** public/data/stories.json as decoded JSON (a fresh copy on every call). */
export function rawStoriesFile(): unknown {
  return JSON.parse(readRepoFile('public/data/stories.json'));
}
