/**
 * Reading and writing query strings, written once for every URL codec: lists keep their commas
 * readable (`actors=russia,ukraine`, not `%2C`), and an empty query is "" rather than "?".
 */

/** The parameters of a query string ("?a=1", "a=1" or ""). */
export function readParams(search: string): URLSearchParams {
  return new URLSearchParams(search);
}

/**
 * A query string for `params`: "" when empty, else "?…", with commas left as commas.
 * @example formatParams(new URLSearchParams({ actors: 'russia,ukraine' })) // '?actors=russia,ukraine'
 */
export function formatParams(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** `search` without the given keys. Returns "" or "?…". */
export function withoutKeys(search: string, keys: readonly string[]): string {
  const params = readParams(search);
  for (const key of keys) params.delete(key);
  return formatParams(params);
}

/** Values as a URL notice quotes them: "a", "b". */
export function quotedValues(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
