/** Story files for tests, in the on-disk format, over the mini dataset's ids. */

export function storyFile(stories: unknown[] = [goodStory()]): unknown {
  return { schemaVersion: 1, stories };
}

export function goodStory(id = 'abu-dhabi-rounds') {
  return {
    id,
    title: 'Two rounds in Abu Dhabi',
    steps: [
      {
        title: 'The first round',
        text: 'Delegations meet in Abu Dhabi.',
        sources: [{ title: 'Round one report', url: 'https://example.org/round1' }, { title: 'Source article, 2026-02-04' }],
        view: { from: '2026-01-22', to: '2026-01-25', event: 'talks-2026-01-23-abu-dhabi-round1' },
      },
      {
        title: 'The market strike',
        text: 'A market is hit during the second round.',
        sources: [{ title: 'Druzhkivka report', url: 'https://example.org/druzhkivka' }],
        view: { from: '2026-02-03', to: '2026-02-05', categories: ['strike'], event: 'strike-2026-02-04-druzhkivka-market' },
      },
      {
        title: 'The exchange',
        text: 'Prisoners are exchanged.',
        sources: [{ title: 'Exchange report', url: 'https://example.org/pow' }],
        view: { from: '2026-02-04', to: '2026-02-05', event: 'hum-2026-02-05-pow-exchange' },
      },
    ],
  };
}
