/**
 * The news article of 4 February 2026 (data/sources/seed-article-2026-02-04.txt) is the heart of
 * the default dataset: each of its claims must be recognisable in the events, with the sheet's
 * sourced figures, the article's own wording kept where it differs, and the article cited.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/domain/core/model';
import { loadDefaultDataset, rawStoriesFile, readRepoFile } from './load-files';

const dataset = loadDefaultDataset();
const article = readRepoFile('data/sources/seed-article-2026-02-04.txt');
const ARTICLE_TITLE = 'Source article, 2026-02-04';

function event(id: string): EventRecord {
  const found = dataset.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

function actorIds(record: EventRecord): string[] {
  return record.actors.map((actor) => actor.id);
}

const ARTICLE_EVENTS = [
  'talks-2026-01-23-abu-dhabi-round1',
  'talks-2026-02-04-abu-dhabi-round2',
  'stmt-2026-02-04-umerov-productive',
  'stmt-2026-02-04-rubio-caution',
  'stmt-2026-02-04-peskov-operation-continues',
  'strike-2026-02-04-druzhkivka-market',
  'strike-2026-02-03-massive-energy',
  'hum-2026-02-03-kyiv-heating',
  'stmt-2026-02-03-zelensky-pause-broken',
  'hum-2026-01-30-energy-pause-window',
  'treaty-2026-02-05-new-start-expires',
  // ISW's assessment of 3 February, which the article cites (not the 7 February one, which came later).
  'stmt-2026-02-03-isw-pause-concession',
];

describe('the source article’s claims in the default dataset', () => {
  it('reads the claims from the copied article itself', () => {
    for (const phrase of ['Abu Dhabi', 'Witkoff', 'Kushner', 'Umerov', 'substantive and productive', 'Druzhkivka',
      'cluster munitions', 'more than 100 drones', 'More than 1,100 apartment buildings', 'Peskov',
      'Institute for the Study of War', 'humanitarian corridors']) {
      expect(article).toContain(phrase);
    }
  });

  it.each(ARTICLE_EVENTS)('cites the article on %s, next to at least one http(s) source', (id) => {
    const sources = event(id).sources;
    const cited = sources.find((source) => source.title === ARTICLE_TITLE);
    expect(cited).toBeDefined();
    expect(cited?.url).toBeUndefined();
    expect(sources.some((source) => source.url?.startsWith('http'))).toBe(true);
  });

  it('cites the article on those events only (not on the Senate hearing, the swap itself, the MFA remark, Trump’s announcement, ISW on 7 February)', () => {
    const citing = dataset.events.filter((record) => record.sources.some((source) => source.title === ARTICLE_TITLE));
    expect(citing.map((record) => record.id).sort()).toEqual([...ARTICLE_EVENTS].sort());
  });

  it('has round 1 in Abu Dhabi on 23-24 January 2026', () => {
    const round1 = event('talks-2026-01-23-abu-dhabi-round1');
    expect([round1.date, round1.endDate, round1.place]).toEqual(['2026-01-23', '2026-01-24', 'abu-dhabi']);
    expect(round1.summary).toMatch(/territory.*security alignment.*sanctions/);
  });

  it('has round 2 in Abu Dhabi on 4-5 February with Witkoff, Kushner and Umerov and the article’s agenda', () => {
    const round2 = event('talks-2026-02-04-abu-dhabi-round2');
    expect([round2.date, round2.endDate, round2.place, round2.category]).toEqual(['2026-02-04', '2026-02-05', 'abu-dhabi', 'talks']);
    expect(actorIds(round2)).toEqual(expect.arrayContaining(['steve-witkoff', 'jared-kushner', 'rustem-umerov', 'russia', 'ukraine']));
    for (const item of ['temporary ceasefire', 'protection of civilian and energy infrastructure', 'humanitarian corridors',
      'prisoner exchanges', 'security guarantees', 'monitor compliance']) {
      expect(round2.summary).toContain(item);
    }
    // The sheet found no other source for "humanitarian corridors": the text must say so.
    expect(round2.summary).toMatch(/“humanitarian corridors” was not found in any other source/);
  });

  it('has the Druzhkivka market strike on 4 February: cluster munitions, 7 killed, 15 injured', () => {
    const strike = event('strike-2026-02-04-druzhkivka-market');
    expect([strike.date, strike.place, strike.category]).toEqual(['2026-02-04', 'druzhkivka', 'strike']);
    expect(strike.summary).toMatch(/cluster munitions/);
    expect(strike.figures.killed).toMatchObject({ min: 7, max: 7 });
    expect(strike.figures.injured).toMatchObject({ min: 15, max: 15 });
    expect(strike.figures.injured?.note).toMatch(/first reported as 8/);
  });

  it('has the 3 February strike at 450 drones and 71 missiles, keeping the article’s wording in the notes', () => {
    const strike = event('strike-2026-02-03-massive-energy');
    expect(strike.date).toBe('2026-02-03');
    expect(strike.figures.drones).toEqual({ min: 450, max: 450, note: expect.stringContaining('more than 100 drones') });
    expect(strike.figures.missiles).toEqual({ min: 71, max: 71, note: expect.stringContaining('dozens of ballistic missiles') });
    expect(strike.figures.ballisticMissiles).toMatchObject({ min: 32, max: 43 });
  });

  it('has 1,170 Kyiv buildings without heat, with the article’s “more than 1,100” in the note', () => {
    const heat = event('hum-2026-02-03-kyiv-heating');
    expect([heat.date, heat.place]).toEqual(['2026-02-03', 'kyiv']);
    expect(heat.figures.buildingsWithoutHeat).toEqual({ min: 1170, max: 1170, note: expect.stringContaining('more than 1,100') });
  });

  it('has Trump’s pause announcement on 29 January and the approximate pause window to 1 February', () => {
    const announcement = event('hum-2026-01-29-trump-energy-pause');
    expect(announcement.date).toBe('2026-01-29');
    expect(actorIds(announcement)).toEqual(expect.arrayContaining(['donald-trump', 'vladimir-putin']));
    const windowEvent = event('hum-2026-01-30-energy-pause-window');
    expect([windowEvent.date, windowEvent.endDate, windowEvent.datePrecision]).toEqual(['2026-01-30', '2026-02-01', 'approximate']);
  });

  it.each([
    ['stmt-2026-02-03-zelensky-pause-broken', '2026-02-03', 'volodymyr-zelensky', /broke the pause/],
    ['stmt-2026-02-04-rubio-caution', '2026-02-04', 'marco-rubio', /items that remain are the most difficult ones/],
    ['stmt-2026-02-04-umerov-productive', '2026-02-04', 'rustem-umerov', /substantive and productive/],
    ['stmt-2026-02-04-peskov-operation-continues', '2026-02-04', 'dmitry-peskov', /special military operation/],
    ['stmt-2026-02-03-isw-pause-concession', '2026-02-03', 'isw', /“noted that Moscow could portray any short pause in attacks as a major concession while preparing for larger military operations\.”/],
    ['stmt-2026-02-07-isw-moratorium', '2026-02-07', 'isw', /build up strike packages/],
  ])('has the statement %s on %s by %s', (id, date, speaker, words) => {
    const statement = event(id);
    expect(statement.category).toBe('statement');
    expect(statement.date).toBe(date);
    expect(actorIds(statement)).toContain(speaker);
    expect(`${statement.title} ${statement.summary}`).toMatch(words);
  });

  it('has New START expiring on 5 February 2026 as a treaty event', () => {
    const expiry = event('treaty-2026-02-05-new-start-expires');
    expect([expiry.date, expiry.category]).toEqual(['2026-02-05', 'treaty']);
    expect(expiry.geoNote).toMatch(/anchor only/i);
  });

  it('has the 157-for-157 swap on 5 February as 314 prisoners exchanged, with no made-up place', () => {
    const swap = event('hum-2026-02-05-pow-exchange');
    expect(swap.date).toBe('2026-02-05');
    expect(swap.place).toBeNull();
    expect(swap.figures.prisonersExchanged).toEqual({ min: 314, max: 314, note: '157 each side' });
    // Agreed at round 2 under its own key, so a chart summing exchanges counts the 314 once.
    expect(event('talks-2026-02-04-abu-dhabi-round2').figures.prisonersExchanged).toBeUndefined();
    expect(event('talks-2026-02-04-abu-dhabi-round2').figures.prisonersAgreed).toMatchObject({ min: 314, max: 314 });
  });
});

/**
 * Issue 14, item 5: the article's words are either quoted, with attribution, or said in our own
 * words; quotes are the article's real words; and the claims that were missing are in the data.
 */
interface StoryText {
  label: string;
  text: string;
  citesArticle: boolean;
}

function storyTexts(): StoryText[] {
  const file = rawStoriesFile();
  if (typeof file !== 'object' || file === null || !('stories' in file) || !Array.isArray(file.stories)) {
    throw new Error('stories.json has no stories list');
  }
  const stories = file.stories as Array<{ id: string; steps: Array<{ title: string; text: string; sources: Array<{ title: string }> }> }>;
  return stories.flatMap((story) =>
    story.steps.flatMap((step, i) => {
      const citesArticle = step.sources.some((source) => source.title === ARTICLE_TITLE);
      return [
        { label: `story ${story.id} step ${i + 1} title`, text: step.title, citesArticle },
        { label: `story ${story.id} step ${i + 1} text`, text: step.text, citesArticle },
      ];
    }),
  );
}

/** Every piece of our own wording: titles, summaries, geo notes, figure notes, other figures, story steps. */
function ownTexts(): StoryText[] {
  const fromEvents = dataset.events.flatMap((record) => {
    const citesArticle = record.sources.some((source) => source.title === ARTICLE_TITLE);
    const texts: Array<[string, string | undefined]> = [
      ['title', record.title],
      ['summary', record.summary],
      ['geoNote', record.geoNote],
      ['otherFigures', record.otherFigures],
      ...Object.entries(record.figures).map(([key, figure]): [string, string | undefined] => [`figures.${key}`, figure.note]),
    ];
    return texts.flatMap(([field, text]) => (text ? [{ label: `${record.id} ${field}`, text, citesArticle }] : []));
  });
  return [...fromEvents, ...storyTexts()];
}

/** Lower case, one kind of apostrophe, no space before punctuation (the copied article has " ," and " ."). */
function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').toLowerCase().trim();
}

/** The article's names of institutions count as one word: using a name is not copying. */
const NAMES = [/Institute for the Study of War/g, /National Security and Defen[cs]e Council/g];

function words(text: string): string[] {
  const named = NAMES.reduce((current, name) => current.replace(name, ' name '), text);
  return normalise(named).match(/[a-z0-9']+/g) ?? [];
}

const RUN = 6;

function runs(tokens: string[]): string[] {
  return tokens.slice(0, Math.max(0, tokens.length - RUN + 1)).map((_, i) => tokens.slice(i, i + RUN).join(' '));
}

/** Each “…” or "…" quotation with the text of its sentence before it (where its attribution is). */
function quotations(text: string): Array<{ quote: string; before: string }> {
  const found: Array<{ quote: string; before: string }> = [];
  let sentenceStart = 0;
  let open: { at: number; closer: string } | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (open) {
      if (char === open.closer) {
        found.push({ quote: text.slice(open.at + 1, i), before: text.slice(sentenceStart, open.at) });
        open = undefined;
      }
    } else if (char === '“' || char === '"') {
      open = { at: i, closer: char === '“' ? '”' : '"' };
    } else if (/[.!?]/.test(char) && /\s/.test(text[i + 1] ?? ' ')) {
      sentenceStart = i + 1;
    }
  }
  return found;
}

function withoutQuotations(text: string): string[] {
  return text.split(/“[^”]*”|"[^"]*"/);
}

describe('the source article’s words in our text (issue 14, item 5)', () => {
  const articleRuns = new Set(runs(words(article)));

  it('finds a copied run of words in a sentence that copies the article, and none in a quoted one', () => {
    const copied = words('Officials said they produced limited progress but failed to resolve major disputes.');
    expect(runs(copied).some((run) => articleRuns.has(run))).toBe(true);
    const quoted = withoutQuotations('Officials said they “produced limited progress but failed to resolve major disputes”.');
    expect(quoted.flatMap((part) => runs(words(part))).some((run) => articleRuns.has(run))).toBe(false);
  });

  it(`copies no ${RUN} words in a row from the article outside quotation marks`, () => {
    const copies = ownTexts().flatMap(({ label, text }) =>
      withoutQuotations(text)
        .flatMap((part) => runs(words(part)))
        .filter((run) => articleRuns.has(run))
        .map((run) => `${label}: "${run}"`),
    );
    expect(copies).toEqual([]);
  });

  const attributed = ownTexts().flatMap(({ label, text }) =>
    quotations(text)
      .filter(({ before }) => /source article|the article/i.test(before))
      .map(({ quote }) => ({ label, quote })),
  );

  it('quotes the article, where it says so, in the article’s own words', () => {
    const normalisedArticle = normalise(article);
    const misquoted = attributed.filter(({ quote }) => !normalisedArticle.includes(normalise(quote).replace(/[.,;:]$/, '')));
    expect(misquoted).toEqual([]);
    // Not vacuous: the corrected round 1, round 2, Peskov, ISW and story texts are among the quotations checked.
    expect(attributed.length).toBeGreaterThanOrEqual(12);
    for (const label of ['talks-2026-01-23-abu-dhabi-round1 summary', 'talks-2026-02-04-abu-dhabi-round2 summary',
      'stmt-2026-02-04-peskov-operation-continues summary', 'stmt-2026-02-03-isw-pause-concession summary',
      'story abu-dhabi-rounds step 1 text']) {
      expect(attributed.map((item) => item.label)).toContain(label);
    }
  });

  it('keeps Umerov’s “substantive and productive” a quotation wherever it is used', () => {
    const unquoted = ownTexts().filter(({ text }) => withoutQuotations(text).some((part) => /substantive and productive/i.test(part)));
    expect(unquoted.map((item) => item.label)).toEqual([]);
    expect(event('stmt-2026-02-04-umerov-productive').summary).toContain('“substantive and productive”');
  });
});

describe('the article’s claims that were missing (issue 14, item 5)', () => {
  it('reads them from the article itself', () => {
    for (const phrase of ['The Kremlin offered no details on the negotiations', 'partial ceasefire and confidence-building measures',
      'unlikely to produce an immediate ceasefire']) {
      expect(article).toContain(phrase);
    }
  });

  it('has the Kremlin offering no details, on the Peskov statement', () => {
    expect(event('stmt-2026-02-04-peskov-operation-continues').summary).toMatch(/source article’s words, “the Kremlin offered no details on the negotiations”/);
  });

  it('has the mediators’ aim of a partial ceasefire and confidence-building measures, and no immediate ceasefire, on round 2', () => {
    const summary = event('talks-2026-02-04-abu-dhabi-round2').summary;
    expect(summary).toMatch(/mediators were trying “to narrow differences on a partial ceasefire and confidence-building measures”/);
    expect(summary).toMatch(/officials acknowledged the talks were “unlikely to produce an immediate ceasefire”/);
  });
});

describe('what the article cites, and what it does not (issue 14, item 5)', () => {
  it('does not mention Trump’s announcement of 29 January, so that event does not cite it', () => {
    expect(article).not.toMatch(/\bweek\b|Cabinet|extreme cold/i);
    expect(event('hum-2026-01-29-trump-energy-pause').sources.map((source) => source.title)).not.toContain(ARTICLE_TITLE);
  });

  it('cites ISW’s 3 February assessment on its own event, not on the 7 February one', () => {
    const later = event('stmt-2026-02-07-isw-moratorium');
    expect(later.sources.map((source) => source.title)).not.toContain(ARTICLE_TITLE);
    expect(later.summary).toMatch(/assessment of 3 February.*is a separate event/);
    const earlier = event('stmt-2026-02-03-isw-pause-concession');
    expect([earlier.date, earlier.endDate, earlier.category, earlier.place]).toEqual(['2026-02-03', undefined, 'statement', 'washington-dc']);
    expect(actorIds(earlier)).toEqual(['isw']);
    expect(earlier.sources.filter((source) => source.url !== undefined).map((source) => source.url)).toEqual([
      'https://fakti.bg/en/amp/world/1032200-new-energy-strikes-in-ukraine-show-russian-intentions',
    ]);
    expect(earlier.confidence).toMatch(/^Medium\./);
  });
});
