import { describe, expect, it } from 'vitest';
import { escapeHtml, tileConfig, tileTemplateProblem } from '../../../src/domain/map/map-tiles';
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

describe('escapeHtml', () => {
  it('makes text safe for places where Leaflet only takes HTML', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;');
  });
});
