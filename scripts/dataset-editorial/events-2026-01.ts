/**
 * Editorial entries for the fact sheet's rows dated January 2026 (rows 22-39): the Paris summit,
 * the January strikes on Kyiv's heat, the first Abu Dhabi round and the energy-strike pause.
 */
import { r, v, type EditorialEvent } from './types';

const RUSSIA_STRIKES_UKRAINE = [
  ['russia', 'attacker'],
  ['ukraine', 'target'],
] as const;

export const EVENTS_2026_01: Record<string, EditorialEvent> = {
  'talks-2026-01-06-paris-coalition': {
    title: 'Coalition of the Willing summit in Paris backs a post-ceasefire force',
    summary:
      'Leaders from about 35 countries met at the Elysee Palace and adopted a declaration on a multinational ' +
      'force for after a ceasefire. Macron said the US would lead ceasefire monitoring; Politico reported that ' +
      'the US did not sign the joint document.',
    actors: [
      ['france', 'host'],
      ['emmanuel-macron', 'host'],
      ['uk', 'participant'],
      ['keir-starmer', 'participant'],
      ['germany', 'participant'],
      ['friedrich-merz', 'participant'],
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'participant'],
      ['usa', 'participant'],
      ['steve-witkoff', 'participant'],
      ['jared-kushner', 'participant'],
      ['alexus-grynkewich', 'participant'],
    ],
    place: 'paris',
    figures: {},
  },
  'hum-2026-01-09-kyiv-heating': {
    title: 'About 6,000 Kyiv apartment blocks left without heating',
    summary:
      'After the night strike of 9 January, about 6,000 apartment buildings in Kyiv, nearly half of the city’s ' +
      'stock, had no heating and the water supply was disrupted. Mayor Vitali Klitschko urged residents who ' +
      'could leave the city to do so.',
    actors: [
      ['vitali-klitschko', 'speaker'],
      ['ukraine', 'affected'],
    ],
    place: 'kyiv',
    figures: {
      buildingsWithoutHeat: v(6000, 'about; apartment buildings in Kyiv, nearly half of the city’s stock'),
    },
  },
  'strike-2026-01-09-kyiv': {
    title: 'Massive night strike on Kyiv cuts heating to about half its apartment blocks',
    summary:
      'A large overnight Russian attack on Kyiv, including ballistic missiles, killed four people, among them an ' +
      'emergency medic, and left about half of the city’s apartment blocks without heating. Zelensky put the ' +
      'drones at more than 200; no verified missile total was found (an unconfirmed secondary figure of ' +
      '242 drones and 36 missiles was not used).',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    figures: {
      killed: v(4, 'incl. an emergency medic'),
      injured: r(25, 30, 'about'),
      drones: v(200, 'more than (Zelensky)'),
    },
    otherFiguresExtra: 'missiles: a \'significant number\' of ballistic missiles (no verified total)',
  },
  'strike-2026-01-09-lviv-oreshnik': {
    title: 'Russia fires an Oreshnik missile at infrastructure in Lviv region',
    summary:
      'As part of a wider strike, Russia fired an Oreshnik ballistic missile at a critical infrastructure site ' +
      'in Lviv region; it struck at about 23:47 local time on 8 January at about 13,000 km/h. It was the second ' +
      'combat use of Oreshnik, confirmed by the Russian Defence Ministry, which called it retaliation for the ' +
      'alleged Valdai attack. No casualty figure for Lviv was found. The event is dated 8 January, when the ' +
      'missile struck; the fact sheet dates it 9 January, like the night strike on Kyiv.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'lviv',
    geoNote: 'City point; the impact was elsewhere in Lviv region.',
    figures: { missiles: v(1, 'Oreshnik; part of a wider strike') },
    dateFix: {
      date: '2026-01-08',
      why: 'the sheet’s other figures give the impact as about 23:47 local time on Jan 8',
    },
  },
  'strike-2026-01-13-kharkiv-nova-poshta': {
    title: 'Missiles and drones hit a Nova Poshta terminal outside Kharkiv',
    summary:
      'Russian Iskander-M missiles and Geran-2 drones struck a Nova Poshta postal terminal on the outskirts of ' +
      'Kharkiv. The regional prosecutor reported 4 killed and 6 injured.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kharkiv',
    geoNote: 'City point; the terminal is on the outskirts, in Kharkiv district.',
    figures: {
      killed: 4,
      injured: 6,
      drones: v(4, 'Geran-2'),
      missiles: v(2, 'Iskander-M'),
    },
  },
  'hum-2026-01-14-energy-emergency': {
    title: 'Zelensky declares a state of emergency in the energy sector',
    summary:
      'Zelensky declared a state of emergency in Ukraine’s energy sector, with a task force for Kyiv; Energy ' +
      'Minister Denys Shmyhal and Kyiv’s mayor Vitali Klitschko are the other officials named. Klitschko said ' +
      'about 400 apartment blocks in Kyiv were still without heat.',
    actors: [
      ['ukraine', 'speaker'],
      ['volodymyr-zelensky', 'speaker'],
      ['denys-shmyhal', 'participant'],
      ['vitali-klitschko', 'participant'],
    ],
    place: 'kyiv',
    figures: {
      buildingsWithoutHeat: v(400, 'about; Kyiv apartment blocks still without heat (Klitschko, 14 Jan)'),
    },
  },
  'hum-2026-01-20-kyiv-heating': {
    title: '5,635 Kyiv apartment blocks cut off from heating; left bank without water',
    summary:
      'After the strike of 20 January, 5,635 apartment buildings in Kyiv lost heating and the left bank lost ' +
      'water, at about -15 °C. About 80% of them had only just been reconnected after the 9 January strike. ' +
      'Figures from Mayor Vitali Klitschko.',
    actors: [
      ['vitali-klitschko', 'speaker'],
      ['ukraine', 'affected'],
    ],
    place: 'kyiv',
    figures: { buildingsWithoutHeat: v(5635, 'apartment buildings in Kyiv') },
  },
  'strike-2026-01-20-kyiv': {
    title: 'Second January barrage on Kyiv’s energy system, in Davos week',
    summary:
      'Russia again attacked Kyiv’s energy system with drones and ballistic and cruise missiles. A man was ' +
      'killed in Bucha district of Kyiv region and one person was injured in Kyiv. Zelensky put the drones at ' +
      'more than 300; no verified missile total was found.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    figures: {
      killed: v(1, 'a man in Bucha district, Kyiv region'),
      injured: v(1, 'in Kyiv'),
      drones: v(300, 'more than (Zelensky)'),
    },
    otherFiguresExtra: 'missiles: a \'significant number\' of ballistic and cruise missiles (no verified total)',
  },
  'talks-2026-01-22-davos-trump-zelensky': {
    title: 'Trump and Zelensky meet in Davos',
    summary:
      'Donald Trump and Volodymyr Zelensky met for about an hour at the World Economic Forum. Zelensky asked for ' +
      'more air-defence missiles and announced the first trilateral talks in the UAE.',
    actors: [
      ['usa', 'participant'],
      ['donald-trump', 'participant'],
      ['ukraine', 'participant'],
      ['volodymyr-zelensky', 'participant'],
    ],
    place: 'davos',
    figures: {},
  },
  'talks-2026-01-22-moscow-putin-2': {
    title: 'Putin meets Witkoff, Kushner and Gruenbaum late at night in the Kremlin',
    summary:
      'Vladimir Putin received Steve Witkoff, Jared Kushner and Josh Gruenbaum, with Yuri Ushakov and Kirill ' +
      'Dmitriev, from shortly before midnight on 22 January; sources put the length at three to more than four ' +
      'hours. Afterwards Ushakov announced the security working group that would meet in Abu Dhabi.',
    actors: [
      ['russia', 'host'],
      ['vladimir-putin', 'host'],
      ['yuri-ushakov', 'participant'],
      ['kirill-dmitriev', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['josh-gruenbaum', 'mediator'],
    ],
    place: 'moscow',
    figures: {},
  },
  'talks-2026-01-23-abu-dhabi-round1': {
    title: 'First US-Russia-Ukraine trilateral round in Abu Dhabi',
    summary:
      'The first three-way talks since 2022 met behind closed doors in Abu Dhabi as a security working group, ' +
      'hosted by UAE President Mohamed bin Zayed. Adm. Igor Kostyukov, head of the GRU, led Russia’s team; ' +
      'Ukraine sent Rustem Umerov, Kyrylo Budanov, Serhiy Kyslytsya, David Arakhamia and Andrii Hnatov; Steve ' +
      'Witkoff, Jared Kushner and Josh Gruenbaum represented the US. Donbas was the core issue, and according to ' +
      'Zelensky the US floated a pause in strikes on energy here. In the source article’s words, officials ' +
      'familiar with the round said it “produced limited progress but failed to resolve major disputes over ' +
      'territory, Ukraine’s future security alignment, and the lifting of Western sanctions on Russia.”',
    actors: [
      ['uae', 'host'],
      ['mohamed-bin-zayed', 'host'],
      ['russia', 'participant'],
      ['igor-kostyukov', 'head of delegation'],
      ['ukraine', 'participant'],
      ['rustem-umerov', 'participant'],
      ['kyrylo-budanov', 'participant'],
      ['serhiy-kyslytsya', 'participant'],
      ['david-arakhamia', 'participant'],
      ['andrii-hnatov', 'participant'],
      ['usa', 'mediator'],
      ['steve-witkoff', 'mediator'],
      ['jared-kushner', 'mediator'],
      ['josh-gruenbaum', 'mediator'],
    ],
    place: 'abu-dhabi',
    figures: {},
    inArticle: true,
  },
  'strike-2026-01-24-kyiv-kharkiv': {
    title: 'Kyiv and Kharkiv struck during the first Abu Dhabi round',
    summary:
      'While the first trilateral round was under way, Russia attacked Kyiv, where one person was killed, and ' +
      'Kharkiv, where a maternity hospital and a dormitory for displaced people were hit. About 1.2 million ' +
      'consumers lost power nationwide, some 800,000 of them in Kyiv. Four people were injured in Kyiv; ' +
      'Kharkiv’s injured count is 19 according to the mayor and 27 according to the governor, so 23 to 31 in all.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'kyiv',
    geoNote:
      'Point is Kyiv; Kharkiv was also hit. The injured figure counts both cities, and the launch totals are ' +
      'nationwide Air Force figures, not Kyiv’s.',
    figures: {
      killed: v(1, 'in Kyiv'),
      // Total of the two places the sheet gives (4 in Kyiv; 19-27 in Kharkiv), not Kyiv alone.
      injured: r(23, 31, 'total of 4 in Kyiv and 19-27 in Kharkiv (19 per the mayor, 27 per the governor)'),
      drones: v(375, 'nationwide (Air Force); Zelensky: over 370'),
      missiles: v(21, 'nationwide (Air Force)'),
      consumersWithoutPower: v(1200000, 'about; nationwide, about 800,000 of them in Kyiv'),
    },
  },
  'strike-2026-01-27-kharkiv-region-train': {
    title: 'Shahed drones hit a passenger train in Kharkiv region',
    summary:
      'Three Shahed drones struck a passenger train near Yazykove, in the Barvinkove community of Izium district. ' +
      'Five people were killed (first reported as three) and two injured, according to the regional prosecutor ' +
      'and Zelensky.',
    actors: RUSSIA_STRIKES_UKRAINE,
    place: 'izyum',
    geoNote:
      'Not the impact site: the point is Izyum, the centre of Izium district. The sources place the train near ' +
      'Yazykove in the Barvinkove community of the same district and give no coordinates or distance for it, so ' +
      'the point is off by up to the width of the district.',
    figures: {
      killed: v(5, 'first reported as 3'),
      injured: 2,
      drones: 3,
    },
  },
  'stmt-2026-01-28-rubio-senate': {
    title: 'Rubio tells senators Donetsk is the one issue left to bridge',
    summary:
      'Marco Rubio told the Senate Foreign Relations Committee that the territorial question of Donetsk was the ' +
      'one issue still to be bridged, and said Witkoff and Kushner would skip the next round, then planned for ' +
      '1 February. In the end they did attend the rescheduled round on 4-5 February.',
    actors: [
      ['usa', 'speaker'],
      ['marco-rubio', 'speaker'],
    ],
    place: 'washington-dc',
    figures: {},
  },
  'hum-2026-01-29-bodies-repatriation': {
    title: 'Bodies repatriated: 1,000 to Ukraine, 38 to Russia',
    summary:
      'Ukraine received 1,000 bodies and Russia 38, with the ICRC involved; Ukraine’s POW Coordination ' +
      'Headquarters and Russia’s Vladimir Medinsky are named for the two sides. This was not a prisoner ' +
      'exchange but part of the humanitarian track linked to the Istanbul agreements. The handover site was not ' +
      'disclosed.',
    actors: [
      ['ukraine', 'participant'],
      ['ukraine-pow-hq', 'participant'],
      ['russia', 'participant'],
      ['vladimir-medinsky', 'participant'],
      ['icrc', 'intermediary'],
    ],
    place: null,
    geoNote: 'No coordinates: the handover site was not disclosed (a photo suggested northern Ukraine, near Chernihiv).',
    figures: { bodiesReturned: v(1000, 'to Ukraine; 38 returned to Russia') },
  },
  'hum-2026-01-29-trump-energy-pause': {
    title: 'Trump says Putin agreed not to strike Kyiv for a week of extreme cold',
    summary:
      'At a White House Cabinet meeting on Thursday 29 January, Donald Trump said Vladimir Putin had agreed to ' +
      'his request not to strike Kyiv and other towns for a week during the extreme cold; he gave no start date. ' +
      'Zelensky welcomed it; the Kremlin did not confirm it that day.',
    actors: [
      ['usa', 'speaker'],
      ['donald-trump', 'speaker'],
      ['russia', 'subject'],
      ['vladimir-putin', 'subject'],
      ['ukraine', 'responded'],
      ['volodymyr-zelensky', 'responded'],
    ],
    place: 'washington-dc',
    figures: {},
  },
  'hum-2026-01-30-energy-pause-window': {
    title: 'A short pause in strikes on Kyiv and energy; Kremlin says it ran to 1 February',
    summary:
      'A brief moratorium on strikes followed Trump’s request, but sources differ on its start and scope. Peskov ' +
      'confirmed on 30 January that Putin had agreed to halt strikes on Kyiv until 1 February; Zelensky said it ' +
      'covered energy infrastructure from the night of 29-30 January and was broken on the night of 2-3 ' +
      'February; ISW dates it to about 29 January-1 February. The start date is therefore approximate. The ' +
      'source article reports Zelensky saying the new attacks contradicted Moscow’s assurances of a pause.',
    actors: [
      ['russia', 'subject'],
      ['dmitry-peskov', 'speaker'],
      ['vladimir-putin', 'subject'],
      ['usa', 'requester'],
      ['donald-trump', 'requester'],
      ['ukraine', 'responded'],
      ['volodymyr-zelensky', 'speaker'],
    ],
    place: 'kyiv',
    geoNote: 'Kyiv is the scope the Kremlin gave; Ukraine described the pause as covering energy infrastructure.',
    figures: {},
    inArticle: true,
  },
  'talks-2026-01-31-miami-dmitriev': {
    title: 'Dmitriev holds talks with the US team in Miami',
    summary:
      'Russia’s Kirill Dmitriev met the US team in Miami: Witkoff, Kushner, Scott Bessent, Rubio and Gruenbaum, ' +
      'according to Witkoff. Reports come mainly from Russian state media.',
    actors: [
      ['russia', 'participant'],
      ['kirill-dmitriev', 'participant'],
      ['usa', 'participant'],
      ['steve-witkoff', 'participant'],
      ['jared-kushner', 'participant'],
      ['scott-bessent', 'participant'],
      ['marco-rubio', 'participant'],
      ['josh-gruenbaum', 'participant'],
    ],
    place: 'miami',
    figures: {},
  },
};
