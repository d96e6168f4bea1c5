import { describe, expect, it } from 'vitest';
import { readParams } from '../../../src/domain/url/search-params';
import { langCodec } from '../../../src/domain/url/lang-codec';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { applyUrlPatch, decodeUrlState } from '../../../src/domain/url/url-state';

const decode = (search: string) => langCodec.decode(readParams(search));

describe('the lang codec', () => {
  it('reads the languages the interface speaks, region tags and capitals included', () => {
    expect(decode('?lang=uk').value).toBe('uk');
    expect(decode('?lang=ru').value).toBe('ru');
    expect(decode('?lang=en').value).toBe('en');
    expect(decode('?lang=uk-UA').value).toBe('uk');
    expect(decode('?lang=RU').value).toBe('ru');
  });

  it('leaves the choice to the browser when the address names no language', () => {
    expect(decode('').value).toBeUndefined();
    expect(decode('?lang=').value).toBeUndefined();
    expect(decode('').notices).toEqual([]);
  });

  it('drops a language it does not speak, with a notice, and keeps the rest of the address', () => {
    const { state, notices } = decodeUrlState('?lang=de&q=market');
    expect(state.lang).toBeUndefined();
    expect(state.filters.q).toBe('market');
    expect(notices).toEqual(['Ignored lang="de": the interface is in en, uk or ru.']);
  });

  it('switching language keeps the filters and every other key', () => {
    expect(applyUrlPatch('?from=2026-02-01&categories=strike&utm_source=x', { lang: 'ru' })).toBe(
      '?from=2026-02-01&categories=strike&utm_source=x&lang=ru',
    );
    expect(applyUrlPatch('?lang=ru&q=a', { lang: 'uk' })).toBe('?q=a&lang=uk');
  });

  it('is kept when another group changes', () => {
    expect(applyUrlPatch('?lang=uk', { story: { storyId: 's', step: 2 } })).toBe('?lang=uk&story=s&step=2');
  });

  it('writes the notices about junk in the language asked for', () => {
    expect(decodeUrlState('?lang=uk&from=banana&window=9', translatorFor('uk')).notices).toEqual([
      'Пропущено from="banana": це не дата у форматі РРРР-ММ-ДД.',
      'Пропущено window="9": використовуйте 1, 7, 30 або cumulative.',
    ]);
    expect(decodeUrlState('?lang=xx', translatorFor('ru')).notices).toEqual(['Пропущено lang="xx": интерфейс доступен на языках en, uk и ru.']);
  });
});
