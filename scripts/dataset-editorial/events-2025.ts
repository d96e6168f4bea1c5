/**
 * Editorial entries for the fact sheet's rows dated November and December 2025 (rows 1-21).
 * Titles and summaries are our own paraphrase of the sheet; nothing here is in neither the
 * sheet nor the source article. Figures are hand-parsed from the sheet's columns.
 */
import { r, v, type EditorialEvent } from './types';

const RUSSIA_STRIKES_UKRAINE = [
  ['russia', 'attacker'],
  ['ukraine', 'target'],
] as const;

export const EVENTS_2025: Record<string, EditorialEvent> = {
  'strike-2025-11-14-kyiv': {
    title: 'Overnight drone and missile attack hits Kyiv apartment blocks',
    summary:
      'Russia attacked Kyiv overnight with drones and missiles, hitting residential buildings. The reported ' +
      'death toll in Kyiv rose through the day (3, 4, at least 5, then 6 in different reports) and the final ' +
      'figure was not verified. Launch counts are nationwide figures from Zelensky.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote: 'Point is Kyiv; the injured figure also counts Kyiv region, and the launch counts are nationwide.',
    figures: {
      killed: r(4, 6, 'in Kyiv; early reports varied, final toll not verified'),
      // Total of the places the sheet gives (about 26-29 in Kyiv plus 6 in Kyiv region), not Kyiv alone.
      injured: r(32, 35, 'about; total of about 26-29 in Kyiv and 6 in Kyiv region'),
      drones: v(430, 'about; nationwide'),
      missiles: v(18, 'nationwide'),
    },
  },
  'strike-2025-11-14-novorossiysk-ua': {
    title: 'Ukrainian strike sets the Novorossiysk oil terminal on fire',
    summary:
      'A Ukrainian strike set fire to the Sheskharis oil terminal, run by Transneft, in the Russian port of ' +
      'Novorossiysk. Russian officials said three crew members of a ship docked there were injured. ' +
      'Global oil prices rose by about 2%.',
    actors: [
      ['ukraine', 'attacker'],
      ['russia', 'target'],
      ['transneft', 'target'],
    ],
    place: 'novorossiysk',
    figures: { injured: v(3, 'crew of a docked ship, per Russian officials') },
  },
  'strike-2025-11-19-ternopil': {
    title: 'Cruise missiles strike apartment blocks in Ternopil',
    summary:
      'Russian cruise missiles hit two nine-storey apartment buildings in Ternopil, western Ukraine. The ' +
      'emergency service counted 33 dead when rescue work ended on 22 November; the regional head gave 34 on ' +
      '23 November, with 6 people still missing then. Launch counts are nationwide.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'ternopil',
    geoNote: 'Point is Ternopil, where the casualties were; the launch counts are nationwide.',
    figures: {
      killed: r(33, 34, 'incl. 6 children; 33 per the emergency service (22 Nov), 34 per the regional head (23 Nov)'),
      injured: v(94, 'incl. 18 children'),
      drones: v(476, 'about; nationwide'),
      missiles: v(48, 'nationwide'),
    },
  },
  'talks-2025-11-20-kyiv-driscoll-plan': {
    title: 'Driscoll hands Zelensky the US draft peace plan in Kyiv',
    summary:
      'US Army Secretary Dan Driscoll brought the US draft peace plan, reported to have 28 points, to ' +
      'Volodymyr Zelensky in Kyiv. Zelensky said Kyiv would work with the US on the plan’s points.',
    actors: [
      ['usa', 'mediator'],
      ['dan-driscoll', 'mediator'],
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'participant'],
    ],
    place: 'kyiv',
    figures: {},
  },
  'talks-2025-11-23-geneva-us-ukraine': {
    title: 'US and Ukraine work on the 28-point plan in Geneva',
    summary:
      'US and Ukrainian delegations met at the US Mission in Geneva on the US 28-point plan, with the national ' +
      'security advisers of the UK, France and Germany, the EU and Italy consulted. Rubio called the day very ' +
      'productive. The plan was later reported to have been cut to 19 points (medium confidence).',
    actors: [
      ['usa', 'mediator'],
      ['marco-rubio', 'mediator'],
      ['dan-driscoll', 'mediator'],
      ['ukraine', 'participant'],
      ['andriy-yermak', 'participant'],
      ['uk', 'consulted'],
      ['france', 'consulted'],
      ['germany', 'consulted'],
      ['eu', 'consulted'],
      ['italy', 'consulted'],
    ],
    place: 'geneva',
    figures: {},
  },
  'talks-2025-11-24-abu-dhabi-driscoll-russia': {
    title: 'Driscoll meets a Russian delegation in Abu Dhabi',
    summary:
      'Dan Driscoll held talks with a Russian delegation, whose members were not disclosed, in Abu Dhabi on ' +
      'the evening of 24 November and during 25 November. The FT and Axios reported that Ukraine’s Kyrylo ' +
      'Budanov was in Abu Dhabi too; this was not officially confirmed.',
    actors: [
      ['usa', 'mediator'],
      ['dan-driscoll', 'mediator'],
      ['russia', 'participant'],
      ['ukraine', 'reportedly present'],
      ['kyrylo-budanov', 'reportedly present'],
    ],
    place: 'abu-dhabi',
    figures: {},
  },
  'strike-2025-11-25-kyiv': {
    title: 'Overnight attack on Kyiv and energy sites during the Abu Dhabi contacts',
    summary:
      'Russia struck Kyiv and energy facilities overnight while Driscoll was meeting Russian officials in Abu ' +
      'Dhabi. Counts are Zelensky’s. The same night a Ukrainian strike killed 3 people in southern Russia, ' +
      'according to AP (other reports say Rostov region).',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote: 'Point is Kyiv, where the casualties were; the launch counts are nationwide.',
    figures: {
      killed: r(6, 7, 'in Kyiv'),
      injured: r(13, 14, 'in Kyiv'),
      drones: v(460, 'more than; nationwide'),
      missiles: v(22, 'nationwide'),
    },
  },
  'stmt-2025-11-28-yermak-resigns': {
    title: 'Yermak resigns after an anti-graft search; Umerov to lead the talks',
    summary:
      'Zelensky announced that his chief of staff, Andriy Yermak, had resigned after a search by anti-corruption ' +
      'investigators, and that Rustem Umerov would lead Ukraine’s negotiations.',
    actors: [
      ['ukraine', 'subject'],
      ['volodymyr-zelensky', 'speaker'],
      ['andriy-yermak', 'subject'],
      ['rustem-umerov', 'subject'],
    ],
    place: 'kyiv',
    figures: {},
  },
  'strike-2025-11-28-black-sea-tankers-cpc-ua': {
    title: 'Ukrainian sea drones disable two tankers; CPC mooring damaged',
    summary:
      'Sea drones of Ukraine’s SBU and Navy hit two Russia-linked shadow-fleet tankers, Kairos and Virat, in the ' +
      'Black Sea off Turkey’s coast: Kairos’s crew was evacuated after a fire and Virat was hit twice. A mooring ' +
      'of the Caspian Pipeline Consortium terminal at Novorossiysk was damaged and CPC suspended loadings. An SBU ' +
      'source claimed the attacks, Turkey confirmed them, and no casualties were reported.',
    actors: [
      ['ukraine', 'attacker'],
      ['russia', 'target'],
      ['cpc', 'target'],
    ],
    place: 'novorossiysk',
    geoNote:
      'Point is the CPC terminal at Novorossiysk, used as an anchor; the tankers’ positions (about 28-35 nautical ' +
      'miles off Turkey) were not precisely published.',
    figures: {},
  },
  'strike-2025-11-29-kyiv': {
    title: 'Large barrage on the Kyiv area as Ukraine’s negotiators head to Florida',
    summary:
      'Russia launched a large drone and missile attack on Kyiv and its region as Ukraine’s delegation travelled ' +
      'to the US for talks. Launch totals are Zelensky’s approximations relayed by CNN; casualty figures come ' +
      'from Kyiv city and regional officials.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote: 'Point is Kyiv; the casualty figures also count Kyiv region, and the launch totals are nationwide.',
    figures: {
      killed: v(3, '2 in Kyiv city, 1 in Kyiv region'),
      // Total of the places the sheet gives (29 in Kyiv city plus 8 in Kyiv region), as for the killed.
      injured: v(37, 'total of 29 in Kyiv city and 8 in Kyiv region'),
      drones: v(600, 'almost; nationwide'),
      missiles: v(36, 'about; nationwide'),
    },
  },
  'talks-2025-11-30-hallandale-beach': {
    title: 'US-Ukraine talks at Witkoff’s club near Miami',
    summary:
      'Rubio, Witkoff and Kushner met Ukraine’s team for about four hours at Witkoff’s Shell Bay club in ' +
      'Hallandale Beach, north of Miami. It was the first round with Rustem Umerov as chief negotiator after ' +
      'Yermak’s exit. Rubio called it productive but said more work was needed.',
    actors: [
      ['usa', 'mediator'],
      ['marco-rubio', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'head of delegation'],
      ['serhiy-kyslytsya', 'participant'],
    ],
    place: 'hallandale-beach',
    figures: {},
  },
  'talks-2025-12-02-moscow-putin-1': {
    title: 'Putin receives Witkoff and Kushner in the Kremlin',
    summary:
      'Vladimir Putin met the US envoys Steve Witkoff and Jared Kushner in the Kremlin for about five hours, ' +
      'with Yuri Ushakov and Kirill Dmitriev; the meeting ran past midnight into 3 December. Ushakov said no ' +
      'compromise had been found yet.',
    actors: [
      ['russia', 'host'],
      ['vladimir-putin', 'host'],
      ['yuri-ushakov', 'participant'],
      ['kirill-dmitriev', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
    ],
    place: 'moscow',
    figures: {},
  },
  'talks-2025-12-04-miami-us-ukraine': {
    title: 'US-Ukraine follow-up talks in Miami after the Kremlin meeting',
    summary:
      'Witkoff and Kushner met Rustem Umerov and Gen. Andrii Hnatov in Miami to follow up on the Moscow meeting. ' +
      'Talks on 4 and 5 December are well attested; the end date of 6 December rests on reports of a third day ' +
      'and is approximate.',
    actors: [
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'participant'],
      ['andrii-hnatov', 'participant'],
    ],
    place: 'miami',
    figures: {},
  },
  'strike-2025-12-06-nationwide-fastiv': {
    title: 'One of the largest combined strikes hits energy and rail; Fastiv station burns',
    summary:
      'Russia struck energy and railway infrastructure at 29 sites across Ukraine, and the railway station in ' +
      'Fastiv, Kyiv region, burned. The Zaporizhzhia nuclear plant briefly lost off-site power. Counts are from ' +
      'Ukraine’s Air Force. The attack came during the US-Ukraine talks in Miami.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'fastiv',
    geoNote:
      'Fastiv is used as the anchor for a nationwide strike (29 impact sites); the launch totals are nationwide ' +
      'Air Force figures, not Fastiv’s.',
    figures: {
      injured: v(8, 'at least; 3 in Kyiv region'),
      drones: v(653, 'nationwide (Air Force)'),
      missiles: v(51, 'nationwide (Air Force)'),
      dronesDowned: v(585, 'nationwide (Air Force)'),
      missilesDowned: v(30, 'nationwide (Air Force)'),
    },
  },
  'talks-2025-12-14-berlin': {
    title: 'Zelensky and the US envoys negotiate in Berlin',
    summary:
      'Zelensky, Umerov and Hnatov negotiated with Witkoff and Kushner in Berlin for about five hours on ' +
      '14 December and about two on 15 December, while Friedrich Merz hosted European leaders. ' +
      'Security guarantees advanced; territory stayed unresolved.',
    actors: [
      ['germany', 'host'],
      ['friedrich-merz', 'host'],
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'participant'],
      ['rustem-umerov', 'participant'],
      ['andrii-hnatov', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
    ],
    place: 'berlin',
    figures: {},
  },
  'strike-2025-12-19-odesa-port': {
    title: 'Ballistic missiles hit a port in Odesa region, striking a bus',
    summary:
      'Russian ballistic missiles struck port infrastructure in Odesa region and hit a bus. The first count was ' +
      '7 killed and 15 injured; the emergency service revised it to 8 and 27 on 20 December.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'odesa',
    geoNote: 'City point for a port facility in Odesa region; the exact port was not named.',
    figures: {
      killed: v(8, 'first reported as 7'),
      injured: v(27, 'first reported as 15'),
    },
  },
  'talks-2025-12-19-miami-umerov-dmitriev': {
    title: 'Miami round: US envoys see Ukraine and Europe, then Dmitriev separately',
    summary:
      'In Miami, Witkoff, Kushner and Josh Gruenbaum met Rustem Umerov and the national security advisers of ' +
      'the UK, France and Germany on 19 December, then Russia’s Kirill Dmitriev separately on 20 and 21 ' +
      'December. There was no three-way contact.',
    actors: [
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['josh-gruenbaum', 'mediator'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'participant'],
      ['uk', 'participant'],
      ['france', 'participant'],
      ['germany', 'participant'],
      ['russia', 'participant'],
      ['kirill-dmitriev', 'participant'],
    ],
    place: 'miami',
    figures: {},
  },
  'strike-2025-12-23-pre-christmas': {
    title: 'Pre-Christmas strike on the grid across 13 regions',
    summary:
      'Russia attacked the power grid in 13 regions and western regions were blacked out. People were killed in ' +
      'the Kyiv area and in Khmelnytskyi and Zhytomyr regions. Counts are from Ukraine’s Air Force.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote:
      'Kyiv is used as the anchor for a nationwide strike (13 regions); the launch totals are nationwide Air ' +
      'Force figures, not Kyiv’s.',
    figures: {
      killed: v(3, 'incl. a 4-year-old in Zhytomyr region'),
      injured: r(11, 12, 'at least'),
      drones: v(635, 'nationwide (Air Force)'),
      missiles: v(38, 'nationwide (Air Force)'),
      dronesDowned: v(587, 'nationwide (Air Force)'),
      missilesDowned: v(34, 'nationwide (Air Force)'),
    },
  },
  'strike-2025-12-27-kyiv': {
    title: 'About ten hours of drone and missile attacks on Kyiv before Mar-a-Lago',
    summary:
      'Russia attacked Kyiv with drones and missiles for roughly ten hours, the day before Zelensky met Trump at ' +
      'Mar-a-Lago. About 600,000 households around Kyiv lost power, according to Prime Minister Svyrydenko. ' +
      'The scale is well attested; casualty totals differ by source and by whether the region is counted.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    figures: {
      killed: r(1, 2, '1 in Kyiv city; 2 in city and region per Reuters'),
      injured: r(27, 46, 'Kyiv city 27-32; 46 incl. the region'),
      drones: v(500, 'about; 519 per one report of Zelensky’s figure'),
      missiles: v(40, 'about'),
      householdsWithoutPower: v(600000, 'about; around Kyiv (PM Svyrydenko)'),
    },
  },
  'talks-2025-12-28-mar-a-lago': {
    title: 'Trump hosts Zelensky at Mar-a-Lago after a call with Putin',
    summary:
      'Donald Trump received Volodymyr Zelensky at Mar-a-Lago, with Witkoff and Kushner, after a phone call with ' +
      'Vladimir Putin. They discussed a 20-point plan; the Donbas question was left open. European leaders ' +
      'joined by phone.',
    actors: [
      ['usa', 'host'],
      ['donald-trump', 'host'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'participant'],
      ['russia', 'consulted by phone'],
      ['vladimir-putin', 'consulted by phone'],
    ],
    place: 'palm-beach',
    figures: {},
  },
  'stmt-2025-12-29-valdai-claim': {
    title: 'Lavrov alleges a drone attack on Putin’s Valdai residence; Kyiv denies it',
    summary:
      'Sergey Lavrov claimed that 91 Ukrainian drones had targeted Putin’s residence at Valdai and that all were ' +
      'downed without damage. Kyiv called the claim fabricated. The Kremlin said Russia would revise its ' +
      'negotiating position; Putin told Trump about it in a call, and Trump later said the attack may not have ' +
      'happened. The claim is unverified and disputed: the Russian Defence Ministry’s own figures for that day ' +
      '(18 drones over Novgorod region) did not match.',
    actors: [
      ['russia', 'claimant'],
      ['sergey-lavrov', 'speaker'],
      ['vladimir-putin', 'speaker'],
      ['yuri-ushakov', 'speaker'],
      ['ukraine', 'denied the claim'],
      ['volodymyr-zelensky', 'denied the claim'],
      ['usa', 'informed'],
      ['donald-trump', 'informed'],
    ],
    place: 'valday',
    geoNote: 'Point is the claimed target (Valday, Novgorod region), not a confirmed impact site.',
    figures: {
      // A disputed claim, kept apart from "drones" so that it is never summed as drones launched.
      dronesClaimed: v(91, 'Russian claim; all said to be downed, no damage; unverified and disputed'),
    },
  },
};
