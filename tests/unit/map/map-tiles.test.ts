import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/domain/core/i18n/translator';
import { escapeHtml, tileConfig, tileTemplateFault, tileTemplateProblem } from '../../../src/domain/map/map-tiles';
import { decodeUrlState } from '../../../src/domain/url/url-state';

/** The `tiles` template as the URL layer reads it from a query string. */
const fromLink = (search: string) => decodeUrlState(search).state.tiles;

describe('tileConfig', () => {
  it('uses no tiles unless a tile URL is configured', () => {
    expect(tileConfig(fromLink(''), undefined)).toBeUndefined();
    expect(tileConfig(fromLink('?place=kyiv'), '')).toBeUndefined();
  });

  it('takes a tile template from the link, attributed to its host', () => {
    expect(tileConfig(fromLink('?tiles=https%3A%2F%2F%7Bs%7D.tiles.example.org%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png'), undefined)).toEqual({
      url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      attribution: 'Map tiles: 0.tiles.example.org',
    });
  });

  it('prefers the link over the build-time URL and uses the build-time attribution for its own URL', () => {
    expect(tileConfig(fromLink('?tiles=https://a.example/{z}/{x}/{y}.png'), 'https://b.example/{z}/{x}/{y}.png')?.url).toBe('https://a.example/{z}/{x}/{y}.png');
    expect(tileConfig(fromLink(''), 'https://b.example/{z}/{x}/{y}.png', '© B <maps>')).toEqual({ url: 'https://b.example/{z}/{x}/{y}.png', attribution: '© B &#60;maps&#62;' });
  });

  it('ignores templates that are not http(s) or lack {z}/{x}/{y}', () => {
    expect(tileConfig(fromLink('?tiles=javascript:alert(1)//{z}/{x}/{y}'), undefined)).toBeUndefined();
    expect(tileConfig(fromLink('?tiles=https://a.example/tile.png'), undefined)).toBeUndefined();
    expect(tileConfig(fromLink('?tiles=not a url {z}{x}{y}'), undefined)).toBeUndefined();
  });
});

describe('a tile template with a placeholder Leaflet cannot fill', () => {
  // Leaflet throws for every tile on an unknown placeholder, which used to remove the whole map.
  it('is refused, so the offline base map stays', () => {
    expect(tileConfig(fromLink('?tiles=https://t.example/{z}/{x}/{y}.png?key={apikey}'), undefined)).toBeUndefined();
    expect(tileConfig(fromLink('?tiles=https://t.example/{z}/{x}/{y}@2x.png?access_token={accessToken}'), undefined)).toBeUndefined();
  });

  it('is explained in words that name the placeholder', () => {
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}.png?key={apikey}')).toMatch(/\{apikey\}/);
    expect(tileTemplateProblem('https://{s}.t.example/{z}/{x}/{-y}.png')).toBeUndefined();
    expect(tileTemplateProblem('https://t.example/tile.png')).toMatch(/\{z\}, \{x\} and \{y\}/);
  });
});

describe('a tile template’s problem in Ukrainian and Russian', () => {
  const uk = translatorFor('uk');
  const ru = translatorFor('ru');

  it('is found once, as a fault the words are written from', () => {
    expect(tileTemplateFault('https://t.example/{z}/{x}/{y}.png?key={apikey}&t={token}')).toEqual({ kind: 'placeholders', names: ['apikey', 'token'] });
    expect(tileTemplateFault('ftp://t.example/{z}/{x}/{y}.png')).toEqual({ kind: 'not-http' });
    expect(tileTemplateFault('https://t.example/tile.png')).toEqual({ kind: 'coordinates' });
  });

  it('is written in the reader’s language, the placeholders kept as they are typed', () => {
    expect(tileTemplateProblem('https://t.example/tile.png', uk)).toBe('вона має містити {z}, {x} і {y}');
    expect(tileTemplateProblem('https://t.example/tile.png', ru)).toBe('он должен содержать {z}, {x} и {y}');
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}.png?key={apikey}', uk)).toBe(
      'їй потрібні {apikey}, а ця мапа не може їх заповнити (впишіть сам ключ в адресу)',
    );
    expect(tileTemplateProblem('ftp://t.example/{z}/{x}/{y}.png', ru)).toBe('это должен быть адрес http(s)');
  });

  it('credits the tile host in the reader’s language', () => {
    expect(tileConfig('https://tiles.example.org/{z}/{x}/{y}.png', undefined, undefined, uk)?.attribution).toBe('Тайли мапи: tiles.example.org');
  });
});

describe('escapeHtml', () => {
  it('makes text safe for places where Leaflet only takes HTML', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;');
  });
});
