// @vitest-environment node
/**
 * The layering rules of docs/architecture.md are enforced by ESLint (eslint.config.js). These
 * tests plant violations and check that the lint fails on each, and that clean code passes, so
 * the rules cannot silently stop working (a wrong path in a zone would match nothing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the repo). */
async function ruleIdsFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layering lint', { timeout: 60_000 }, () => {
  it('fails when a feature imports another feature', async () => {
    const ids = await ruleIdsFor('src/features/map/planted.ts', "import { TimelineView } from '../timeline/timeline-view';\nexport const x = TimelineView;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('fails when state or api import a feature', async () => {
    const code = "import { MapView } from '../features/map/map-view';\nexport const x = MapView;\n";
    expect(await ruleIdsFor('src/state/planted.ts', code)).toContain('import-x/no-restricted-paths');
    expect(await ruleIdsFor('src/api/planted.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('fails when domain imports React layers', async () => {
    const ids = await ruleIdsFor('src/domain/core/planted.ts', "import { useDataSource } from '../../state/data-source';\nexport const x = useDataSource;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('fails when domain/map, domain/timeline or domain/charts import each other', async () => {
    const ids = await ruleIdsFor('src/domain/map/planted.ts', "import { timelineDomain } from '../timeline/timeline-scale';\nexport const x = timelineDomain;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('passes a feature that imports state, components and domain', async () => {
    const code = [
      "import { useDataSource } from '../../state/data-source';",
      "import { ErrorBoundary } from '../../components/error-boundary';",
      "import { toDayNumber } from '../../domain/core/calendar-date';",
      'export const x = [useDataSource, ErrorBoundary, toDayNumber];',
      '',
    ].join('\n');
    expect(await ruleIdsFor('src/features/map/planted.ts', code)).toEqual([]);
  });

  describe('cycles', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(ROOT, 'src/domain/core/lint-probe-'));
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fails on an import cycle', async () => {
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
      expect((result?.messages ?? []).map((message) => message.ruleId)).toContain('import-x/no-cycle');
    });
  });
});
