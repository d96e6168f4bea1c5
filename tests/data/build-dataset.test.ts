/**
 * public/data/events.json is generated: the committed file must be exactly what
 * scripts/build-dataset.ts makes from the fact sheet and the editorial tables, so that a hand
 * edit to one of them is never silently lost at the next build.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './load-files';

describe('scripts/build-dataset.ts --check', () => {
  it('finds the committed events.json up to date', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('build-dataset: public/data/events.json is up to date');
    expect(result.status).toBe(0);
  }, 60_000);
});
