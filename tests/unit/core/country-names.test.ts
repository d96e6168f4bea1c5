import { describe, expect, it } from 'vitest';
import { localCountryName } from '../../../src/domain/core/country-names';

describe('localCountryName', () => {
  it('names the default data’s countries in Ukrainian and Russian', () => {
    expect(localCountryName('Ukraine', 'uk')).toBe('Україна');
    expect(localCountryName('Russia', 'uk')).toBe('Росія');
    // The runtime's own words (ICU data), which may abbreviate ("ОАЭ"): in Cyrillic, not English.
    expect(localCountryName('United Arab Emirates', 'ru')).toMatch(/^[А-ЯЁа-яё ]+$/);
    expect(localCountryName('United States', 'ru')).toMatch(/^[А-ЯЁа-яё ]+$/);
    expect(localCountryName('switzerland ', 'uk')).toBe('Швейцарія');
  });

  it('gives nothing for a name that is not a country the runtime knows, so the original is shown', () => {
    expect(localCountryName('Donbas region', 'uk')).toBeUndefined();
    expect(localCountryName('', 'uk')).toBeUndefined();
    expect(localCountryName('__proto__', 'uk')).toBeUndefined();
  });
});
