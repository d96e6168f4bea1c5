/**
 * Events the fact sheet has no CSV row for, added because a claim of the source article needs an
 * event of its own (issue 14, item 5). Each one rests on the article and on the sheet's notes
 * (its "Cross-check of the source article"); its URLs are taken from rows of the sheet.
 */
import type { AddedEvent } from './types';

export const ADDED_EVENTS: Record<string, AddedEvent> = {
  'stmt-2026-02-03-isw-pause-concession': {
    date: '2026-02-03',
    datePrecision: 'day',
    category: 'statement',
    title: 'ISW: Moscow could present a short pause as a major concession',
    summary:
      'The source article of 4 February reports that the Institute for the Study of War “noted that Moscow could ' +
      'portray any short pause in attacks as a major concession while preparing for larger military operations.” ' +
      'The fact sheet’s cross-check of the article traces this to ISW’s assessment of 3 February, the day of the ' +
      'strike that ended the pause, read in a republication. ISW’s later assessment of 7 February is a separate ' +
      'event.',
    actors: [['isw', 'author']],
    place: 'washington-dc',
    geoNote: 'Point is the publisher’s city (Washington DC), not a site of events.',
    figures: {},
    sources: [
      {
        title: 'fakti.bg',
        url: 'https://fakti.bg/en/amp/world/1032200-new-energy-strikes-in-ukraine-show-russian-intentions',
      },
    ],
    confidence:
      'Medium. The claim is the source article’s; the fact sheet verifies it against ISW’s 3 February assessment ' +
      '(read via republications) but has no row of its own for that assessment. Of the ISW republications the ' +
      'sheet lists, fakti.bg is the one it also cites for the aftermath of the 3 February strike, so it is cited ' +
      'here; ISW’s own page was not retrieved.',
    inArticle: true,
  },
};
