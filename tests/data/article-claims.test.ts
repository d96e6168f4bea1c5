/**
 * The news article of 4 February 2026 (data/sources/seed-article-2026-02-04.txt) is the heart of
 * the default dataset: each of its claims must be recognisable in the events, with the sheet's
 * sourced figures, the article's own wording kept where it differs, and the article cited.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/domain/core/model';
import { loadDefaultDataset, readRepoFile } from './load-files';

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
  'hum-2026-01-29-trump-energy-pause',
  'hum-2026-01-30-energy-pause-window',
  'treaty-2026-02-05-new-start-expires',
  'stmt-2026-02-07-isw-moratorium',
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

  it('cites the article on those events only (not on the Senate hearing, the swap itself, the MFA remark)', () => {
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
    ['stmt-2026-02-07-isw-moratorium', '2026-02-07', 'isw', /short pause as a major concession/],
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
