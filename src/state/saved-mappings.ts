/**
 * Column choices the reader asked to remember, in this browser's localStorage, keyed by the file
 * name and the header's signature: the same export opened again needs no mapping step, while a
 * file of the same name with other columns is asked about afresh. Never throws.
 */
import { headerSignature, parseColumnMapping, type ColumnMapping } from '../domain/importers/column-mapping';

const PREFIX = 'talks-and-strikes:column-mapping:';

function keyOf(fileName: string, header: readonly string[]): string {
  return `${PREFIX}${fileName}:${headerSignature(header)}`;
}

/** The remembered choices for this file and header, if any. */
export function loadSavedMapping(fileName: string, header: readonly string[]): ColumnMapping | undefined {
  try {
    const text = localStorage.getItem(keyOf(fileName, header));
    if (text === null) return undefined;
    const value: unknown = JSON.parse(text);
    return parseColumnMapping(value, header.length);
  } catch {
    return undefined;
  }
}

/** Remembers (or, with undefined, forgets) the choices for this file and header. */
export function saveMapping(fileName: string, header: readonly string[], mapping: ColumnMapping | undefined): void {
  try {
    if (mapping) localStorage.setItem(keyOf(fileName, header), JSON.stringify(mapping));
    else localStorage.removeItem(keyOf(fileName, header));
  } catch {
    // Storage full or refused (private window): the choices simply are not remembered.
  }
}
