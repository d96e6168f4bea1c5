/** Finds the journeys: every `journeys/*.ts` file, every exported journey function or `{ name, run }` list. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Journey, JourneyContext } from './types';

export interface FoundJourney extends Journey {
  /** "file › name", what the runner prints. */
  title: string;
  /** File-safe form of the title, for screenshots. */
  slug: string;
}

type JourneyFunction = (ctx: JourneyContext) => Promise<void>;

function isJourneyFunction(value: unknown): value is JourneyFunction {
  return typeof value === 'function';
}

function isJourney(value: unknown): value is Journey {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'run' in value &&
    typeof value.run === 'function'
  );
}

/**
 * "loadsTheDashboard" → "loads the dashboard".
 * @example humanize('rejectsBadJson') // 'rejects bad json'
 */
export function humanize(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * "robustness › A 404 shows Retry" → "robustness-a-404-shows-retry".
 * @example slugify('a › B c') // 'a-b-c'
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Imports every journey file in `dir` (sorted by file name) and lists its journeys, optionally filtered. */
export async function loadJourneys(dir: string, filters: readonly string[] = []): Promise<FoundJourney[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  const found: FoundJourney[] = [];
  for (const file of files) {
    const namespace: Record<string, unknown> = await import(pathToFileURL(path.join(dir, file)).href);
    const base = file.replace(/\.ts$/, '');
    const add = (name: string, run: JourneyFunction) => {
      const title = `${base} › ${name}`;
      found.push({ name, run, title, slug: slugify(title) });
    };
    for (const [exportName, value] of Object.entries(namespace)) {
      if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => {
          if (!isJourney(item)) throw new Error(`${file}: item ${i} of \`${exportName}\` is not a { name, run } journey`);
          add(item.name, (ctx) => item.run(ctx));
        });
      } else if (isJourney(value)) {
        add(value.name, (ctx) => value.run(ctx));
      } else if (isJourneyFunction(value)) {
        add(humanize(exportName), value);
      } else {
        // Helpers belong in lib/: a stray export here is most likely a journey written wrong.
        throw new Error(`${file}: export \`${exportName}\` is neither a journey function nor a list of { name, run }`);
      }
    }
  }
  const titles = new Set<string>();
  for (const journey of found) {
    if (titles.has(journey.title)) throw new Error(`two journeys are called "${journey.title}"`);
    titles.add(journey.title);
  }
  if (filters.length === 0) return found;
  return found.filter((journey) => filters.some((filter) => journey.title.toLowerCase().includes(filter.toLowerCase())));
}
