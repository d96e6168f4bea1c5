import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/domain/core/dataset-schema';
import { isPlainValidEvent } from '../../../src/domain/core/fast-event-check';
import { miniDatasetFile } from '../../helpers/mini-dataset';

const shipped = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as { events: unknown[] };
const base = miniDatasetFile().events[1] as Record<string, unknown>;

/** Mutations that the schema must judge: the fast path may never accept any of them. */
const mutations: Record<string, unknown>[] = [
  { date: '2026-02-31' },
  { date: 20260204 },
  { endDate: '2026-01-01' },
  { endDate: null },
  { datePrecision: 'exact' },
  { category: 'Strike' },
  { title: '  padded  ' },
  { title: '' },
  { summary: undefined },
  { actors: [{ id: 'Russia', role: 'attacker' }] },
  { actors: [{ id: 'russia', role: ' ' }] },
  { actors: 'russia' },
  { place: undefined },
  { geoNote: 5 },
  { figures: { killed: '7' } },
  { figures: { killed: -1 } },
  { figures: { killed: { min: 9, max: 7 } } },
  { figures: { killed: { min: 1, max: 2, value: 3 } } },
  { figures: { killed: { value: 1, note: 5 } } },
  { figures: [] },
  { sources: [] },
  { sources: [{ title: 'no link' }] },
  { sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
  { sources: [{ title: 'x', url: 'https://ok.example', publisher: null }] },
  { confidence: null },
  { id: ' spaced ' },
  // Unknown keys are dropped by the schema, so an event that has any is not "accepted unchanged".
  { extra: 1 },
  { actors: [{ id: 'russia', role: 'attacker', extra: [[[]]] }] },
  { sources: [{ title: 'x', url: 'https://ok.example', extra: [[[]]] }] },
  { attributes: { admin1: 5 } },
  { attributes: [] },
  { attributes: { '': 'x' } },
];

describe('isPlainValidEvent', () => {
  it('accepts every event of the shipped dataset, each of which the schema accepts unchanged', () => {
    for (const event of shipped.events) {
      expect(isPlainValidEvent(event)).toBe(true);
      const parsed = eventSchema.safeParse(event);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(event);
    }
  });

  it.each(mutations.map((m) => [JSON.stringify(m), m]))('leaves %s to the schema', (_label, patch) => {
    const event = { ...base, ...patch };
    expect(isPlainValidEvent(event)).toBe(false);
  });

  it('leaves a figure or attribute named __proto__ to the loader, which reports it', () => {
    // JSON.parse makes "__proto__" an own key, as it is in a file.
    expect(isPlainValidEvent({ ...base, figures: JSON.parse('{"__proto__": 1}') })).toBe(false);
    expect(isPlainValidEvent({ ...base, attributes: JSON.parse('{"__proto__": "x"}') })).toBe(false);
  });

  it('accepts attributes of text', () => {
    expect(isPlainValidEvent({ ...base, attributes: { sub_event_type: 'Air/drone strike', constructor: 'x' } })).toBe(true);
  });

  it('never accepts what the schema rejects or would change', () => {
    for (const patch of mutations) {
      const event = { ...base, ...patch };
      const parsed = eventSchema.safeParse(event);
      if (isPlainValidEvent(event)) expect(parsed.success && JSON.stringify(parsed.data) === JSON.stringify(event)).toBe(true);
    }
  });
});
