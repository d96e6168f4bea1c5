import { describe, expect, it } from 'vitest';
import { capEventText, type EventDraft } from '../../../src/domain/importers/dataset-builder';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../../../src/domain/importers/text-clean';

const base: EventDraft = {
  id: 'e1',
  date: '2026-02-04',
  datePrecision: 'day',
  category: 'strike',
  title: 'A strike',
  summary: 'What happened.',
  actors: [],
  place: null,
  figures: { killed: { min: 7, max: 7, note: 'aged 43-81' } },
  sources: [{ title: 'Report', publisher: 'Outlet', url: 'https://example.org/' }],
  confidence: 'High.',
  geoNote: 'City level.',
  otherFigures: 'Some buildings.',
  attributes: { region: 'Donetsk' },
  title_i18n: { uk: 'Удар' },
  summary_i18n: { uk: 'Що сталося.' },
};

const long = (max: number) => 'x'.repeat(max + 5);

/** Each text capEventText caps, made too long on its own: the quick "nothing to cap" check must see every one. */
const CASES: [string, EventDraft][] = [
  ['title', { ...base, title: long(MAX_TITLE_CHARS) }],
  ['summary', { ...base, summary: long(MAX_TEXT_CHARS) }],
  ['confidence', { ...base, confidence: long(MAX_TEXT_CHARS) }],
  ['geoNote', { ...base, geoNote: long(MAX_TEXT_CHARS) }],
  ['otherFigures', { ...base, otherFigures: long(MAX_TEXT_CHARS) }],
  ['figures.killed.note', { ...base, figures: { killed: { min: 7, max: 7, note: long(MAX_TEXT_CHARS) } } }],
  ['sources.0.title', { ...base, sources: [{ title: long(MAX_TEXT_CHARS) }] }],
  ['sources.0.publisher', { ...base, sources: [{ title: 'Report', publisher: long(MAX_TEXT_CHARS) }] }],
  ['attributes.region', { ...base, attributes: { region: long(MAX_TEXT_CHARS) } }],
  ['title_i18n.uk', { ...base, title_i18n: { uk: long(MAX_TITLE_CHARS) } }],
  ['summary_i18n.uk', { ...base, summary_i18n: { uk: long(MAX_TEXT_CHARS) } }],
];

describe('capEventText', () => {
  it('keeps an event within every limit as it is (the same object, nothing noted)', () => {
    const fields: string[] = [];
    expect(capEventText(base, (field) => fields.push(field))).toBe(base);
    expect(fields).toEqual([]);
  });

  it.each(CASES)('cuts %s when it alone is too long, and notes it', (field, event) => {
    const fields: string[] = [];
    const capped = capEventText(event, (name) => fields.push(name));
    expect(fields).toEqual([field]);
    expect(capped).not.toBe(event);
    expect(JSON.stringify(capped)).toMatch(/more characters cut on import/);
  });
});
