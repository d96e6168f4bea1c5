import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImportSize, importBlob } from '../../../src/domain/importers/import-blob';
import { importText } from '../../../src/domain/importers/import-text';
import { thrownText, rejectionText } from '../../helpers/english-problem';

const sample = readFileSync(resolve('tests/fixtures/imports/acled-sample.csv'), 'utf8');

/** A big ACLED file: the sample's rows repeated with new ids, multi-line cells included. */
function bigAcled(copies: number): string {
  const [header, ...rest] = sample.trimEnd().split('\n');
  const body = rest.join('\n');
  const parts = [header];
  for (let i = 0; i < copies; i++) parts.push(body.replace(/UKR1(\d{3})/g, (_, n: string) => `UKR${i}-${n}`));
  return `${parts.join('\n')}\n`;
}

describe('importBlob', () => {
  it('streams a large CSV in chunks and gives the same result as importText', async () => {
    const text = bigAcled(200);
    expect(text.length).toBeGreaterThan(300_000);
    const streamed = await importBlob(new Blob([text]), 'big.csv', { chunkBytes: 16 * 1024 });
    const whole = importText(text, 'big.csv');
    expect(streamed.dataset.events).toHaveLength(1200);
    expect(streamed.rowCount).toBe(1200);
    expect(streamed).toEqual(whole);
  });

  it('reads a small JSON file whole', async () => {
    const text = readFileSync(resolve('tests/fixtures/imports/points.geojson'), 'utf8');
    const result = await importBlob(new File([text], 'points.geojson'), 'points.geojson');
    expect(result.format).toBe('geojson');
  });

  it('refuses a file over 300 MB before reading it, with a clear message', () => {
    expect(thrownText(() => checkImportSize(301 * 1024 * 1024, 'huge.csv'))).toMatch(/"huge.csv" is 301 MB; files over 300 MB are not opened/);
    expect(() => checkImportSize(300 * 1024 * 1024, 'ok.csv')).not.toThrow();
  });

  it('rejects an HTML page with the same one message as importText', async () => {
    const page = `<!doctype html><html>${'x'.repeat(100_000)}</html>`;
    expect(await rejectionText(importBlob(new Blob([page]), 'data.csv'))).toMatch(/is an HTML or XML page, not data/);
  });
});
