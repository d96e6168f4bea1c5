/**
 * One builder per category: each draws the place, actors, title, summary and figures of one
 * synthetic event. Dates, ids and sources are added by the dataset builder, which sees all events.
 */
import type { EventInput, FigureInput } from '../../../src/domain/core/dataset-schema';
import { tailCount, type Rng } from './prng';
import type { SynthActors } from './synth-actors';
import type { SynthGeography, SynthPlace } from './synth-geo';

/** An event without date, id and sources; `spanDays` > 0 makes it a multi-day span. */
export type EventDraft = Omit<EventInput, 'id' | 'date' | 'endDate' | 'datePrecision' | 'sources'> & { spanDays: number };

export interface SynthWorld {
  rng: Rng;
  geo: SynthGeography;
  actors: SynthActors;
}

export const SYNTH_CATEGORIES = ['strike', 'statement', 'humanitarian', 'talks', 'treaty'] as const;
export type SynthCategory = (typeof SYNTH_CATEGORIES)[number];

/** Target shares of the categories (sum 1): strikes dominate, as in the real record. */
export const CATEGORY_SHARES: Record<SynthCategory, number> = {
  strike: 0.714,
  statement: 0.15,
  humanitarian: 0.1,
  talks: 0.03,
  treaty: 0.006,
};

const CONFIDENCE = ['High.', 'High. Two independent reports.', 'Medium. Early reports varied.', 'Low. Single source.'] as const;

/** A count that is sometimes given as a range ("reports vary") or with a note, as sources do. */
function figure(rng: Rng, value: number, note?: string): FigureInput {
  if (rng.chance(0.1)) return { min: value, max: value + rng.int(1, 1 + Math.ceil(value / 3)), note: 'reports vary' };
  if (note !== undefined) return { value, note };
  return value;
}

function placeLabel(p: SynthPlace): string {
  return p.place.name === p.centre ? p.place.name : `${p.place.name} (${p.centre} region)`;
}

function strike({ rng, geo, actors }: SynthWorld): EventDraft {
  const inRussia = rng.chance(0.22);
  const attacker = inRussia ? 'ukraine' : 'russia';
  const target = inRussia ? 'russia' : 'ukraine';
  const where = inRussia ? geo.strikeInRussia(rng) : geo.strikeInUkraine(rng);
  const undisclosed = rng.chance(0.005);
  const weapon = inRussia
    ? rng.pick(['Drones', 'Drones', 'Long-range drones', 'Missiles'] as const)
    : rng.pick(['Drones', 'Missiles', 'Drones and missiles', 'Glide bombs', 'Artillery'] as const);
  const target2 = rng.pick(inRussia
    ? ['an oil depot', 'a refinery', 'an airfield', 'a power substation', 'an ammunition depot', 'a rail junction']
    : ['apartment blocks', 'energy infrastructure', 'a market', 'a railway station', 'private houses', 'a school', 'a hospital area']);
  const mass = rng.chance(0.08);

  const figures: Record<string, FigureInput> = {};
  if (rng.chance(0.45)) figures.killed = figure(rng, 1 + tailCount(rng, 3, 120));
  if (rng.chance(0.6)) figures.injured = figure(rng, 1 + tailCount(rng, 8, 400));
  if (mass) {
    figures.drones = figure(rng, rng.int(60, 800), 'nationwide');
    if (rng.chance(0.6)) figures.missiles = figure(rng, rng.int(2, 60), 'nationwide');
  } else if (rng.chance(0.2)) {
    figures.drones = figure(rng, rng.int(1, 40));
  }

  const eventActors: EventInput['actors'] = [
    { id: attacker, role: 'attacker' },
    { id: target, role: 'target' },
  ];
  const org = actors.regionalOrgOf.get(where.centre);
  if (org && rng.chance(0.55)) eventActors.push({ id: org.id, role: 'reporter' });
  const people = actors.peopleOf.get(target) ?? [];
  if (people.length > 0 && rng.chance(0.15)) eventActors.push({ id: rng.pick(people).id, role: 'spokesperson' });

  const label = undisclosed ? `an undisclosed location in ${where.place.country}` : placeLabel(where);
  const title = mass ? `Mass ${weapon.toLowerCase()} attack; ${target2} hit in ${label}` : `${weapon} hit ${target2} in ${label}`;
  return {
    category: 'strike',
    title,
    summary: `${weapon} launched by ${attacker === 'russia' ? 'Russian' : 'Ukrainian'} forces struck ${target2}.`,
    actors: eventActors,
    place: undisclosed ? null : where.place.id,
    ...(undisclosed ? { geoNote: 'location not disclosed' } : rng.chance(0.2) ? { geoNote: 'approximate location' } : {}),
    figures,
    confidence: rng.pick(CONFIDENCE),
    spanDays: 0,
  };
}

function talks({ rng, geo, actors }: SynthWorld): EventDraft {
  const venue = rng.pick(geo.venues);
  const format = rng.pick(['trilateral', 'trilateral', 'usa-russia', 'usa-ukraine'] as const);
  const parties = format === 'trilateral' ? ['russia', 'ukraine'] : [format === 'usa-russia' ? 'russia' : 'ukraine'];
  const eventActors: EventInput['actors'] = [{ id: 'usa', role: 'mediator' }];
  for (const person of pickSome(rng, actors.peopleOf.get('usa') ?? [], rng.int(1, 2))) eventActors.push({ id: person.id, role: 'mediator' });
  for (const party of parties) {
    eventActors.push({ id: party, role: 'participant' });
    for (const person of pickSome(rng, actors.peopleOf.get(party) ?? [], rng.int(1, 3))) eventActors.push({ id: person.id, role: 'delegate' });
  }
  if (!['usa', ...parties].includes(venue.state)) eventActors.push({ id: venue.state, role: 'host' });
  const who = format === 'trilateral' ? 'Trilateral' : format === 'usa-russia' ? 'US–Russia' : 'US–Ukraine';
  const topic = rng.pick(['a ceasefire', 'energy strikes', 'prisoner exchanges', 'territory', 'security guarantees', 'a peace framework']);
  return {
    category: 'talks',
    title: `${who} talks in ${venue.place.name} on ${topic}`,
    summary: `Delegations met in ${venue.place.name} to discuss ${topic}.`,
    actors: eventActors,
    place: venue.place.id,
    figures: {},
    confidence: rng.pick(CONFIDENCE),
    spanDays: rng.chance(0.4) ? rng.int(1, 3) : 0,
  };
}

function statement({ rng, geo, actors }: SynthWorld): EventDraft {
  const state = rng.pick(['ukraine', 'ukraine', 'russia', 'russia', 'usa'] as const);
  const speaker = rng.pick(actors.peopleOf.get(state) ?? []);
  const capital = geo.byName.get(state === 'ukraine' ? 'Kyiv' : state === 'russia' ? 'Moscow' : 'Washington');
  const topic = rng.pick(['the talks', 'overnight strikes', 'a possible ceasefire', 'prisoner exchanges', 'energy attacks', 'sanctions']);
  const place = rng.chance(0.25) || !capital ? null : capital.place.id;
  return {
    category: 'statement',
    title: `${speaker?.name ?? 'Official'} comments on ${topic}`,
    summary: `A public statement about ${topic}.`,
    actors: [
      ...(speaker ? [{ id: speaker.id, role: 'speaker' }] : []),
      { id: state, role: 'speaker' },
    ],
    place,
    figures: {},
    confidence: rng.pick(CONFIDENCE),
    spanDays: 0,
  };
}

function humanitarian({ rng, geo, actors }: SynthWorld): EventDraft {
  const kind = rng.pick(['exchange', 'exchange', 'evacuation', 'aid'] as const);
  const where = rng.pick(geo.centres);
  const place = rng.chance(0.08) ? null : where.place.id;
  const eventActors: EventInput['actors'] = [
    { id: 'ukraine', role: 'party' },
    { id: 'russia', role: 'party' },
  ];
  if (kind === 'exchange' && rng.chance(0.6)) eventActors.push({ id: 'uae', role: 'mediator' });
  if (actors.neutralOrgs.length > 0 && rng.chance(0.3)) eventActors.push({ id: rng.pick(actors.neutralOrgs).id, role: 'observer' });
  const figures: Record<string, FigureInput> = {};
  if (kind === 'exchange') figures.prisonersExchanged = figure(rng, rng.int(10, 400));
  if (kind === 'evacuation') figures.evacuated = figure(rng, rng.int(20, 3000));
  const title =
    kind === 'exchange' ? 'Prisoner exchange' : kind === 'evacuation' ? `Civilians evacuated near ${where.centre}` : `Aid convoy reaches ${where.centre}`;
  return {
    category: 'humanitarian',
    title,
    summary: `${title}.`,
    actors: eventActors,
    place,
    figures,
    confidence: rng.pick(CONFIDENCE),
    spanDays: 0,
  };
}

function treaty({ rng, geo }: SynthWorld): EventDraft {
  const venue = rng.pick(geo.venues);
  const subject = rng.pick(['energy infrastructure', 'Black Sea navigation', 'prisoner exchanges', 'a framework for talks']);
  return {
    category: 'treaty',
    title: `Memorandum on ${subject} signed in ${venue.place.name}`,
    summary: `A written agreement on ${subject}.`,
    actors: [
      { id: 'russia', role: 'signatory' },
      { id: 'ukraine', role: 'signatory' },
      { id: 'usa', role: 'mediator' },
    ],
    place: venue.place.id,
    figures: {},
    confidence: rng.pick(CONFIDENCE),
    spanDays: 0,
  };
}

/** Draws `count` distinct items (or all of them when there are fewer). */
function pickSome<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

/** The builder of each category. */
export const BUILDERS: Record<SynthCategory, (world: SynthWorld) => EventDraft> = { strike, talks, statement, humanitarian, treaty };
