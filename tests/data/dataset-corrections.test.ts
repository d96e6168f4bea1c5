/**
 * Issue 14, item 5: the dataset corrections found on review, each checked on the committed
 * events.json and stories.json (the wording and citation fixes are in article-claims.test.ts, the
 * documented departures from the sheet in fact-sheet.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/domain/core/model';
import { loadDefaultDataset, rawStoriesFile, readRepoFile } from './load-files';

const dataset = loadDefaultDataset();

function event(id: string): EventRecord {
  const found = dataset.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

interface StoryStep {
  title: string;
  text: string;
  sources: Array<{ title: string; url?: string }>;
  view: { event?: string };
}

function storySteps(): StoryStep[] {
  const file = rawStoriesFile();
  if (typeof file !== 'object' || file === null || !('stories' in file) || !Array.isArray(file.stories)) {
    throw new Error('stories.json has no stories list');
  }
  return (file.stories as Array<{ steps: StoryStep[] }>).flatMap((story) => story.steps);
}

const LAUNCH_KEYS = ['drones', 'missiles', 'dronesDowned', 'missilesDowned', 'ballisticMissiles'] as const;

function launchNotes(record: EventRecord): Array<[string, string]> {
  return LAUNCH_KEYS.flatMap((key) => {
    const figure = record.figures[key];
    return figure ? [[key, figure.note ?? ''] as [string, string]] : [];
  });
}

describe('nationwide launch totals pinned to one place', () => {
  it.each([
    ['strike-2026-01-24-kyiv-kharkiv', 'kyiv'],
    ['strike-2026-02-07-western-power-plants', 'burshtyn'],
    ['strike-2026-02-22-kyiv-region', 'fastiv'],
    ['strike-2026-02-26-before-geneva-bilateral', 'kharkiv'],
    ['strike-2025-12-06-nationwide-fastiv', 'fastiv'],
    ['strike-2025-12-23-pre-christmas', 'kyiv'],
    ['strike-2026-02-03-massive-energy', 'kyiv'],
  ])('%s (at %s) says “nationwide” in every launch figure’s note and in its geo note', (id, place) => {
    const record = event(id);
    expect(record.place).toBe(place);
    const notes = launchNotes(record);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const [key, note] of notes) expect(note, `${id} ${key}`).toMatch(/nationwide/);
    expect(record.geoNote ?? '').toMatch(/launch (totals|counts) are nationwide/);
  });

  it('labels every Air Force launch figure nationwide, and then says so in the geo note, in every event', () => {
    for (const record of dataset.events) {
      const notes = launchNotes(record);
      const airForce = [record.summary, record.confidence, ...notes.map(([, note]) => note)].some((text) => /Air Force/.test(text));
      if (airForce) {
        for (const [key, note] of notes) expect(note, `${record.id} ${key}`).toMatch(/nationwide/);
      }
      if (notes.some(([, note]) => /nationwide/.test(note))) {
        expect(record.geoNote ?? '', `${record.id} geo note`).toMatch(/nationwide/);
      }
    }
  });

  it('gives the 17 February counts as the whole strike on 12 regions, not Sloviansk’s', () => {
    const record = event('strike-2026-02-17-pre-geneva');
    for (const [key, note] of launchNotes(record)) expect(note, key).toMatch(/whole strike on 12 regions/);
    expect(record.geoNote).toMatch(/launch counts are for the whole strike on 12 regions/);
  });
});

describe('injured counts that cover more than the place on the map', () => {
  it('gives 24 January as the total of Kyiv (4) and Kharkiv (19-27): 23-31', () => {
    const injured = event('strike-2026-01-24-kyiv-kharkiv').figures.injured;
    expect(injured).toEqual({ min: 23, max: 31, note: 'total of 4 in Kyiv and 19-27 in Kharkiv (19 per the mayor, 27 per the governor)' });
    expect(event('strike-2026-01-24-kyiv-kharkiv').geoNote).toMatch(/injured figure counts both cities/);
  });

  it('gives 26 February as the total of Kharkiv (14) and Zaporizhzhia (7-10), with “dozens nationwide” kept', () => {
    const injured = event('strike-2026-02-26-before-geneva-bilateral').figures.injured;
    expect([injured?.min, injured?.max]).toEqual([21, 24]);
    expect(injured?.note).toMatch(/^total of 14 in Kharkiv and 7-10 in Zaporizhzhia; dozens nationwide/);
  });

  it('leaves no killed or injured note that adds a further place with “plus” to a one-place value', () => {
    for (const record of dataset.events) {
      for (const key of ['killed', 'injured']) {
        expect(record.figures[key]?.note ?? '', `${record.id} ${key}`).not.toMatch(/, plus \d/);
      }
    }
  });
});

describe('the Oreshnik strike on Lviv region', () => {
  it('is dated 8 January, the day it struck at 23:47, keeping its sheet id', () => {
    const record = event('strike-2026-01-09-lviv-oreshnik');
    expect([record.date, record.endDate, record.datePrecision]).toEqual(['2026-01-08', undefined, 'day']);
    expect(record.summary).toMatch(/23:47 local time on 8 January/);
    expect(record.summary).toMatch(/dated 8 January, when the missile struck; the fact sheet dates it 9 January/);
  });
});

describe('map points away from the site', () => {
  it('says that the 17 February deaths were near the Sloviansk power plant, not at the city point, and that no distance is known', () => {
    const record = event('strike-2026-02-17-pre-geneva');
    expect(record.place).toBe('sloviansk');
    expect(record.geoNote).toMatch(/^Not the site of the deaths: the point is the city of Sloviansk/);
    expect(record.geoNote).toMatch(/near the Sloviansk power plant but give no coordinates or distance/);
  });

  it('says that the train was hit near Yazykove (Barvinkove community), off Izyum by up to the width of Izium district', () => {
    const record = event('strike-2026-01-27-kharkiv-region-train');
    expect(record.place).toBe('izyum');
    expect(record.geoNote).toMatch(/^Not the impact site: the point is Izyum, the centre of Izium district/);
    expect(record.geoNote).toMatch(/near Yazykove in the Barvinkove community of the same district/);
    expect(record.geoNote).toMatch(/off by up to the width of the district/);
  });

  it('draws both notes from the sheet: it names the plant and Yazykove, and has no coordinates for either', () => {
    const sheet = readRepoFile('data/sources/fact-sheet-events.md');
    expect(sheet).toMatch(/Near Sloviansk power plant \(deaths\)/);
    expect(sheet).toMatch(/Near Yazykove, Barvinkove community, Izium district/);
    expect(sheet).not.toMatch(/\| (Barvinkove|Yazykove|Sloviansk power plant) \| \d/);
  });
});

describe('source URLs', () => {
  const eventUrls = dataset.events.flatMap((record) => record.sources.flatMap((source) => (source.url ? [{ id: record.id, url: source.url }] : [])));
  const storyUrls = storySteps().flatMap((step) => step.sources.flatMap((source) => (source.url ? [{ id: step.title, url: source.url }] : [])));

  it.each([
    ['a utm_ tracking parameter', /[?&]utm_/],
    ['a newsletter tracking parameter', /[?&]mc_(cid|eid)=/],
    ['a junk query', /ampCongratulations/],
    ['an "undefined" path segment', /\/undefined(\/|$)/],
    ['an explicit default port', /^https?:\/\/[^/]+:(443|80)\//],
    ['an AI-generated page', /particle\.news|evrimagaci\.org\/gpt\//],
  ])('has no URL with %s, in events or stories', (_, pattern) => {
    expect([...eventUrls, ...storyUrls].filter(({ url }) => pattern.test(url))).toEqual([]);
  });

  it('cites in the story only URLs that are sources of events in the dataset', () => {
    const known = new Set(eventUrls.map(({ url }) => url));
    expect(storyUrls.filter(({ url }) => !known.has(url))).toEqual([]);
  });
});

describe('story step 4 (Umerov and Druzhkivka)', () => {
  const step = storySteps().find((candidate) => candidate.view.event === 'strike-2026-02-04-druzhkivka-market');

  it('calls Umerov the secretary of the National Security and Defence Council, not its head', () => {
    expect(step?.text).toMatch(/Rustem Umerov, Ukraine's chief negotiator and the secretary of its National Security and Defence Council/);
    expect(step?.text).not.toMatch(/head of Ukraine's National Security/);
  });

  it('gives a URL source for his “substantive and productive” from the Umerov statement’s own sources', () => {
    expect(step?.text).toContain('“substantive and productive”');
    const umerovUrls = event('stmt-2026-02-04-umerov-productive').sources.map((source) => source.url);
    const cited = (step?.sources ?? []).filter((source) => source.url !== undefined && umerovUrls.includes(source.url));
    expect(cited.length).toBeGreaterThanOrEqual(1);
  });
});
