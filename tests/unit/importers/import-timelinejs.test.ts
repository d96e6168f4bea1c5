import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/domain/importers/import-text';
import { timelineCategory } from '../../../src/domain/importers/timelinejs';
import { english, reasonOf, withReason } from '../../helpers/english-problem';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');

describe('TimelineJS JSON import', () => {
  const result = importText(fixture('timelinejs.json'), 'timelinejs.json');
  const byTitle = (title: string) => result.dataset.events.find((event) => event.title === title);

  it('is detected from the content and takes its title from the title slide, as plain text', () => {
    expect(result.format).toBe('timelinejs-json');
    expect(result.dataset.meta.title).toBe('Talks & strikes, a TimelineJS test');
  });

  it('turns HTML headlines and texts into plain text, dropping scripts and tags', () => {
    const round = byTitle('Second round in Abu Dhabi');
    expect(round?.summary).toBe('US, Russian & Ukrainian delegations meet.\nA prisoner exchange is agreed.');
    expect(byTitle('Market hit in Druzhkivka')?.summary).toBe('Cluster munitions hit the market.');
    expect(result.dataset.events.every((event) => !/[<>]/.test(event.summary + event.title))).toBe(true);
  });

  it('keeps day, month and year precision, dated on the first day of the period', () => {
    expect(byTitle('Second round in Abu Dhabi')).toMatchObject({ date: '2026-02-04', endDate: '2026-02-05', datePrecision: 'day', id: 'round-two' });
    expect(byTitle('Month-only: February energy strikes')).toMatchObject({ date: '2026-02-01', datePrecision: 'month' });
    expect(byTitle('New START signed (year only)')).toMatchObject({ date: '2010-01-01', datePrecision: 'year' });
  });

  it('imports eras as spans that end on the last day of their end period', () => {
    expect(byTitle('Winter of talks')).toMatchObject({ date: '2025-11-01', endDate: '2026-02-28', category: 'era', datePrecision: 'month' });
    expect(byTitle('New START in force')).toMatchObject({ date: '2011-01-01', endDate: '2026-12-31', datePrecision: 'year' });
  });

  it('maps groups to known categories, or keeps them in kebab case', () => {
    expect(byTitle('Second round in Abu Dhabi')?.category).toBe('talks');
    expect(byTitle('Market hit in Druzhkivka')?.category).toBe('strike');
    expect(byTitle('New START signed (year only)')?.category).toBe('treaty');
    expect(byTitle('Month-only: February energy strikes')?.category).toBe('energy-war');
    expect(timelineCategory('', false)).toBe('other');
  });

  it('keeps http(s) media links as sources and drops other schemes with a warning', () => {
    expect(byTitle('Second round in Abu Dhabi')?.sources).toEqual([
      { title: 'Round two report', publisher: 'Example News', url: 'https://example.org/round-two' },
    ]);
    expect(byTitle('Market hit in Druzhkivka')?.sources).toEqual([{ title: 'Bad link' }]);
    expect(result.warnings.map((w) => english(w.problem)).join()).toMatch(/"javascript:alert\(1\)" dropped/);
  });

  it('rejects an impossible date and a missing start date, with row numbers', () => {
    expect(result.rejected.map((r) => [r.index + 1, r.field])).toEqual([
      [5, 'start_date'],
      [6, 'start_date'],
    ]);
    expect(reasonOf(result.rejected[0])).toBe('"2026-02-31" is not a real calendar date');
    expect(result.dataset.events).toHaveLength(6);
  });
});

describe('TimelineJS sheet (CSV) import', () => {
  const result = importText(fixture('timelinejs-sheet.csv'), 'timelinejs-sheet.csv');
  const byTitle = (title: string) => result.dataset.events.find((event) => event.title === title);

  it('reads the template columns, the title row and the era rows', () => {
    expect(result.format).toBe('timelinejs-csv');
    expect(result.dataset.meta.title).toBe('Talks and strikes');
    expect(byTitle('First round in Abu Dhabi')).toMatchObject({
      date: '2026-01-23',
      endDate: '2026-01-24',
      category: 'talks',
      summary: 'Delegations meet, with US mediation.',
      sources: [{ title: 'Round one report', publisher: 'Example News', url: 'https://example.org/round1' }],
    });
    expect(byTitle('Kyiv struck')).toMatchObject({ category: 'strike', summary: 'Drones & missiles hit Kyiv.' });
    expect(byTitle('Winter of talks')).toMatchObject({ category: 'era', endDate: '2026-02-28' });
  });

  it('keeps year-only and month-only precision', () => {
    expect(byTitle('Month-only entry')).toMatchObject({ date: '2026-02-01', datePrecision: 'month', category: 'humanitarian' });
    expect(byTitle('Year-only entry')).toMatchObject({ date: '2022-01-01', datePrecision: 'year', category: 'other' });
  });

  it('rejects 30 February with its row number', () => {
    expect(result.rejected.map(withReason)).toEqual([
      { section: 'events', index: 6, field: 'start_date', reason: '"2026-02-30" is not a real calendar date' },
    ]);
  });
});
