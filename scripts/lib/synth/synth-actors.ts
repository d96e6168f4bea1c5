/**
 * Actors for synthetic data: the states involved, regional and national organizations, and a
 * few hundred invented people, each affiliated with a state. Names are made up from syllables
 * so that they read plausibly but belong to nobody.
 */
import type { ActorInput } from '../../../src/domain/core/dataset-schema';
import { kebab, type SynthPlace } from './synth-geo';
import type { Rng } from './prng';

const STATES: readonly (readonly [id: string, name: string])[] = [
  ['russia', 'Russia'], ['ukraine', 'Ukraine'], ['usa', 'United States'], ['uae', 'United Arab Emirates'],
  ['turkey', 'Türkiye'], ['saudi-arabia', 'Saudi Arabia'], ['qatar', 'Qatar'], ['switzerland', 'Switzerland'],
  ['germany', 'Germany'], ['france', 'France'], ['united-kingdom', 'United Kingdom'],
];

const NATIONAL_ORGS: readonly (readonly [name: string, affiliation?: string])[] = [
  ['Air Force of Ukraine (synthetic)', 'ukraine'], ['State Emergency Service (synthetic)', 'ukraine'],
  ['Ministry of Defence of Russia (synthetic)', 'russia'], ['POW Coordination Headquarters (synthetic)', 'ukraine'],
  ['Synthetic Red Cross Committee'], ['Synthetic UN Monitoring Mission'], ['Synthetic Atomic Energy Agency'],
];

const FIRST: Record<'ukraine' | 'russia' | 'west' | 'gulf', readonly string[]> = {
  ukraine: ['Olena', 'Petro', 'Oksana', 'Taras', 'Iryna', 'Andrii', 'Yuliia', 'Mykola', 'Halyna', 'Bohdan', 'Nataliia', 'Serhii'],
  russia: ['Dmitry', 'Yelena', 'Sergei', 'Anna', 'Mikhail', 'Olga', 'Alexei', 'Tatiana', 'Kirill', 'Irina', 'Yuri', 'Svetlana'],
  west: ['Alex', 'Jordan', 'Morgan', 'Taylor', 'Casey', 'Riley', 'Jamie', 'Drew', 'Avery', 'Quinn', 'Hayden', 'Reese'],
  gulf: ['Khalid', 'Mariam', 'Omar', 'Layla', 'Faisal', 'Noura', 'Hamad', 'Aisha', 'Tariq', 'Hessa'],
};
const ROOTS = ['Kov', 'Shev', 'Bon', 'Mel', 'Hryn', 'Tar', 'Sav', 'Lys', 'Moroz', 'Pav', 'Dan', 'Zhur', 'Yar', 'Bil', 'Chor', 'Kras', 'Vol', 'Sok'];
const SUFFIX: Record<'ukraine' | 'russia' | 'west' | 'gulf', readonly string[]> = {
  ukraine: ['enko', 'chuk', 'yshyn', 'iak', 'ets', 'ko'],
  russia: ['ov', 'ev', 'in', 'sky', 'ikov', 'yakin'],
  west: ['ley', 'worth', 'ton', 'field', 'man', 'by'],
  gulf: ['ani', 'awi', 'iri', 'oumi', 'ari'],
};

/** How many invented people each state gets; every person is affiliated with that state. */
const PEOPLE: readonly (readonly [state: string, count: number, style: keyof typeof FIRST])[] = [
  ['ukraine', 100, 'ukraine'], ['russia', 80, 'russia'], ['usa', 30, 'west'], ['uae', 8, 'gulf'],
  ['saudi-arabia', 6, 'gulf'], ['qatar', 4, 'gulf'], ['turkey', 6, 'west'], ['switzerland', 3, 'west'],
  ['germany', 3, 'west'], ['france', 3, 'west'], ['united-kingdom', 3, 'west'],
];

export interface SynthActors {
  actors: ActorInput[];
  /** People per affiliated state id. */
  peopleOf: ReadonlyMap<string, readonly ActorInput[]>;
  /** The regional administration of a centre, by centre name. */
  regionalOrgOf: ReadonlyMap<string, ActorInput>;
  /** Non-state organizations with no affiliation (observers, mediators). */
  neutralOrgs: readonly ActorInput[];
}

/** Builds the states, organizations (one per regional centre plus national ones) and people. */
export function buildActors(rng: Rng, centres: readonly SynthPlace[]): SynthActors {
  const actors: ActorInput[] = STATES.map(([id, name]) => ({ id, name, kind: 'state' }));
  const ids = new Set(actors.map((a) => a.id));
  const add = (actor: ActorInput) => {
    let id = actor.id;
    for (let n = 2; ids.has(id); n++) id = `${actor.id}-${n}`;
    ids.add(id);
    const unique = { ...actor, id };
    actors.push(unique);
    return unique;
  };

  const regionalOrgOf = new Map<string, ActorInput>();
  for (const centre of centres) {
    const name = `${centre.centre} regional authority (synthetic)`;
    const org = add({ id: `${kebab(centre.centre)}-authority`, name, kind: 'organization', affiliation: centre.state });
    regionalOrgOf.set(centre.centre, org);
  }
  const neutralOrgs: ActorInput[] = [];
  for (const [name, affiliation] of NATIONAL_ORGS) {
    const org = add({ id: kebab(name), name, kind: 'organization', ...(affiliation ? { affiliation } : {}) });
    if (!affiliation) neutralOrgs.push(org);
  }

  const peopleOf = new Map<string, ActorInput[]>();
  for (const [state, count, style] of PEOPLE) {
    const list: ActorInput[] = [];
    for (let i = 0; i < count; i++) {
      const name = `${rng.pick(FIRST[style])} ${rng.pick(ROOTS)}${rng.pick(SUFFIX[style])}`;
      list.push(add({ id: kebab(name), name, kind: 'person', affiliation: state }));
    }
    peopleOf.set(state, list);
  }
  return { actors, peopleOf, regionalOrgOf, neutralOrgs };
}
