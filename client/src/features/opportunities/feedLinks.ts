import type { AlternateLink } from '@/composables/useAlternateLinks';

export interface FeedLinks {
  /** Adds the deadlines to a calendar app that keeps them up to date. */
  subscribe: string;
  calendar: string;
  jsonFeed: string;
  csv: string;
}

/** Where a district's published list can be followed or downloaded (served by the feeds routes). */
export function feedLinks(slug: string, versionNumber: number, origin: string): FeedLinks {
  const calendar = `${origin}/feeds/opportunities/${slug}.ics`;
  return {
    subscribe: calendar.replace(/^https?:/, 'webcal:'),
    calendar,
    jsonFeed: `${origin}/feeds/opportunities/${slug}.json`,
    csv: `${origin}/exports/opportunities/${slug}/v${versionNumber}.csv`,
  };
}

export function alternateLinks(links: FeedLinks, districtName: string): AlternateLink[] {
  return [
    { href: links.jsonFeed, type: 'application/feed+json', title: `${districtName}: opportunities` },
    { href: links.calendar, type: 'text/calendar', title: `${districtName}: application deadlines` },
    { href: links.csv, type: 'text/csv', title: `${districtName}: opportunities (CSV)` },
  ];
}
