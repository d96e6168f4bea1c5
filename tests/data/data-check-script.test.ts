/**
 * `tsx scripts/data-check.ts <file>` as CI and `npm test` run it: one OK line and exit 0 for a good
 * file; every violation, each naming the event and the rule, and exit 1 for a broken one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS_JSON_PATH, REPO_ROOT, rawEventsFile } from './load-files';

const tempDir = mkdtempSync(join(tmpdir(), 'data-check-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function runCheck(file: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', file, ...flags], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, text: string): string {
  const path = join(tempDir, name);
  writeFileSync(path, text);
  return path;
}

describe('scripts/data-check.ts', () => {
  it('prints the OK line with the counts for the default dataset', () => {
    const { status, stdout } = runCheck(EVENTS_JSON_PATH);
    expect(stdout.trim()).toBe('data:check: OK — 61 events, 52 actors, 24 places');
    expect(status).toBe(0);
  }, 60_000);

  it('with --require-languages uk,ru, passes the default dataset and names an event whose Russian title is gone', () => {
    expect(runCheck(EVENTS_JSON_PATH, '--require-languages', 'uk,ru').status).toBe(0);
    const text = JSON.stringify(rawEventsFile()).replace('"ru":"Кассетные боеприпасы поразили рынок в Дружковке"', '"xx":"Кассетные"');
    expect(text).toContain('"xx":"Кассетные"');
    const { status, stderr } = runCheck(writeTemp('no-ru.json', text), '--require-languages', 'uk,ru');
    expect(status).toBe(1);
    expect(stderr).toContain('Event "strike-2026-02-04-druzhkivka-market" (events[47]), field "title_i18n.ru": the "ru" translation is missing; this dataset needs uk and ru [rule: required languages].');
  }, 60_000);

  it('exits 1 and lists each violation with the event and the rule', () => {
    const broken = rawEventsFile();
    if (typeof broken !== 'object' || broken === null || !('events' in broken) || !Array.isArray(broken.events)) {
      throw new Error('unexpected events.json shape');
    }
    const druzhkivka: unknown = broken.events.find(
      (event: unknown) => typeof event === 'object' && event !== null && 'id' in event && event.id === 'strike-2026-02-04-druzhkivka-market',
    );
    if (typeof druzhkivka !== 'object' || druzhkivka === null) throw new Error('no Druzhkivka event');
    Object.assign(druzhkivka, { endDate: '2026-02-01', place: 'atlantis' });
    const { status, stdout, stderr } = runCheck(writeTemp('broken.json', JSON.stringify(broken)));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^data:check: FAILED — 2 violations in .*broken\.json$/);
    expect(lines.slice(1).map((line) => line.trim())).toEqual([
      expect.stringMatching(/^Event "strike-2026-02-04-druzhkivka-market" \(events\[\d+\]\), field "endDate": endDate 2026-02-01 is before date 2026-02-04 \[rule: end date not before start date\]\.$/),
      expect.stringMatching(/^Event "strike-2026-02-04-druzhkivka-market" \(events\[\d+\]\), field "place": place "atlantis" is not the id of any place \[rule: place reference resolves\]\.$/),
    ]);
  }, 60_000);

  it('exits 1 with a plain message for a file that is not JSON', () => {
    const { status, stderr } = runCheck(writeTemp('not-json.json', '<!doctype html><p>404</p>'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^data:check: .*not-json\.json is not valid JSON/);
  }, 60_000);
});
