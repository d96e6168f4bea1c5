/**
 * checkDataset: the default file and the test fixture pass; a deliberately broken copy of the
 * default file gives one violation per break, each naming the item and the rule.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset, type RuleViolation } from '../../scripts/lib/data-rules';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { rawEventsFile } from './load-files';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of an array field; they are the file's own objects, so editing them edits the file. */
function list(owner: Json, key: string): Json[] {
  const value = owner[key];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not an array`);
  return value.filter(isJson);
}

function byId(items: Json[], id: string): Json {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** A fresh, editable copy of the default file (the file on disk is never touched). */
function defaultCopy(): Json {
  const raw = rawEventsFile();
  if (!isJson(raw)) throw new Error('events.json is not an object');
  return raw;
}

function eventAt(file: Json, id: string): Json {
  return byId(list(file, 'events'), id);
}

function find(violations: RuleViolation[], rule: string, id: string): RuleViolation | undefined {
  return violations.find((violation) => violation.rule === rule && violation.id === id);
}

describe('checkDataset', () => {
  it('passes the default dataset and the mini test dataset', () => {
    expect(checkDataset(rawEventsFile())).toEqual([]);
    expect(checkDataset(miniDatasetFile())).toEqual([]);
  });

  describe('on a deliberately broken copy of the default file', () => {
    const file = defaultCopy();
    const events = list(file, 'events');
    const firstId = String(events[0]?.id);
    const second = events[1];
    if (second) second.id = firstId;
    eventAt(file, 'talks-2026-02-04-abu-dhabi-round2').endDate = '2026-02-01';
    byId(list(file, 'places'), 'kyiv').lat = 95;
    const druzhkivka = eventAt(file, 'strike-2026-02-04-druzhkivka-market');
    druzhkivka.figures = { ...(isJson(druzhkivka.figures) ? druzhkivka.figures : {}), killed: 'at least 7' };
    eventAt(file, 'strike-2025-11-19-ternopil').place = 'atlantis';
    const firstSource = list(eventAt(file, 'hum-2026-02-26-bodies-repatriation'), 'sources')[0];
    if (firstSource) firstSource.url = 'javascript:alert(1)';
    const violations = checkDataset(file);

    it('reports exactly the six breaks, nothing else', () => {
      expect(violations.map((violation) => violation.rule).sort()).toEqual([
        'coordinates in range',
        'end date not before start date',
        'figures are numbers',
        'http(s) source',
        'place reference resolves',
        'unique ids',
      ]);
    });

    it('names the duplicated id and where it was first used', () => {
      expect(find(violations, 'unique ids', firstId)?.message).toBe(
        `Event "${firstId}" (events[1]), field "id": id "${firstId}" is already used by the event at events[0] [rule: unique ids].`,
      );
    });

    it('names the event whose end date is before its start', () => {
      expect(find(violations, 'end date not before start date', 'talks-2026-02-04-abu-dhabi-round2')?.message).toMatch(
        /^Event "talks-2026-02-04-abu-dhabi-round2" \(events\[\d+\]\), field "endDate": endDate 2026-02-01 is before date 2026-02-04/,
      );
    });

    it('names the place with latitude 95 and the events that use it', () => {
      const message = find(violations, 'coordinates in range', 'kyiv')?.message ?? '';
      expect(message).toMatch(/^Place "kyiv" \(places\[\d+\]\), field "lat": latitude 95 is outside -90 to 90/);
      expect(message).toContain('strike-2026-02-03-massive-energy');
    });

    it('names the event with a figure written as text', () => {
      expect(find(violations, 'figures are numbers', 'strike-2026-02-04-druzhkivka-market')?.message).toMatch(
        /field "figures\.killed": figure "killed" is the text "at least 7"/,
      );
    });

    it('names the event pointing at an unknown place', () => {
      expect(find(violations, 'place reference resolves', 'strike-2025-11-19-ternopil')?.message).toMatch(
        /place "atlantis" is not the id of any place/,
      );
    });

    it('names the event with a javascript: source url', () => {
      expect(find(violations, 'http(s) source', 'hum-2026-02-26-bodies-repatriation')?.message).toMatch(
        /field "sources\.0\.url": source url "javascript:alert\(1\)" is not an http\(s\) URL \[rule: http\(s\) source\]\.$/,
      );
    });
  });

  it('requires at least one http(s) url per event', () => {
    const file = defaultCopy();
    const event = eventAt(file, 'hum-2026-02-05-pow-exchange');
    event.sources = [{ title: 'A report with no link' }];
    const violations = checkDataset(file);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message).toMatch(/"hum-2026-02-05-pow-exchange".*no source has an http\(s\) url/);
  });

  it('rejects categories outside the five known ones and unresolved actor and affiliation ids', () => {
    const file = defaultCopy();
    eventAt(file, 'treaty-2026-02-05-new-start-expires').category = 'rumour';
    eventAt(file, 'strike-2026-02-04-druzhkivka-market').actors = [{ id: 'nobody', role: 'attacker' }];
    byId(list(file, 'actors'), 'steve-witkoff').affiliation = 'atlantis';
    const rules = checkDataset(file).map((violation) => `${violation.rule}: ${String(violation.id)}`);
    expect(rules.sort()).toEqual([
      'actor reference resolves: strike-2026-02-04-druzhkivka-market',
      'affiliation resolves: steve-witkoff',
      'known category: treaty-2026-02-05-new-start-expires',
    ]);
  });

  it('names an event without an id by its index and reports schema problems field by field', () => {
    const file = defaultCopy();
    const event = list(file, 'events')[3];
    if (event) {
      delete event.id;
      event.date = '2026-02-31';
    }
    const messages = checkDataset(file).map((violation) => violation.message);
    expect(messages).toEqual([
      'Event #3 (events[3]), field "id": is missing [rule: schema v1].',
      'Event #3 (events[3]), field "date": must be a real calendar date written YYYY-MM-DD [rule: schema v1].',
    ]);
  });

  it('reports a file that is not a dataset at all instead of throwing', () => {
    expect(checkDataset(null).map((violation) => violation.rule)).toEqual(['file shape']);
    expect(checkDataset({ schemaVersion: 1, title: 'x', description: '', updated: '2026-02-01', attribution: '' }).map((v) => v.message)).toEqual([
      'File, field "actors": "actors" must be an array [rule: file shape].',
      'File, field "places": "places" must be an array [rule: file shape].',
      'File, field "events": "events" must be an array [rule: file shape].',
    ]);
  });
});

describe('checkDataset on translations (contract 1.1)', () => {
  it('requires uk and ru for the default dataset, and nothing without the option', () => {
    expect(checkDataset(rawEventsFile(), { requireLanguages: ['uk', 'ru'] })).toEqual([]);
    expect(checkDataset(miniDatasetFile())).toEqual([]);
    const missing = checkDataset(miniDatasetFile(), { requireLanguages: ['uk'] });
    // The mini file has 8 events, 6 actors, 5 places, a title and a description: none translated.
    expect(missing).toHaveLength(8 + 6 + 5 + 2);
    expect(missing.every((violation) => violation.rule === 'required languages')).toBe(true);
  });

  it('names a bad language tag, an empty translation, a "__proto__" key and a translation copied from another event', () => {
    const file = defaultCopy();
    const druzhkivka = eventAt(file, 'strike-2026-02-04-druzhkivka-market');
    druzhkivka.title_i18n = { uk: 'Касетні боєприпаси влучили в ринок у Дружківці', ru: 'Кассетные боеприпасы поразили рынок в Дружковке', Ukrainian: 'x' };
    druzhkivka.summary_i18n = { uk: '  ' };
    const kyivPlace = byId(list(file, 'places'), 'kyiv');
    kyivPlace.name_i18n = JSON.parse('{"__proto__": "Київ", "uk": "Київ", "ru": "Киев"}');
    const ternopil = eventAt(file, 'strike-2025-11-19-ternopil');
    ternopil.title_i18n = { uk: 'Касетні боєприпаси влучили в ринок у Дружківці', ru: 'Крылатые ракеты поразили многоэтажки в Тернополе' };
    const violations = checkDataset(file, { requireLanguages: ['uk', 'ru'] });
    expect(violations.map((violation) => violation.message)).toEqual([
      'Place "kyiv" (places[0]), field "name_i18n.__proto__": "__proto__" is not a BCP 47 language tag (e.g. uk, ru, uk-UA) [rule: language tag].',
      'Event "strike-2026-02-04-druzhkivka-market" (events[47]), field "title_i18n.Ukrainian": "Ukrainian" is not a BCP 47 language tag (e.g. uk, ru, uk-UA) [rule: language tag].',
      'Event "strike-2026-02-04-druzhkivka-market" (events[47]), field "summary_i18n.uk": a translation must be non-empty text; leave the language out instead [rule: translation not empty].',
      'Event "strike-2026-02-04-druzhkivka-market" (events[47]), field "title_i18n.uk": the "uk" translation is the same as that of event "strike-2025-11-19-ternopil" [rule: translation of one event only].',
    ]);
  });
});
