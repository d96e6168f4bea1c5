/**
 * The full example in docs/data-format.md is what people copy to start their own file: it must
 * pass data:check and load in the app without a single rejection.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../scripts/lib/data-rules';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { readRepoFile } from './load-files';

function fullExample(): unknown {
  const doc = readRepoFile('docs/data-format.md');
  const section = doc.slice(doc.indexOf('## Full example'));
  const match = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!match?.[1]) throw new Error('docs/data-format.md has no ```json block under "## Full example"');
  return JSON.parse(match[1]);
}

describe('docs/data-format.md full example', () => {
  it('passes every data:check rule', () => {
    expect(checkDataset(fullExample())).toEqual([]);
  });

  it('loads in the app with its three events, the undisclosed swap site kept off the map', () => {
    const { dataset, rejected } = parseDataset(fullExample());
    expect(rejected).toEqual([]);
    expect(dataset.events.map((event) => [event.id, event.place])).toEqual([
      ['strike-2026-02-03-massive-energy', 'kyiv'],
      ['talks-2026-02-04-abu-dhabi-round2', 'abu-dhabi'],
      ['hum-2026-02-05-pow-exchange', null],
    ]);
    expect(dataset.events[0]?.figures.drones).toEqual({ min: 450, max: 450, note: expect.stringContaining('Air Force') });
  });
});
