import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/domain/core/calendar-date';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { generateSyntheticDataset, SYNTH_TITLE } from '../../../scripts/lib/synth/synth-dataset';

const file = generateSyntheticDataset({ events: 2000, seed: 1 });
const share = (category: string) => file.events.filter((e) => e.category === category).length / file.events.length;

describe('generateSyntheticDataset', () => {
  it('gives the same file for the same seed, and another file for another seed', () => {
    expect(JSON.stringify(generateSyntheticDataset({ events: 300, seed: 9 }))).toBe(
      JSON.stringify(generateSyntheticDataset({ events: 300, seed: 9 })),
    );
    expect(JSON.stringify(generateSyntheticDataset({ events: 300, seed: 10 }))).not.toBe(
      JSON.stringify(generateSyntheticDataset({ events: 300, seed: 9 })),
    );
  });

  it('passes the loader with zero rejections and keeps every event', () => {
    const { dataset, rejected } = parseDataset(JSON.parse(JSON.stringify(file)));
    expect(rejected).toEqual([]);
    expect(dataset.events).toHaveLength(2000);
    expect(dataset.meta.title).toBe(SYNTH_TITLE);
  });

  it('is titled as synthetic so nobody mistakes it for real events', () => {
    expect(file.title).toMatch(/synthetic/i);
    expect(file.title).toMatch(/not real/i);
  });

  it('has category shares close to the real record', () => {
    expect(share('strike')).toBeGreaterThan(0.67);
    expect(share('strike')).toBeLessThan(0.76);
    expect(share('statement')).toBeGreaterThan(0.12);
    expect(share('statement')).toBeLessThan(0.18);
    expect(share('humanitarian')).toBeGreaterThan(0.08);
    expect(share('humanitarian')).toBeLessThan(0.12);
    expect(share('talks')).toBeGreaterThan(0.02);
    expect(share('talks')).toBeLessThan(0.04);
    expect(share('treaty')).toBeGreaterThan(0);
    expect(share('treaty')).toBeLessThan(0.01);
  });

  it('gives some talks a multi-day span that ends after it starts', () => {
    const spans = file.events.filter((e) => e.category === 'talks' && e.endDate !== undefined);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) expect((span.endDate ?? '') > span.date).toBe(true);
  });

  it('leaves about 5% of events without a place', () => {
    const withoutPlace = file.events.filter((e) => e.place === null).length / file.events.length;
    expect(withoutPlace).toBeGreaterThan(0.03);
    expect(withoutPlace).toBeLessThan(0.07);
  });

  it('writes only real calendar dates, spread over three years', () => {
    for (const event of file.events) {
      expect(isCalendarDate(event.date)).toBe(true);
      if (event.endDate !== undefined) expect(isCalendarDate(event.endDate)).toBe(true);
    }
    const years = new Set(file.events.map((e) => e.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
  });

  it('places events in Ukraine and Russia at a few hundred places', () => {
    expect(file.places.length).toBeGreaterThan(200);
    const countryOf = new Map(file.places.map((p) => [p.id, p.country]));
    const strikes = file.events.filter((e) => e.category === 'strike' && e.place !== null);
    const inUkraine = strikes.filter((e) => countryOf.get(e.place ?? '') === 'Ukraine').length / strikes.length;
    expect(inUkraine).toBeGreaterThan(0.7);
    expect(inUkraine).toBeLessThan(0.86);
    expect(strikes.some((e) => countryOf.get(e.place ?? '') === 'Russia')).toBe(true);
  });

  it('has states and a few hundred people and organizations, each with an affiliation or none at all', () => {
    const kinds = new Set(file.actors.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['organization', 'person', 'state']);
    const people = file.actors.filter((a) => a.kind === 'person');
    expect(people.length).toBeGreaterThan(200);
    const stateIds = new Set(file.actors.filter((a) => a.kind === 'state').map((a) => a.id));
    for (const person of people) expect(stateIds.has(person.affiliation ?? '')).toBe(true);
  });

  it('gives every event an http(s) source link and some figures as ranges', () => {
    for (const event of file.events) expect(event.sources[0]?.url).toMatch(/^https:\/\/example\.org\/synthetic\//);
    const ranges = file.events.flatMap((e) => Object.values(e.figures)).filter((f) => typeof f === 'object' && 'min' in f);
    expect(ranges.length).toBeGreaterThan(20);
  });

  it('makes exactly as many events as asked, also none', () => {
    expect(generateSyntheticDataset({ events: 0, seed: 1 }).events).toEqual([]);
    expect(generateSyntheticDataset({ events: 17, seed: 1 }).events).toHaveLength(17);
  });
});
