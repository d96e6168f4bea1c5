/**
 * Reader-facing names of figure keys; unknown keys are turned from camelCase into words. A Map,
 * so that figure keys from data such as `toString` or `constructor` are just unknown keys.
 */
const LABELS = new Map<string, string>([
  ['killed', 'Killed'],
  ['injured', 'Injured'],
  ['drones', 'Drones launched'],
  ['missiles', 'Missiles launched'],
  ['prisonersExchanged', 'Prisoners exchanged'],
]);

/** "prisonersExchanged" → "Prisoners exchanged"; "buildingsWithoutHeat" → "Buildings without heat". */
export function figureLabel(key: string): string {
  const known = LABELS.get(key);
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Order in which figures are listed: casualties first, then launches, then the rest alphabetically. */
export function figureOrder(keys: readonly string[]): string[] {
  const first = [...LABELS.keys()];
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
