import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { parseStoriesFile } from '../../../src/domain/story/story-schema';
import { resolveStoryStep, stepFilters, storyProblems } from '../../../src/domain/story/story';
import { decodeStoryUrl, encodeStoryUrl } from '../../../src/domain/url/story-codec';
import { miniIndex } from '../../helpers/render-dashboard';
import { goodStory, storyFile } from './story-fixtures';

const stories = parseStoriesFile(storyFile()).stories;
const story = stories[0]!;

describe('story URL keys', () => {
  it('reads the story and its 1-based step', () => {
    expect(decodeStoryUrl('?story=abu-dhabi-rounds&step=3')).toEqual({ storyId: 'abu-dhabi-rounds', step: 3 });
  });
  it('treats a missing, zero or junk step as step 1', () => {
    expect(decodeStoryUrl('?story=x')?.step).toBe(1);
    expect(decodeStoryUrl('?story=x&step=0')?.step).toBe(1);
    expect(decodeStoryUrl('?story=x&step=-2')?.step).toBe(1);
    expect(decodeStoryUrl('?story=x&step=two')?.step).toBe(1);
  });
  it('means no story when the key is absent', () => {
    expect(decodeStoryUrl('?step=2')).toBeUndefined();
  });
  it('writes and removes the keys, keeping the others', () => {
    expect(encodeStoryUrl({ storyId: 'a', step: 2 }, '?event=x&step=9')).toBe('?event=x&story=a&step=2');
    expect(encodeStoryUrl(undefined, '?event=x&story=a&step=2')).toBe('?event=x');
  });
});

describe('resolveStoryStep', () => {
  it('finds the story and turns the step into an index', () => {
    expect(resolveStoryStep(stories, { storyId: story.id, step: 2 })).toEqual({ story, index: 1 });
  });
  it('clamps a step past the end to the last step', () => {
    expect(resolveStoryStep(stories, { storyId: story.id, step: 40 })?.index).toBe(2);
  });
  it('is undefined for an unknown story', () => {
    expect(resolveStoryStep(stories, { storyId: 'nope', step: 1 })).toBeUndefined();
  });
});

describe('stepFilters', () => {
  const index = miniIndex();

  it('sets the whole filter state: dates, categories and the selected event, nothing else', () => {
    expect(stepFilters(story.steps[1]!.view, index)).toEqual({
      filters: {
        actors: [],
        match: 'any',
        categories: ['strike'],
        // A step also clears any sub-type or region the reader had chosen.
        subTypes: [],
        regions: [],
        q: '',
        from: '2026-02-03',
        to: '2026-02-05',
        event: 'strike-2026-02-04-druzhkivka-market',
      },
      unknown: [],
    });
  });

  it('leaves out ids the data does not have and lists them', () => {
    const result = stepFilters(
      { event: 'strike-1999-01-01-nowhere', categories: ['strike', 'weather'], actors: ['russia', 'atlantis'], place: 'el-dorado' },
      index,
    );
    expect(result.filters.event).toBeUndefined();
    expect(result.filters.place).toBeUndefined();
    expect(result.filters.categories).toEqual(['strike']);
    expect(result.filters.actors).toEqual(['russia']);
    expect(result.unknown).toEqual([
      { kind: 'category', id: 'weather' },
      { kind: 'actor', id: 'atlantis' },
      { kind: 'event', id: 'strike-1999-01-01-nowhere' },
      { kind: 'place', id: 'el-dorado' },
    ]);
  });
});

describe('storyProblems', () => {
  it('is empty when every id is in the data', () => {
    expect(storyProblems(story, miniIndex())).toEqual([]);
  });
  it('reports an unknown event per step without failing', () => {
    const broken = goodStory();
    broken.steps[2]!.view.event = 'hum-2099-01-01-unknown';
    const parsed = parseStoriesFile(storyFile([broken])).stories[0]!;
    expect(storyProblems(parsed, miniIndex())).toEqual(['Step 3 names event "hum-2099-01-01-unknown", which is not in the loaded data.']);
  });
  it('says it in the reader’s language, several things in one line', () => {
    const broken = goodStory();
    Object.assign(broken.steps[2]!.view, { event: 'hum-2099-01-01-unknown', place: 'el-dorado' });
    const parsed = parseStoriesFile(storyFile([broken])).stories[0]!;
    expect(storyProblems(parsed, miniIndex())).toEqual(['Step 3 names event "hum-2099-01-01-unknown", place "el-dorado", which are not in the loaded data.']);
    expect(storyProblems(parsed, miniIndex(), translatorFor('uk'))).toEqual(['Крок 3: у завантажених даних немає події «hum-2099-01-01-unknown», місця «el-dorado».']);
    expect(storyProblems(parsed, miniIndex(), translatorFor('ru'))).toEqual(['Шаг 3: в загруженных данных нет события «hum-2099-01-01-unknown», места «el-dorado».']);
  });
});
