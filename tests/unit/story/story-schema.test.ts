import { describe, expect, it } from 'vitest';
import { parseStoriesFile } from '../../../src/domain/story/story-schema';
import { goodStory, storyFile } from './story-fixtures';
import { english, thrownText } from '../../helpers/english-problem';

describe('parseStoriesFile', () => {
  it('accepts a valid story with its steps, sources and views', () => {
    const { stories, problems } = parseStoriesFile(storyFile());
    expect(problems).toEqual([]);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.steps).toHaveLength(3);
    expect(stories[0]?.steps[1]?.view).toEqual({
      from: '2026-02-03',
      to: '2026-02-05',
      categories: ['strike'],
      event: 'strike-2026-02-04-druzhkivka-market',
    });
  });

  it('keeps the translations of a story and its steps, and drops a story with a bad language tag, saying why', () => {
    const story = goodStory();
    const translated = {
      ...story,
      title_i18n: { uk: 'Два раунди в Абу-Дабі', ru: 'Два раунда в Абу-Даби' },
      steps: story.steps.map((step, i) => (i === 0 ? { ...step, title_i18n: { uk: 'Перший раунд' }, text_i18n: { ru: 'Делегации встречаются в Абу-Даби.' } } : step)),
    };
    const { stories, problems } = parseStoriesFile(storyFile([translated, { ...translated, id: 'bad-tag', title_i18n: { Ukrainian: 'x' } }]));
    expect(stories[0]?.title_i18n).toEqual({ uk: 'Два раунди в Абу-Дабі', ru: 'Два раунда в Абу-Даби' });
    expect(stories[0]?.steps[0]).toMatchObject({ title_i18n: { uk: 'Перший раунд' }, text_i18n: { ru: 'Делегации встречаются в Абу-Даби.' } });
    expect(stories[0]?.steps[1]?.title_i18n).toBeUndefined();
    expect(problems.map(english)).toEqual(['Story 2 was skipped: title_i18n.Ukrainian: "Ukrainian" is not a BCP 47 language tag such as uk or uk-UA']);
  });

  it('drops a broken story, says why, and keeps the good ones', () => {
    const noSteps = { ...goodStory('empty'), steps: [] };
    const { stories, problems } = parseStoriesFile(storyFile([noSteps, goodStory('fine')]));
    expect(stories.map((s) => s.id)).toEqual(['fine']);
    expect(problems).toHaveLength(1);
    expect(problems.map(english)).toEqual(['Story 1 was skipped: steps: a story needs at least one step']);
  });

  it.each([
    ['a step without sources', (s: ReturnType<typeof goodStory>) => ({ ...s, steps: [{ ...s.steps[0], sources: [] }] }), /sources/],
    ['a source link that is not http(s)', (s: ReturnType<typeof goodStory>) => ({ ...s, steps: [{ ...s.steps[0], sources: [{ title: 'x', url: 'javascript:alert(1)' }] }] }), /url/],
    ['a date that does not exist', (s: ReturnType<typeof goodStory>) => ({ ...s, steps: [{ ...s.steps[0], view: { from: '2026-02-31' } }] }), /from/],
    ['a range that ends before it starts', (s: ReturnType<typeof goodStory>) => ({ ...s, steps: [{ ...s.steps[0], view: { from: '2026-02-05', to: '2026-02-01' } }] }), /to must not be before from/],
    ['an empty step text', (s: ReturnType<typeof goodStory>) => ({ ...s, steps: [{ ...s.steps[0], text: '  ' }] }), /text/],
    ['an id that is not kebab-case', (s: ReturnType<typeof goodStory>) => ({ ...s, id: 'Abu Dhabi' }), /id/],
  ])('rejects %s', (_name, breakIt, reason) => {
    const { stories, problems } = parseStoriesFile(storyFile([breakIt(goodStory())]));
    expect(stories).toEqual([]);
    expect(problems.map(english)[0]).toMatch(reason);
  });

  it('skips a second story with the same id', () => {
    const { stories, problems } = parseStoriesFile(storyFile([goodStory('same'), goodStory('same')]));
    expect(stories).toHaveLength(1);
    expect(problems.map(english)).toEqual(['Story 2 was skipped: the id "same" is already used.']);
  });

  it('throws for a file that is not a stories file at all', () => {
    expect(thrownText(() => parseStoriesFile({ stories: 'nope' }))).toMatch(/Not a stories file/);
    expect(thrownText(() => parseStoriesFile([goodStory()]))).toMatch(/Not a stories file/);
    expect(thrownText(() => parseStoriesFile({ schemaVersion: 2, stories: [] }))).toBe('Not a stories file: schemaVersion: must be one of 1');
    expect(thrownText(() => parseStoriesFile({ schemaVersion: 1 }))).toBe('Not a stories file: stories: is missing');
  });
});
