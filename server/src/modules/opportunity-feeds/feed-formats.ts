import {
  CEDS_WORK_BASED_LEARNING_CODE,
  COMPENSATION_LABEL,
  LOCATION_MODE_LABEL,
  OPPORTUNITY_TYPE_LABEL,
} from '@partnerhub/shared';
import type { PublishedList, PublishedListing } from './feeds.read.js';

/** Public addresses of the client's pages. */
export interface PageUrls {
  district(slug: string): string;
  listings(slug: string): string;
  listing(slug: string, listingId: string): string;
}

export function pageUrls(publicUrl: string): PageUrls {
  return {
    district: (slug) => `${publicUrl}/d/${encodeURIComponent(slug)}`,
    listings: (slug) => `${publicUrl}/d/${encodeURIComponent(slug)}/opportunities`,
    listing: (slug, id) =>
      `${publicUrl}/d/${encodeURIComponent(slug)}/opportunities/${encodeURIComponent(id)}`,
  };
}

/** A JSON Feed 1.1 document of a published list; contacts are never included. */
export function toJsonFeed(list: PublishedList, urls: PageUrls, feedUrl: string): object {
  const { district, version, listings } = list;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${district.name}: learning opportunities`,
    home_page_url: urls.listings(district.slug),
    feed_url: feedUrl,
    description: `Version ${version.number} of the opportunity list of ${district.name}, published ${version.publishedAt.toISOString().slice(0, 10)}.`,
    language: 'en',
    authors: [{ name: district.name, url: urls.district(district.slug) }],
    items: listings.map((l) => ({
      id: l.listingId,
      url: urls.listing(district.slug, l.listingId),
      title: l.title,
      summary: l.summary,
      content_text: [l.summary, l.description].filter(Boolean).join('\n\n'),
      date_published: l.firstPublishedAt.toISOString(),
      date_modified: version.publishedAt.toISOString(),
      authors: [{ name: l.partnerName ?? district.name }],
      tags: [OPPORTUNITY_TYPE_LABEL[l.type], ...l.skills],
      ...(l.applyUrl ? { external_url: l.applyUrl } : {}),
      _partnerhub: {
        type: l.type,
        ceds_code: CEDS_WORK_BASED_LEARNING_CODE[l.type],
        location: LOCATION_MODE_LABEL[l.locationMode],
        city: l.city,
        grades: [l.gradeMin, l.gradeMax],
        compensation: COMPENSATION_LABEL[l.compensation],
        earns_credit: l.earnsCredit,
        deadline: l.deadline,
        start_date: l.startDate,
        end_date: l.endDate,
      },
    })),
  };
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeIcalText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 folding: lines of at most 75 octets, continued after CRLF and one space; never splits a character. */
export function foldIcalLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with the space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icalDate = (isoDate: string) => isoDate.replaceAll('-', '');
const icalStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const nextDay = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An iCalendar of the application deadlines of a published list: one all-day VEVENT per deadline. */
export function toICalendar(list: PublishedList, urls: PageUrls, host: string): string {
  const { district, version, listings } = list;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PartnerHub//Opportunity deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(`${district.name}: application deadlines`)}`,
  ];
  for (const l of listings.filter((x): x is PublishedListing & { deadline: string } => !!x.deadline)) {
    const url = urls.listing(district.slug, l.listingId);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${l.listingId}-deadline@${host}`,
      `DTSTAMP:${icalStamp(version.publishedAt)}`,
      `DTSTART;VALUE=DATE:${icalDate(l.deadline)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(l.deadline))}`,
      `SUMMARY:${escapeIcalText(`Application deadline: ${l.title}`)}`,
      `DESCRIPTION:${escapeIcalText(`${l.summary}\n${url}`)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcalLine).join('\r\n') + '\r\n';
}

/** The CSV export's columns, in order (documented in the README). */
export const CSV_COLUMNS = [
  'listing_id',
  'title',
  'summary',
  'type',
  'ceds_code',
  'partner',
  'location_mode',
  'city',
  'state',
  'start_date',
  'end_date',
  'hours_per_week',
  'grade_min',
  'grade_max',
  'minimum_age',
  'capacity',
  'compensation',
  'earns_credit',
  'credit_amount',
  'credit_subject',
  'career_cluster',
  'skills',
  'apply_url',
  'apply_email',
  'deadline',
  'first_published_at',
] as const;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 CSV of a published list (header row, CRLF line ends). */
export function toCsv(list: PublishedList): string {
  const rows = list.listings.map((l) => [
    l.listingId,
    l.title,
    l.summary,
    l.type,
    CEDS_WORK_BASED_LEARNING_CODE[l.type],
    l.partnerName,
    l.locationMode,
    l.city,
    l.state,
    l.startDate,
    l.endDate,
    l.hoursPerWeek,
    l.gradeMin,
    l.gradeMax,
    l.minimumAge,
    l.capacity,
    l.compensation,
    l.earnsCredit,
    l.creditAmount,
    l.creditSubject,
    l.careerCluster,
    l.skills.join('; '),
    l.applyUrl,
    l.applyEmail,
    l.deadline,
    l.firstPublishedAt.toISOString(),
  ]);
  return (
    [CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}

const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A sitemaps.org XML sitemap of the given pages. */
export function toSitemap(pages: { loc: string; lastmod?: Date | null }[]): string {
  const urls = pages.map(
    (p) =>
      `  <url><loc>${xml(p.loc)}</loc>${p.lastmod ? `<lastmod>${p.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
