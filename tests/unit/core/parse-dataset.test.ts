import { describe, expect, it } from 'vitest';
import { DatasetFormatError, parseDataset, parseDatasetText } from '../../../src/domain/core/parse-dataset';
import { english, thrownText } from '../../helpers/english-problem';
import { miniDatasetFile } from '../../helpers/mini-dataset';

function withEvent(patch: Record<string, unknown>, index = 3) {
  const file = miniDatasetFile();
  const events: unknown[] = [...file.events];
  events[index] = { ...file.events[index], ...patch };
  return { ...file, events };
}

describe('parseDataset', () => {
  it('loads a valid file completely, in date order', () => {
    const { dataset, rejected } = parseDataset(miniDatasetFile());
    expect(rejected).toEqual([]);
    expect(dataset.events).toHaveLength(8);
    expect(dataset.events[0]?.id).toBe('talks-2026-01-23-abu-dhabi-round1');
    const days = dataset.events.map((e) => e.startDay);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
  });

  it('turns figures into ranges and keeps their notes', () => {
    const { dataset } = parseDataset(miniDatasetFile());
    const kyiv = dataset.events.find((e) => e.id === 'strike-2026-01-24-kyiv');
    expect(kyiv?.figures.killed).toEqual({ min: 1, max: 1 });
    expect(kyiv?.figures.injured).toEqual({ min: 4, max: 6, note: 'in Kyiv' });
    const sloviansk = dataset.events.find((e) => e.id === 'strike-2026-02-17-sloviansk');
    expect(sloviansk?.figures.drones).toEqual({ min: 400, max: 400, note: 'nearly; nationwide' });
  });

  it('gives talk rounds an inclusive end day', () => {
    const { dataset } = parseDataset(miniDatasetFile());
    const round = dataset.events.find((e) => e.id === 'talks-2026-01-23-abu-dhabi-round1');
    expect((round?.endDay ?? 0) - (round?.startDay ?? 0)).toBe(1);
  });

  const badEvents: [string, Record<string, unknown>, string, string][] = [
    ['an impossible date', { date: '2026-02-31' }, 'date', 'must be a real calendar date written YYYY-MM-DD'],
    ['an end before the start', { endDate: '2026-02-01' }, 'endDate', 'endDate must not be before date'],
    ['a figure written as a string', { figures: { killed: '7' } }, 'figures.killed', 'is not in any of the accepted forms'],
    ['a range with min above max', { figures: { killed: { min: 9, max: 7 } } }, 'figures.killed', 'min must not be larger than max'],
    ['no sources', { sources: [] }, 'sources', 'every event needs at least one source'],
    ['only a source without url', { sources: [{ title: 'Somebody said' }] }, 'sources', 'at least one source must have an http(s) url'],
    ['a javascript: url', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources.0.url', 'must be an http(s) URL'],
    ['an unknown place', { place: 'atlantis' }, 'place', 'unknown place "atlantis"'],
    ['an unknown actor', { actors: [{ id: 'martians', role: 'attacker' }] }, 'actors', 'unknown actor "martians"'],
    ['an empty title', { title: '   ' }, 'title', 'must not be empty'],
    ['an unknown precision', { datePrecision: 'exact' }, 'datePrecision', 'must be one of "day", "approximate", "month", "year"'],
    ['a summary that is not text', { summary: 5 }, 'summary', 'must be text'],
    ['no title at all', { title: undefined }, 'title', 'is missing'],
  ];

  it.each(badEvents)('rejects an event with %s and keeps every other event', (_label, patch, field, reason) => {
    const { dataset, rejected } = parseDataset(withEvent(patch));
    expect(dataset.events).toHaveLength(7);
    expect(dataset.events.some((e) => e.id === 'strike-2026-02-04-druzhkivka-market')).toBe(false);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ section: 'events', index: 3, id: 'strike-2026-02-04-druzhkivka-market', field });
    expect(rejected[0] && english(rejected[0].problem)).toBe(reason);
  });

  it('rejects a duplicate id and keeps the first', () => {
    const file = miniDatasetFile();
    const { dataset, rejected } = parseDataset({ ...file, events: [...file.events, file.events[0]] });
    expect(dataset.events).toHaveLength(8);
    expect(rejected[0]).toMatchObject({ index: 8, field: 'id' });
  });

  it('reports an event that is not even an object', () => {
    const file = miniDatasetFile();
    const { dataset, rejected } = parseDataset({ ...file, events: [...file.events, 42, null] });
    expect(dataset.events).toHaveLength(8);
    expect(rejected.map((r) => r.index)).toEqual([8, 9]);
  });

  it('rejects bad actors and places on their own', () => {
    const file = miniDatasetFile();
    const { dataset, rejected } = parseDataset({
      ...file,
      places: [...file.places, { id: 'nowhere', name: 'Nowhere', lat: 95, lon: 0, country: '' }],
      actors: [...file.actors, { id: 'Bad Id', name: 'Bad', kind: 'state' }],
    });
    expect(dataset.places).toHaveLength(5);
    expect(dataset.actors).toHaveLength(6);
    expect(rejected.map((r) => `${r.section}:${r.field}`).sort()).toEqual(['actors:id', 'places:lat']);
  });

  it('keeps loading when the header is incomplete, and says so', () => {
    const file = miniDatasetFile();
    const { dataset, rejected } = parseDataset({ ...file, schemaVersion: 2, title: undefined });
    expect(dataset.events).toHaveLength(8);
    expect(dataset.meta.title).toBe('Untitled dataset');
    expect(rejected.some((r) => r.section === 'file' && r.field === 'schemaVersion')).toBe(true);
  });

  it('refuses things that are not a dataset with one clear message', () => {
    expect(() => parseDataset([])).toThrow(DatasetFormatError);
    expect(thrownText(() => parseDataset({ events: 'none' }))).toMatch(/wrong shape/);
    expect(thrownText(() => parseDatasetText('<!doctype html><title>404</title>'))).toMatch(/HTML page/);
    expect(thrownText(() => parseDatasetText('{"events": ['))).toMatch(/not valid JSON/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { dataset } = parseDatasetText(`\uFEFF${JSON.stringify(miniDatasetFile())}`);
    expect(dataset.events).toHaveLength(8);
  });

  it('drops unknown keys of actor refs and sources, however deep, instead of passing them on (the format ignores them)', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const file = miniDatasetFile();
    const text = JSON.stringify(file)
      .replace('{"id":"russia","role":"attacker"}', `{"id":"russia","role":"attacker","extra":${deep}}`)
      .replace('"sources":[{', `"sources":[{"extra":${deep},`);
    expect(text.length).toBeGreaterThan(400_000);
    const { dataset, rejected } = parseDatasetText(text);
    expect(rejected).toEqual([]);
    expect(dataset.events).toHaveLength(8);
    for (const event of dataset.events) {
      for (const ref of event.actors) expect(Object.keys(ref)).toEqual(['id', 'role']);
      for (const source of event.sources) expect(Object.keys(source).every((key) => ['title', 'publisher', 'url'].includes(key))).toBe(true);
    }
    // What the events worker does with them: posting them must not overflow the stack.
    expect(() => structuredClone(dataset)).not.toThrow();
  });

  it('keeps a category and figures named after Object.prototype members', () => {
    const { dataset, rejected } = parseDataset(withEvent({ category: 'constructor', figures: { toString: 1, valueOf: { min: 1, max: 2 } } }));
    expect(rejected).toEqual([]);
    const event = dataset.events.find((e) => e.id === 'strike-2026-02-04-druzhkivka-market');
    expect(event?.category).toBe('constructor');
    expect(event?.figures).toEqual({ toString: { min: 1, max: 1 }, valueOf: { min: 1, max: 2 } });
  });

  it('keeps attributes, and drops an event-level key the format does not know', () => {
    const { dataset } = parseDataset(withEvent({ attributes: { admin1: 'Donetsk' }, unknown: { deep: true } }));
    const event = dataset.events.find((e) => e.id === 'strike-2026-02-04-druzhkivka-market');
    expect(event?.attributes).toEqual({ admin1: 'Donetsk' });
    expect(event && 'unknown' in event).toBe(false);
  });
});
