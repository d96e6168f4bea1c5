/**
 * Reader-facing names of figure keys; unknown keys are turned from camelCase into words. A Map,
 * so that figure keys from data such as `toString` or `constructor` are just unknown keys.
 */
import { ENGLISH, type MessageId, type Translator } from './i18n/translator';

const LABELS = new Map<string, MessageId>([
  ['killed', 'figure.killed'],
  ['injured', 'figure.injured'],
  ['drones', 'figure.drones'],
  ['missiles', 'figure.missiles'],
  ['prisonersExchanged', 'figure.prisonersExchanged'],
]);

/** "prisonersExchanged" → "Prisoners exchanged"; "buildingsWithoutHeat" → "Buildings without heat". */
export function figureLabel(key: string, tr: Translator = ENGLISH): string {
  const known = LABELS.get(key);
  if (known) return tr.t(known);
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Order in which figures are listed: casualties first, then launches, then the rest alphabetically. */
export function figureOrder(keys: readonly string[]): string[] {
  const first = [...LABELS.keys()];
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
