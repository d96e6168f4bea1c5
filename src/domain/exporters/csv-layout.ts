/**
 * The column layout of the app's own CSV: what the CSV exporter writes and the generic CSV
 * importer reads back. Multi-valued fields are packed into one cell each, in a form that is
 * still readable in a spreadsheet.
 */
import type { Actor, EventActor, Figure, Source } from '../core/model';

/** Columns in export order. Place and figure columns follow ACLED's spirit: one row, one event. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'precision',
  'category',
  'title',
  'summary',
  'actors',
  'place',
  'location',
  'country',
  'lat',
  'lon',
  'geo_note',
  'killed_min',
  'killed_max',
  'injured_min',
  'injured_max',
  'more_figures',
  'figure_notes',
  'other_figures',
  'sources',
  'confidence',
  'attributes',
  'permalink',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Figures that have their own min/max columns; every other figure goes to `more_figures`. */
export const MAIN_FIGURES = ['killed', 'injured'] as const;

const ITEM_SEPARATOR = ' | ';

/**
 * Actors as "Name [id, kind]: role" (with ", affiliation" after kind when known), joined by " | ".
 * @example formatActorsCell([{ id: 'russia', role: 'attacker' }], lookup) === 'Russia [russia, state]: attacker'
 */
export function formatActorsCell(refs: readonly EventActor[], lookup: (id: string) => Actor | undefined): string {
  return refs
    .map((ref) => {
      const actor = lookup(ref.id);
      const tags = [ref.id, actor?.kind, actor?.affiliation].filter(Boolean).join(', ');
      return `${actor?.name ?? ref.id} [${tags}]: ${ref.role}`;
    })
    .join(ITEM_SEPARATOR);
}

export interface ParsedActor {
  actor: Actor;
  role: string;
}

const ACTOR_ITEM = /^(.*?)\s*\[([^\],]+)(?:,\s*(state|person|organization))?(?:,\s*([^\]]+))?\](?::\s*(.*))?$/;

/** Reads an actors cell; a bare name becomes an organization with a kebab id and role "actor". */
export function parseActorsCell(cell: string, toId: (name: string) => string): ParsedActor[] {
  const out: ParsedActor[] = [];
  for (const item of cell.split(/\s\|\s|\n/).map((part) => part.trim()).filter(Boolean)) {
    const match = ACTOR_ITEM.exec(item);
    if (match) {
      const id = (match[2] ?? '').trim();
      const actor: Actor = { id, name: (match[1] ?? '').trim() || id, kind: match[3] === 'state' || match[3] === 'person' ? match[3] : 'organization' };
      if (match[4]) actor.affiliation = match[4].trim();
      out.push({ actor, role: (match[5] ?? '').trim() || 'actor' });
    } else {
      out.push({ actor: { id: toId(item), name: item, kind: 'organization' }, role: 'actor' });
    }
  }
  return out;
}

/** Figures other than killed/injured as "key=min" or "key=min-max", joined by "; ". */
export function formatMoreFiguresCell(figures: Readonly<Record<string, Figure>>): string {
  return Object.entries(figures)
    .filter(([key]) => !isMainFigure(key))
    .map(([key, figure]) => `${key}=${figure.min === figure.max ? figure.min : `${figure.min}-${figure.max}`}`)
    .join('; ');
}

/**
 * Reads a more_figures cell; items that are not "key=number" or "key=min-max" come back in `bad`.
 * A Map, because the keys are data: "__proto__" or "constructor" must be figures like any other.
 */
export function parseMoreFiguresCell(cell: string): { figures: Map<string, Figure>; bad: string[] } {
  const figures = new Map<string, Figure>();
  const bad: string[] = [];
  for (const item of cell.split(/;|\n/).map((part) => part.trim()).filter(Boolean)) {
    const match = /^([^=]+?)\s*=\s*(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?$/.exec(item);
    const min = Number(match?.[2]);
    const max = match?.[3] === undefined ? min : Number(match[3]);
    if (!match || !(min <= max)) bad.push(item);
    else figures.set((match[1] ?? '').trim(), { min, max });
  }
  return { figures, bad };
}

/** Notes of every figure that has one, one "key: note" per line. */
export function formatFigureNotesCell(figures: Readonly<Record<string, Figure>>): string {
  return Object.entries(figures)
    .filter(([, figure]) => figure.note !== undefined)
    .map(([key, figure]) => `${key}: ${figure.note ?? ''}`)
    .join('\n');
}

/** Reads a figure_notes cell into key → note. */
export function parseFigureNotesCell(cell: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const line of cell.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) notes.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return notes;
}

/**
 * Attributes as "name: value", one per line, in the file's order. They are short labels (ACLED's
 * sub-event type, a region); a line break inside a value is written as a space.
 */
export function formatAttributesCell(attributes: Readonly<Record<string, string>> | undefined): string {
  if (attributes === undefined) return '';
  return Object.entries(attributes)
    .map(([name, value]) => `${name.replace(/[\r\n:]+/g, ' ')}: ${value.replace(/[\r\n]+/g, ' ')}`)
    .join('\n');
}

/** Reads an attributes cell into name → value; lines without "name:" come back in `bad`. */
export function parseAttributesCell(cell: string): { attributes: Map<string, string>; bad: string[] } {
  const attributes = new Map<string, string>();
  const bad: string[] = [];
  for (const line of cell.split('\n').map((part) => part.trim()).filter(Boolean)) {
    const at = line.indexOf(':');
    if (at > 0) attributes.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    else bad.push(line);
  }
  return { attributes, bad };
}

/** Sources as "title | publisher | url", one source per line. */
export function formatSourcesCell(sources: readonly Source[]): string {
  return sources.map((source) => [source.title, source.publisher ?? '', source.url ?? ''].join(ITEM_SEPARATOR)).join('\n');
}

/** Reads a sources cell (the url is whatever the last part is; the caller keeps only http(s)). */
export function parseSourcesCell(cell: string): Source[] {
  const out: Source[] = [];
  for (const line of cell.split('\n').map((part) => part.trim()).filter(Boolean)) {
    const parts = line.split(ITEM_SEPARATOR.trim()).map((part) => part.trim());
    if (parts.length >= 3) {
      const url = parts.pop() ?? '';
      const publisher = parts.pop() ?? '';
      out.push(source(parts.join(' | '), publisher, url));
    } else if (parts.length === 2) {
      const second = parts[1] ?? '';
      out.push(/^[a-z][a-z0-9+.-]*:/i.test(second) ? source(parts[0] ?? '', '', second) : source(parts[0] ?? '', second, ''));
    } else {
      out.push(source(parts[0] ?? '', '', ''));
    }
  }
  return out;
}

function source(title: string, publisher: string, url: string): Source {
  const out: Source = { title };
  if (publisher) out.publisher = publisher;
  if (url) out.url = url;
  return out;
}

function isMainFigure(key: string): boolean {
  return (MAIN_FIGURES as readonly string[]).includes(key);
}
