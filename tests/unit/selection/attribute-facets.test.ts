import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeSlug, buildAttributeColumn } from '../../../src/domain/core/attribute-facets';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import type { EventRecord } from '../../../src/domain/core/model';
import { importText } from '../../../src/domain/importers/import-text';
import { countFacets } from '../../../src/domain/selection/facets';
import { EMPTY_FILTERS, isUnfiltered, selectEvents, selectionKey, type Filters } from '../../../src/domain/selection/filters';
import { citationFilterParts } from '../../../src/domain/share/citation';
import { decodeFilters, encodeFilters, reconcileFilters } from '../../../src/domain/url/filters-codec';
import { decodeUrlState } from '../../../src/domain/url/url-state';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { miniIndex } from '../../helpers/render-dashboard';

const acled = importText(readFileSync(resolve('tests/fixtures/imports/acled-sample.csv'), 'utf8'), 'acled-sample.csv');
const index = buildEventIndex(acled.dataset);
const ids = (patch: Partial<Filters>) =>
  [...selectEvents(index, { ...EMPTY_FILTERS, ...patch }).filtered].map((i) => index.events[i]?.id).sort();

describe('ACLED sub-type and region facets', () => {
  it('codes each sub-type and region once, with the label the file writes', () => {
    expect(index.attributes.subTypes.labels).toContain('Shelling/artillery/missile attack');
    expect(index.attributes.subTypes.slugs).toContain('shelling-artillery-missile-attack');
    expect(index.attributes.regions.labels).toEqual(expect.arrayContaining(['Donetsk', 'Kyiv City', 'Kharkiv', 'Zaporizhia', 'Abu Dhabi']));
    expect(index.attributes.regions.slugs).toHaveLength(5);
  });

  it('keeps only the events of the chosen sub-types', () => {
    expect(ids({ subTypes: ['air-drone-strike'] })).toEqual(['UKR1002']);
    expect(ids({ subTypes: ['air-drone-strike', 'armed-clash'] })).toEqual(['UKR1002', 'UKR1006']);
  });

  it('keeps only the events of the chosen regions, and combines with sub-types and categories', () => {
    expect(ids({ regions: ['kyiv-city'] })).toEqual(['UKR1002', 'UKR1004']);
    expect(ids({ regions: ['kyiv-city'], subTypes: ['peaceful-protest'] })).toEqual(['UKR1004']);
    expect(ids({ regions: ['kyiv-city'], categories: ['strike'] })).toEqual(['UKR1002']);
  });

  it('matches nothing for a value the data does not have, and everything when none is chosen', () => {
    expect(ids({ regions: ['crimea'] })).toEqual([]);
    expect(ids({})).toHaveLength(6);
  });

  it('counts each value over the events that pass every other filter', () => {
    const counts = countFacets(index, { ...EMPTY_FILTERS, regions: ['kyiv-city'] });
    // Region counts ignore the region filter, so other regions say what they would add.
    expect(counts.regions.get('donetsk')).toBe(1);
    expect(counts.regions.get('kyiv-city')).toBe(2);
    // Sub-type counts follow the region filter.
    expect(counts.subTypes.get('air-drone-strike')).toBe(1);
    expect(counts.subTypes.get('armed-clash')).toBe(0);
    // Categories and actors follow it too.
    expect(counts.categories.get('battle')).toBe(0);
    expect(counts.categories.get('protest')).toBe(1);
  });

  it('counts as a narrowing filter and changes the selection key', () => {
    expect(isUnfiltered({ ...EMPTY_FILTERS, subTypes: ['attack'] })).toBe(false);
    expect(selectionKey({ ...EMPTY_FILTERS, regions: ['kharkiv'] })).not.toBe(selectionKey(EMPTY_FILTERS));
  });

  it('names the chosen values in the citation', () => {
    expect(citationFilterParts({ ...EMPTY_FILTERS, subTypes: ['air-drone-strike'], regions: ['kyiv-city'] }, index)).toEqual([
      'sub-type Air/drone strike',
      'region Kyiv City',
    ]);
  });

  it('has no values for a dataset without the attributes (the facets stay hidden)', () => {
    const mini = miniIndex();
    expect(mini.attributes.subTypes.slugs).toEqual([]);
    expect(mini.attributes.regions.slugs).toEqual([]);
  });
});

describe('attribute columns', () => {
  const event = (id: string, attributes?: Record<string, string>): EventRecord => {
    const rest: EventRecord = { ...(index.events[0] as EventRecord) };
    delete rest.attributes;
    return attributes === undefined ? { ...rest, id } : { ...rest, id, attributes };
  };

  it('reads only own attributes: a value named after an Object.prototype member is not a function', () => {
    const inherited = Object.create({ admin1: 'Planted' }) as Record<string, string>;
    const column = buildAttributeColumn([event('a', inherited), event('b', { admin1: 'constructor' }), event('c')], 'admin1');
    expect([...column.codes]).toEqual([-1, 0, -1]);
    expect(column.labels).toEqual(['constructor']);
  });

  it('gives spellings of one value one code, and leaves values with no letter or digit out', () => {
    const column = buildAttributeColumn([event('a', { admin1: 'Kyiv City' }), event('b', { admin1: 'kyiv  city' }), event('c', { admin1: '—' })], 'admin1');
    expect([...column.codes]).toEqual([0, 0, -1]);
    expect(column.labels).toEqual(['Kyiv City']);
  });

  it('writes readable slugs in any script', () => {
    expect(attributeSlug('Air/drone strike')).toBe('air-drone-strike');
    expect(attributeSlug('Донецька область')).toBe('донецька-область');
    expect(attributeSlug('Zaporiz’ka')).toBe('zaporiz-ka');
  });
});

describe('URL keys subtypes and regions', () => {
  it('writes the slugs with readable commas and reads them back', () => {
    const search = encodeFilters({ ...EMPTY_FILTERS, subTypes: ['air-drone-strike', 'armed-clash'], regions: ['kyiv-city'] });
    expect(search).toBe('?subtypes=air-drone-strike,armed-clash&regions=kyiv-city');
    expect(decodeFilters(search).filters).toMatchObject({ subTypes: ['air-drone-strike', 'armed-clash'], regions: ['kyiv-city'] });
  });

  it('drops junk values with a notice and keeps the good ones', () => {
    const decoded = decodeFilters('?regions=donetsk,Kyiv%20City!,<b>&subtypes=' + 'x'.repeat(500));
    expect(decoded.filters.regions).toEqual(['donetsk']);
    expect(decoded.filters.subTypes).toEqual([]);
    expect(decoded.notices).toHaveLength(2);
    expect(decoded.notices.find((n) => n.startsWith('Ignored regions'))).toContain('"Kyiv City!"');
    expect(decoded.notices.find((n) => n.startsWith('Ignored subtypes'))).toBeDefined();
  });

  it('drops values the loaded data does not have, with a notice', () => {
    const { filters, notices } = reconcileFilters({ ...EMPTY_FILTERS, regions: ['donetsk', 'crimea'], subTypes: ['attack'] }, index);
    expect(filters.regions).toEqual(['donetsk']);
    expect(filters.subTypes).toEqual(['attack']);
    expect(notices).toEqual(['Unknown region "crimea" ignored.']);
  });

  it('writes those notices in the reader’s language', () => {
    const unknown = { ...EMPTY_FILTERS, regions: ['crimea'], subTypes: ['attack', 'sabotage'] };
    expect(reconcileFilters(unknown, index, translatorFor('uk')).notices).toEqual(['Невідомий підтип "sabotage" пропущено.', 'Невідомий регіон "crimea" пропущено.']);
    expect(reconcileFilters(unknown, index, translatorFor('ru')).notices).toEqual(['Неизвестный подтип "sabotage" пропущен.', 'Неизвестный регион "crimea" пропущен.']);
    expect(decodeUrlState('?regions=Kyiv!', translatorFor('uk')).notices).toEqual(['Пропущено regions "Kyiv!": це не назва значення у вигляді air-drone-strike.']);
    expect(decodeUrlState('?regions=Kyiv!', translatorFor('ru')).notices).toEqual(['Пропущено regions "Kyiv!": это не название значения в виде air-drone-strike.']);
  });

  it('names sub-types and regions in a citation in the reader’s language', () => {
    const filters = { ...EMPTY_FILTERS, subTypes: ['air-drone-strike'], regions: ['kyiv-city'] };
    expect(citationFilterParts(filters, index, translatorFor('uk'))).toEqual(['підтип Air/drone strike', 'регіон Kyiv City']);
    expect(citationFilterParts(filters, index, translatorFor('ru'))).toEqual(['подтип Air/drone strike', 'регион Kyiv City']);
  });
});
