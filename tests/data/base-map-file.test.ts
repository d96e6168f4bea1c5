import { describe, expect, it } from 'vitest';
import { readRepoFile } from './load-files';

/**
 * The offline base map is kept as data (public/data/countries-50m.json, Natural Earth 1:50m via
 * world-atlas, public domain), so the app needs no runtime package for it. world-atlas stays a
 * devDependency only to prove where the committed copy comes from.
 */
describe('the base map file', () => {
  it('is the unchanged world-atlas countries-50m topology', () => {
    expect(readRepoFile('public/data/countries-50m.json')).toBe(readRepoFile('node_modules/world-atlas/countries-50m.json'));
  });
});
