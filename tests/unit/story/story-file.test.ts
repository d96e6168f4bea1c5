/** The shipped stories file against the shipped events file: valid, and every id it names exists. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { parseDatasetText } from '../../../src/domain/core/parse-dataset';
import { parseStoriesFile } from '../../../src/domain/story/story-schema';
import { storyProblems } from '../../../src/domain/story/story';

// A path string, not `new URL(...)`: under jsdom the global URL is not Node's.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');

describe('public/data/stories.json', () => {
  const { stories, problems } = parseStoriesFile(JSON.parse(read('public/data/stories.json')));
  const index = buildEventIndex(parseDatasetText(read('public/data/events.json')).dataset);

  it('has no broken story', () => {
    expect(problems).toEqual([]);
    expect(stories.length).toBeGreaterThan(0);
  });

  it('names only events, categories and places that the default dataset has', () => {
    for (const story of stories) expect(storyProblems(story, index)).toEqual([]);
  });

  it('each step selects an event that lies inside the dates the step shows', () => {
    for (const story of stories) {
      for (const step of story.steps) {
        const position = step.view.event === undefined ? undefined : index.byId.get(step.view.event);
        expect(position).toBeDefined();
        const event = index.events[position!]!;
        // Overlap, as the date filter counts it: starts by the end of the range, ends after its start.
        if (step.view.from) expect(event.endDay).toBeGreaterThanOrEqual(toDayNumber(step.view.from) ?? Infinity);
        if (step.view.to) expect(event.startDay).toBeLessThanOrEqual(toDayNumber(step.view.to) ?? -Infinity);
      }
    }
  });

  it('tells every story and step in Ukrainian and Russian, keeping numbers and marking translated quotations', () => {
    const numbersIn = (text: string) => (text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).join(' ');
    for (const story of stories) {
      const texts: [string, Readonly<Record<string, string>> | undefined][] = [
        [story.title, story.title_i18n],
        [story.summary ?? '', story.summary_i18n],
        ...story.steps.flatMap((step): [string, Readonly<Record<string, string>> | undefined][] => [[step.title, step.title_i18n], [step.text, step.text_i18n]]),
      ];
      for (const [english, translations] of texts) {
        for (const [lang, marker] of [['uk', '[переклад]'], ['ru', '[перевод]']] as const) {
          const translated = translations?.[lang] ?? '';
          expect(translated, `${lang} of "${english.slice(0, 40)}"`).not.toBe('');
          expect(numbersIn(translated)).toBe(numbersIn(english));
          if (english.includes('“')) expect(translated).toContain(marker);
        }
      }
    }
  });

  it('cites the seed article by the title the events file uses for it', () => {
    const titles = stories.flatMap((story) => story.steps.flatMap((step) => step.sources.map((source) => source.title)));
    expect(titles).toContain('Source article, 2026-02-04');
  });
});
