/**
 * Documented departures from the fact sheet's source URLs (issue 14, item 5). The sheet is copied
 * unchanged into data/sources/; these tables say what the build does differently and why.
 * build-dataset.ts stops when an entry no longer matches the sheet (a `from` or dropped URL that is
 * not in the row, an added URL that is in no row), so the tables cannot drift silently.
 */

/** The same page at a clean address: tracking parameters, junk queries and a default port removed. */
export const URL_FIXES: ReadonlyArray<{ from: string; to: string; why: string }> = [
  {
    from:
      'https://thepulseofnh.com/at-least-5-killed-and-more-than-2-dozen-injured-in-russian-attacks-on-kyiv/' +
      '?utm_source=rss&utm_medium=rss&utm_campaign=at-least-5-killed-and-more-than-2-dozen-injured-in-russian-attacks-on-kyiv',
    to: 'https://thepulseofnh.com/at-least-5-killed-and-more-than-2-dozen-injured-in-russian-attacks-on-kyiv/',
    why: 'utm_* tracking parameters removed',
  },
  {
    from:
      'https://kyivindependent.com/ukrainian-naval-drones-behind-successful-strike-on-2-russian-shadow-fleet-tankers/' +
      '?mc_cid=cd3cd8ebc9&mc_eid=8649e0ca60',
    to: 'https://kyivindependent.com/ukrainian-naval-drones-behind-successful-strike-on-2-russian-shadow-fleet-tankers/',
    why: 'mc_cid/mc_eid (newsletter tracking) parameters removed',
  },
  {
    from: 'https://www.irishexaminer.com/world/arid-41766212.html?type=ampCongratulations',
    to: 'https://www.irishexaminer.com/world/arid-41766212.html',
    why: 'junk query "?type=ampCongratulations" removed',
  },
  {
    from: 'https://www.trtworld.com:443/article/beb09040cc8c',
    to: 'https://www.trtworld.com/article/beb09040cc8c',
    why: 'default https port ":443" removed',
  },
  {
    from: 'https://www.trtworld.com:443/article/95c144bb42db',
    to: 'https://www.trtworld.com/article/95c144bb42db',
    why: 'default https port ":443" removed',
  },
];

/** Sources left out of one event: an AI-generated page, a broken address, a blog repost beside real outlets. */
export const DROPPED_SOURCES: ReadonlyArray<{ event: string; url: string; why: string }> = [
  {
    event: 'strike-2026-01-24-kyiv-kharkiv',
    url: 'https://clashreport.com/ru/undefined/articles/russia-strikes-ukraines-kharkiv-kyiv-overshadowing-peace-talks-yrbx93hsg3',
    why:
      'broken address ("undefined" path segment) that cannot be repaired offline, on an aggregator; the event keeps ' +
      'RFE/RL, NDTV Profit and WION',
  },
  {
    event: 'talks-2025-12-04-miami-us-ukraine',
    url: 'https://evrimagaci.org/gpt/russia-and-ukraine-trade-massive-attacks-as-peace-talks-stall-519029',
    why: 'AI-generated page (evrimagaci.org/gpt/); the event keeps People’s Daily and Sputnik',
  },
  {
    event: 'strike-2025-12-06-nationwide-fastiv',
    url: 'https://evrimagaci.org/gpt/russia-and-ukraine-trade-massive-attacks-as-peace-talks-stall-519029',
    why:
      'AI-generated page (evrimagaci.org/gpt/); the event keeps theatlasnews.com and alexa.ng (the sheet has no ' +
      'major outlet for this strike)',
  },
  {
    event: 'talks-2026-01-06-paris-coalition',
    url: 'https://particle.news/story/lyse-declaration-sets-path-for-multinational-ukraine-force-after-ceasefire',
    why: 'AI-generated summary (particle.news); the event keeps WION and axy.media',
  },
  {
    event: 'treaty-2026-02-05-new-start-expires',
    url: 'https://particle.news/story/new-start-limits-set-to-end-feb-5-as-us-weighs-russias-one-year-offer',
    why: 'AI-generated summary (particle.news); replaced by CGTN’s report of the expiry (see ADDED_SOURCES)',
  },
  {
    event: 'talks-2026-02-17-geneva-round3',
    url: 'http://panafricannews.blogspot.com/2026/02/latest-round-of-trilateral-talks-on.html',
    why: 'blog repost (blogspot.com); the event keeps Pravda.ru, RT, CGTN and TRT World',
  },
];

/** A report from another row of the sheet, added where it covers this event's facts. */
export const ADDED_SOURCES: ReadonlyArray<{ event: string; url: string; fromEvent: string; why: string }> = [
  {
    event: 'treaty-2026-02-05-new-start-expires',
    url: 'https://news.cgtn.com/news/2026-02-05/Russia-responds-amid-New-START-expiration-1KvJIJBBwXK/p.html',
    fromEvent: 'treaty-2026-02-04-russia-mfa-new-start',
    why: 'CGTN, 5 February, on the expiry: replaces the AI-generated particle.news page',
  },
];

/**
 * What no source URL in the dataset may contain: tracking parameters, an "undefined" path segment,
 * an explicit default port, or a page from an AI-generated news site.
 */
export function sourceUrlProblem(url: string): string | undefined {
  const parsed = new URL(url);
  for (const key of parsed.searchParams.keys()) {
    if (/^utm_|^mc_(cid|eid)$|^fbclid$|^gclid$/.test(key)) return `tracking parameter "${key}"`;
  }
  if (/\/undefined(\/|$)/.test(parsed.pathname)) return '"undefined" path segment';
  if (/^https?:\/\/[^/]+:(443|80)(\/|$)/.test(url)) return 'explicit default port';
  if (parsed.hostname === 'particle.news' || (parsed.hostname === 'evrimagaci.org' && parsed.pathname.startsWith('/gpt/'))) {
    return 'AI-generated news page';
  }
  return undefined;
}
