import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/core/calendar-date';
import { buildEventIndex } from '../../../src/domain/core/event-index';

import { miniIndex } from '../../helpers/render-dashboard';

describe('buildEventIndex', () => {
  const index = miniIndex();

  it('finds events by id', () => {
    const position = index.byId.get('strike-2026-02-04-druzhkivka-market');
    expect(position).toBeDefined();
    expect(index.events[position as number]?.figures.killed?.min).toBe(7);
  });

  it('groups events by place, leaving out events without a place', () => {
    expect(index.byPlace.get('abu-dhabi')).toHaveLength(3);
    expect(index.byPlace.get('druzhkivka')).toHaveLength(1);
    const placed = [...index.byPlace.values()].reduce((sum, list) => sum + list.length, 0);
    expect(placed).toBe(7); // the prisoner exchange has no disclosed place
    expect(index.placeCode[index.byId.get('hum-2026-02-05-pow-exchange') as number]).toBe(-1);
  });

  it('groups events by actor and by start day', () => {
    expect(index.byActor.get('steve-witkoff')).toHaveLength(2);
    expect(index.byDay.get(toDayNumber('2026-02-04') as number)).toHaveLength(3);
  });

  it('knows the span of the data, including the end of the last span', () => {
    expect(index.minDay).toBe(toDayNumber('2026-01-23'));
    expect(index.maxDay).toBe(toDayNumber('2026-02-17'));
  });

  it('makes place, actor and source text searchable', () => {
    const position = index.byId.get('talks-2026-01-23-abu-dhabi-round1') as number;
    expect(index.searchTexts()[position]).toContain('abu dhabi');
    expect(index.searchTexts()[position]).toContain('steve witkoff');
    expect(index.searchTexts()[position]).toContain('example.org/round1');
  });

  it('takes search texts that the worker sends after the index is built, unless a search came first', async () => {
    const { dataset } = index;
    const sent = dataset.events.map((_, i) => `sent ${i}`);
    const late = buildEventIndex(dataset, { searchTexts: Promise.resolve(sent) });
    await Promise.resolve();
    expect(late.searchTexts()[0]).toBe('sent 0');

    let arrive: (texts: readonly string[]) => void = () => undefined;
    const pending = new Promise<readonly string[]>((resolve) => (arrive = resolve));
    const searchedFirst = buildEventIndex(dataset, { searchTexts: pending });
    const built = searchedFirst.searchTexts();
    expect(built[0]).not.toBe('sent 0');
    arrive(sent);
    await pending;
    expect(searchedFirst.searchTexts()).toBe(built);
    // Texts for another number of events are never used.
    const wrong = buildEventIndex(dataset, { searchTexts: Promise.resolve(['one']) });
    await Promise.resolve();
    expect(wrong.searchTexts()).toHaveLength(dataset.events.length);
  });
});
