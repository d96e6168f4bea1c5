/**
 * Editorial entries for the fact sheet's rows dated February 2026 (rows 40-60): the strike that
 * ended the pause, the second Abu Dhabi round of the source article, New START, Geneva.
 */
import { r, v, type EditorialEvent } from './types';

const RUSSIA_STRIKES_UKRAINE = [
  ['russia', 'attacker'],
  ['ukraine', 'target'],
] as const;

export const EVENTS_2026_02: Record<string, EditorialEvent> = {
  'strike-2026-02-01-ternivka-miners-bus': {
    title: 'Drones hit a bus carrying DTEK miners in Ternivka',
    summary:
      'Russian drones struck a bus carrying DTEK coal miners in Ternivka, Pavlohrad district of Dnipropetrovsk ' +
      'region. Twelve people were killed (first reported as 15); the injured count changed between updates.',
    actors: [...RUSSIA_STRIKES_UKRAINE, ['dtek', 'target']],
    place: 'ternivka',
    figures: {
      killed: v(12, 'first reported as 15'),
      injured: r(7, 16, 'sources differ'),
    },
  },
  'hum-2026-02-03-kyiv-heating': {
    title: '1,170 Kyiv apartment blocks without heat after the 3 February strike',
    summary:
      'Mayor Vitali Klitschko reported 1,170 apartment buildings in Kyiv without heating after the 3 February ' +
      'strike, mainly in the Darnytskyi and Dniprovskyi districts; in Kharkiv 820 buildings were without heat, ' +
      'with temperatures near -20 °C. The source article speaks of “more than 1,100” apartment buildings in ' +
      'Kyiv without heating.',
    actors: [
      ['vitali-klitschko', 'speaker'],
      ['ukraine', 'affected'],
    ],
    place: 'kyiv',
    figures: {
      buildingsWithoutHeat: v(1170, 'in Kyiv (Klitschko); the source article says “more than 1,100”'),
    },
    inArticle: true,
  },
  'stmt-2026-02-03-zelensky-pause-broken': {
    title: 'Zelensky: Russia broke the pause and saved its missiles for the cold',
    summary:
      'At a joint press conference with NATO’s Mark Rutte, Zelensky said Russia had broken the pause Trump had ' +
      'asked for, which held about four days instead of seven, and had stockpiled missiles for the ' +
      'cold; Ukraine’s negotiators would adjust their work. The source article reports him saying the attacks ' +
      'contradicted Moscow’s assurances of a pause on strikes on the power grid, discussed between Trump and Putin.',
    actors: [
      ['ukraine', 'speaker'],
      ['volodymyr-zelensky', 'speaker'],
      ['nato', 'participant'],
      ['mark-rutte', 'participant'],
    ],
    place: 'kyiv',
    figures: {},
    inArticle: true,
  },
  'strike-2026-02-03-massive-energy': {
    title: 'Largest strike of 2026 hits power and heating plants, ending the pause',
    summary:
      'On the night of 2-3 February Russia launched 450 drones and 71 missiles at power and heating plants in ' +
      'Kyiv, Kharkiv, Dnipro, Odesa, Sumy, Vinnytsia and other regions, ending the short pause. Kyiv had 1,170 ' +
      'apartment blocks without heat and Kharkiv 820 buildings, and more than 50,000 were without power in ' +
      'Odesa region, at about -20 °C. The source article describes “more than 100 drones and dozens of ' +
      'ballistic missiles”: consistent with the Air Force totals, but far below them.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote: 'Kyiv is used as the anchor for a nationwide strike; the launch totals are nationwide, not Kyiv’s.',
    figures: {
      injured: r(9, 12, 'at least; nationwide'),
      drones: v(450, 'nationwide (Air Force); the source article says “more than 100 drones”'),
      missiles: v(
        71,
        'nationwide; ballistic: 32 per Zelensky/AP, other reports give 43 non-cruise missiles; ' +
          'the source article says “dozens of ballistic missiles”',
      ),
      ballisticMissiles: r(
        32,
        43,
        'nationwide; 32 per Zelensky via AP; 43 non-cruise missiles in RBC-Ukraine’s reading of Zelensky',
      ),
      dronesDowned: v(412, 'nationwide (Air Force)'),
      missilesDowned: v(38, 'nationwide (Air Force)'),
    },
    inArticle: true,
  },
  'stmt-2026-02-04-peskov-operation-continues': {
    title: 'Peskov: the “special military operation” goes on until Kyiv decides',
    summary:
      'Kremlin spokesman Dmitry Peskov said Russia would continue its “special military operation” until Kyiv ' +
      'took the necessary decisions, and thanked the US negotiators for their good offices. In the source ' +
      'article’s words, “the Kremlin offered no details on the negotiations”, and Peskov said Moscow “remained ' +
      'open to a peaceful settlement but would continue its military campaign until Ukraine accepted Russia’s ' +
      'conditions”.',
    actors: [
      ['russia', 'speaker'],
      ['dmitry-peskov', 'speaker'],
    ],
    place: 'moscow',
    figures: {},
    inArticle: true,
  },
  'stmt-2026-02-04-rubio-caution': {
    title: 'Rubio: fewer issues remain, but they are the hardest',
    summary:
      'Marco Rubio said the list of unresolved issues had shrunk but the most difficult ones remained, and that ' +
      'visible progress should not be expected before a breakthrough. The source article quotes him: “The bad ' +
      'news is that the items that remain are the most difficult ones. And meanwhile the war continues.”',
    actors: [
      ['usa', 'speaker'],
      ['marco-rubio', 'speaker'],
    ],
    place: 'washington-dc',
    geoNote: 'Washington assumed: the sources do not say where he spoke.',
    figures: {},
    inArticle: true,
  },
  'stmt-2026-02-04-umerov-productive': {
    title: 'Umerov calls the first day in Abu Dhabi “substantive and productive”',
    summary:
      'After the first day of the second Abu Dhabi round, Rustem Umerov called the talks “substantive and ' +
      'productive” and said the work would continue in separate groups by issue. According to the source ' +
      'article, he said the discussions dealt with concrete, practical steps.',
    actors: [
      ['ukraine', 'speaker'],
      ['rustem-umerov', 'speaker'],
    ],
    place: 'abu-dhabi',
    figures: {},
    inArticle: true,
  },
  'strike-2026-02-04-druzhkivka-market': {
    title: 'Cluster munitions hit the market in Druzhkivka',
    summary:
      'On the first day of the second Abu Dhabi round, Russian cluster munitions struck the morning market in ' +
      'Druzhkivka, Donetsk region, and two aerial bombs were also dropped. Donetsk governor Filashkin reported ' +
      '7 killed, aged 43 to 81, and 15 injured, aged 50 to 72; the first report gave 8 injured.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'druzhkivka',
    figures: {
      killed: v(7, 'aged 43-81; the source article says “at least seven”'),
      injured: v(15, 'aged 50-72; first reported as 8'),
    },
    inArticle: true,
  },
  'talks-2026-02-04-abu-dhabi-round2': {
    title: 'Second trilateral round in Abu Dhabi: prisoner swap agreed, military channel restored',
    summary:
      'The second three-way round met in Abu Dhabi on 4 and 5 February, moved from 1 February (Kremlin, ' +
      '2 February); the second day lasted about three hours. Adm. Igor Kostyukov led Russia’s delegation, with ' +
      'Kirill Dmitriev on an economic track; Rustem Umerov and Andrii Hnatov represented Ukraine; Steve Witkoff, ' +
      'Jared Kushner and Josh Gruenbaum attended for the US (Dan Driscoll and Gen. Alexus Grynkewich were also ' +
      'reported there, by a single aggregator). The sides agreed a 157-for-157 prisoner exchange and restored a ' +
      'US-Russia military channel. According to the source article, Ukrainian and US officials named as key ' +
      'points “a possible temporary ceasefire, protection of civilian and energy infrastructure, humanitarian ' +
      'corridors, prisoner exchanges, and security guarantees for Ukraine”, and the talks “also addressed a ' +
      'framework for a broader political settlement and mechanisms to monitor compliance with any future ' +
      'truce.” Other sources confirm ceasefire implementation and monitoring, prisoner exchanges and security ' +
      'issues; “humanitarian corridors” was not found in any other source. The article adds that mediators were ' +
      'trying “to narrow differences on a partial ceasefire and confidence-building measures”, and that ' +
      'officials acknowledged the talks were “unlikely to produce an immediate ceasefire”, while diplomats said ' +
      'they “could lay the groundwork for limited agreements on humanitarian issues and energy security”.',
    actors: [
      ['russia', 'participant'],
      ['igor-kostyukov', 'head of delegation'],
      ['kirill-dmitriev', 'economic track'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'head of delegation'],
      ['andrii-hnatov', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['josh-gruenbaum', 'mediator'],
      ['dan-driscoll', 'reportedly present'],
      ['alexus-grynkewich', 'reportedly present'],
    ],
    place: 'abu-dhabi',
    figures: {
      // Agreed here, exchanged on 5 February: a separate key so that charts never count the swap twice.
      prisonersAgreed: v(314, '157 each side; exchanged on 5 February'),
    },
    inArticle: true,
  },
  'treaty-2026-02-04-russia-mfa-new-start': {
    title: 'Russian Foreign Ministry: nobody is bound by New START limits once it lapses',
    summary:
      'Russia’s Foreign Ministry said that once New START lapsed neither side would be bound by its limits, and ' +
      'that the US had never formally answered Putin’s offer of 22 September 2025 to keep the limits ' +
      'voluntarily for one more year.',
    actors: [
      ['russia', 'speaker'],
      ['russia-mfa', 'speaker'],
      ['usa', 'counterpart'],
    ],
    place: 'moscow',
    figures: {},
  },
  'hum-2026-02-05-pow-exchange': {
    title: 'Prisoner exchange, 157 for 157, agreed at the Abu Dhabi talks',
    summary:
      'Ukraine and Russia each released 157 prisoners, the first swap since the one of 2 October 2025, as agreed ' +
      'at the Abu Dhabi round, with the US (Steve Witkoff) and the UAE as mediators. Ukraine says 7 of its 157 ' +
      'were civilians; Russia says 3 civilians from Kursk also came back. The handover site was not disclosed.',
    actors: [
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'speaker'],
      ['russia', 'participant'],
      ['russia-mod', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['uae', 'mediator'],
    ],
    place: null,
    geoNote:
      'No coordinates: the handover site was not disclosed (the swap was agreed in Abu Dhabi; the Russian ' +
      'returnees were taken to Belarus).',
    figures: { prisonersExchanged: v(314, '157 each side') },
  },
  'treaty-2026-02-05-new-start-expires': {
    title: 'New START, the last US-Russia strategic arms treaty, expires',
    summary:
      'New START, the last treaty limiting US and Russian strategic nuclear arms, expired. It had capped each side ' +
      'at 1,550 deployed warheads and 700 deployed ICBMs, SLBMs and bombers; Russia had suspended its ' +
      'participation in February 2023. The source article notes that the approaching expiry added urgency to ' +
      'the diplomacy.',
    actors: [
      ['usa', 'party'],
      ['russia', 'party'],
    ],
    place: 'washington-dc',
    geoNote: 'Anchor only: a bilateral treaty with no single site (Moscow would be equally valid).',
    figures: {},
    inArticle: true,
  },
  'stmt-2026-02-07-isw-moratorium': {
    title: 'ISW: Russia used the brief energy moratorium to build up strikes',
    summary:
      'The Institute for the Study of War assessed that Russia had used the short moratorium on energy strikes ' +
      'to build up strike packages, pointing to two strikes of more than 400 projectiles each within six ' +
      'days of its end (2-3 and 6-7 February). The ISW text was read in a republication, not on ISW’s own ' +
      'site. ISW’s earlier assessment of 3 February, the one the source article of 4 February cites, is a ' +
      'separate event.',
    actors: [['isw', 'author']],
    place: 'washington-dc',
    geoNote: 'Point is the publisher’s city (Washington DC), not a site of events.',
    figures: {},
  },
  'strike-2026-02-07-western-power-plants': {
    title: 'Strike knocks out the Burshtyn power plant and hits Dobrotvir and key substations',
    summary:
      'A Russian attack put the Burshtyn thermal power plant out of action and hit the Dobrotvir plant in Lviv ' +
      'region and 750 kV and 330 kV substations. Emergency outages followed nationwide; Burshtyn was left ' +
      'without heat and water, and about 600,000 subscribers in Lviv region lost power. Poland sent emergency ' +
      'power aid and closed airports.',
    actors: [...RUSSIA_STRIKES_UKRAINE, ['poland', 'supporter']],
    place: 'burshtyn',
    geoNote:
      'Point is Burshtyn; the Dobrotvir plant in Lviv region was also hit, and the launch totals are nationwide, ' +
      'not Burshtyn’s.',
    figures: {
      drones: v(408, 'nationwide (Air Force); Zelensky: over 400'),
      missiles: v(39, 'nationwide; Zelensky: about 40'),
      subscribersWithoutPower: v(600000, 'about; Lviv region'),
    },
  },
  'strike-2026-02-11-volgograd-refinery-ua': {
    title: 'Ukrainian drones hit Lukoil’s Volgograd refinery',
    summary:
      'Ukraine’s General Staff claimed a drone strike on Lukoil’s refinery in Volgograd on the night of 10-11 ' +
      'February, which started a fire. Reuters noted that Ukraine’s strikes on energy targets had eased in ' +
      'January during the talks and resumed in February.',
    actors: [
      ['ukraine', 'attacker'],
      ['russia', 'target'],
      ['lukoil', 'target'],
    ],
    place: 'volgograd',
    figures: {},
  },
  'strike-2026-02-17-pre-geneva': {
    title: 'Grid strike in 12 regions hours before the Geneva round; three energy workers killed',
    summary:
      'Hours before the Geneva round, Russia struck the power grid in 12 regions. Three energy workers were ' +
      'killed near the Sloviansk power plant, and Odesa’s grid was badly damaged.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'sloviansk',
    geoNote:
      'Not the site of the deaths: the point is the city of Sloviansk. The sources place the three deaths near ' +
      'the Sloviansk power plant but give no coordinates or distance for the plant, so how far this point is from ' +
      'it is not known. The launch counts are for the whole strike on 12 regions.',
    figures: {
      killed: v(3, 'energy workers, near the Sloviansk power plant'),
      drones: v(400, 'nearly; whole strike on 12 regions'),
      missiles: v(29, 'whole strike on 12 regions'),
    },
  },
  'talks-2026-02-17-geneva-round3': {
    title: 'Third trilateral round in Geneva, with Medinsky leading Russia’s team',
    summary:
      'The third three-way round met in Geneva for about six hours on 17 February and about two on 18 February. ' +
      'Vladimir Medinsky led Russia’s team with Mikhail Galuzin; Rustem Umerov led Ukraine’s; Witkoff and ' +
      'Kushner represented the US. There was no breakthrough: Medinsky called the talks difficult but ' +
      'businesslike, and Zelensky saw progress on the military track but not the political one. A 500-for-500 ' +
      'prisoner swap was agreed here; it took place from 5 March, after the period this dataset covers.',
    actors: [
      ['russia', 'participant'],
      ['vladimir-medinsky', 'head of delegation'],
      ['mikhail-galuzin', 'participant'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'head of delegation'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
    ],
    place: 'geneva',
    figures: {
      prisonersAgreed: v(1000, 'total of a 500-for-500 swap; carried out from 2026-03-05, outside this dataset'),
    },
  },
  'strike-2026-02-22-kyiv-region': {
    title: 'Night barrage on energy, rail and homes around Kyiv and in Odesa region',
    summary:
      'Russia attacked energy, railway and residential targets in Kyiv region and energy sites in Odesa region ' +
      'overnight. One person was killed in the village of Putrivka, Fastiv district. Launch totals are from the ' +
      'Air Force; injury counts changed with each update.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'fastiv',
    geoNote:
      'District centre (Fastiv) used; the death was in the village of Putrivka. The launch totals are nationwide ' +
      'Air Force figures, not Fastiv’s (Odesa region was also hit).',
    figures: {
      killed: v(1, 'in Kyiv region'),
      injured: r(5, 15, 'in Kyiv region (sources differ); 8 nationwide per Zelensky'),
      drones: v(297, 'nationwide (Air Force)'),
      missiles: v(50, 'nationwide (Air Force); one report: 46'),
      dronesDowned: v(274, 'nationwide (Air Force)'),
      missilesDowned: v(33, 'nationwide (Air Force)'),
    },
  },
  'hum-2026-02-26-bodies-repatriation': {
    title: 'Another 1,000 bodies returned to Ukraine',
    summary:
      'Ukraine’s POW Coordination Headquarters reported that another 1,000 bodies had been returned to Ukraine, ' +
      'with the ICRC involved. No Russian figure for bodies handed to Russia was found. The handover site was ' +
      'not disclosed.',
    actors: [
      ['ukraine', 'participant'],
      ['ukraine-pow-hq', 'speaker'],
      ['icrc', 'intermediary'],
      ['russia', 'participant'],
    ],
    place: null,
    geoNote: 'No coordinates: the handover site was not disclosed.',
    figures: { bodiesReturned: v(1000, 'to Ukraine; no figure found for Russia’s side') },
  },
  'strike-2026-02-26-before-geneva-bilateral': {
    title: 'Drones and missiles hit Kharkiv, Zaporizhzhia and Kyiv before the Geneva meeting',
    summary:
      'Before the US-Ukraine meeting in Geneva, Russia attacked Kharkiv (14 injured), Zaporizhzhia (7 to 10 ' +
      'injured) and Kyiv (damage, no casualties); dozens were injured nationwide. Of 420 drones and 39 missiles, ' +
      '374 drones and 32 missiles were downed; 5 ballistic missiles and 46 drones hit 32 sites.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kharkiv',
    geoNote:
      'Point is Kharkiv, where most people were injured; Zaporizhzhia and Kyiv were also hit. The injured figure ' +
      'counts Kharkiv and Zaporizhzhia, and the launch totals are nationwide, not Kharkiv’s.',
    figures: {
      // Total of the two places the sheet counts (Kharkiv 14; Zaporizhzhia 7-10), not Kharkiv alone.
      injured: r(21, 24, 'total of 14 in Kharkiv and 7-10 in Zaporizhzhia; dozens nationwide (no exact total)'),
      drones: v(420, 'nationwide'),
      missiles: v(39, 'nationwide; incl. 11 ballistic'),
      dronesDowned: v(374, 'nationwide'),
      missilesDowned: v(32, 'nationwide'),
    },
  },
  'talks-2026-02-26-geneva-us-ukraine': {
    title: 'US-Ukraine meeting in Geneva on a “prosperity package” and the next round',
    summary:
      'Rustem Umerov, David Arakhamia, Oleksii Sobolev and Daryna Marchak met Witkoff and Kushner in Geneva to ' +
      'discuss a “prosperity package”, prisoner exchanges and the next trilateral round, expected in early March.',
    actors: [
      ['ukraine', 'participant'],
      ['rustem-umerov', 'participant'],
      ['david-arakhamia', 'participant'],
      ['oleksii-sobolev', 'participant'],
      ['daryna-marchak', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
    ],
    place: 'geneva',
    figures: {},
  },
};
