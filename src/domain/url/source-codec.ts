/**
 * Where the data and the base map come from: `data=<url>` names a data file to load instead of
 * the default one, `tiles=<template>` an online tile server. Both are kept as written; what may
 * be fetched is decided where they are used (only http(s), tiles with {z}/{x}/{y}).
 */
import type { UrlCodec } from './codec';
import { ENGLISH } from '../core/i18n/translator';

/** The key that names a data file to load instead of the default one. */
export const DATA_KEY = 'data';
/** The key that names an online tile server's URL template. */
export const TILES_KEY = 'tiles';

/** Longest address kept: a link is not a place for a megabyte of text. */
const MAX_ADDRESS_LENGTH = 2048;

/** A group holding one trimmed text value, or undefined when missing, empty or too long. */
function textCodec(key: string, what: 'data' | 'tiles'): UrlCodec<string | undefined> {
  return {
    keys: [key],
    decode(params, tr = ENGLISH) {
      const value = params.get(key)?.trim();
      if (!value) return { value: undefined, notices: [] };
      if (value.length > MAX_ADDRESS_LENGTH) {
        return { value: undefined, notices: [tr.t('url.tooLong', { key, what, max: String(MAX_ADDRESS_LENGTH) })] };
      }
      return { value, notices: [] };
    },
    encode(value, params) {
      if (value) params.set(key, value);
    },
  };
}

export const dataCodec = textCodec(DATA_KEY, 'data');
export const tilesCodec = textCodec(TILES_KEY, 'tiles');
