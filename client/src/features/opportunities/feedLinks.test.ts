import { describe, expect, it } from 'vitest';
import { alternateLinks, feedLinks } from './feedLinks';

describe('feed links', () => {
  it('name the feeds and the export of the published version, with a webcal subscription', () => {
    const links = feedLinks('maple-ridge', 4, 'https://hub.example.org');
    expect(links).toEqual({
      subscribe: 'webcal://hub.example.org/feeds/opportunities/maple-ridge.ics',
      calendar: 'https://hub.example.org/feeds/opportunities/maple-ridge.ics',
      jsonFeed: 'https://hub.example.org/feeds/opportunities/maple-ridge.json',
      csv: 'https://hub.example.org/exports/opportunities/maple-ridge/v4.csv',
    });
    expect(feedLinks('x', 1, 'http://localhost:4000').subscribe).toBe(
      'webcal://localhost:4000/feeds/opportunities/x.ics',
    );
    expect(alternateLinks(links, 'Maple Ridge').map((l) => l.type)).toEqual([
      'application/feed+json',
      'text/calendar',
      'text/csv',
    ]);
  });
});
