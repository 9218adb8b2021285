import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import type { EntityManager } from '../../db/orm.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { CSV_COLUMNS } from './feed-formats.js';

const LONG =
  'Students join the county clinic team; they shadow nurses, pharmacists and lab staff for two full days';

/** Parses RFC 4180 CSV (quoted fields with doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe.each(TEST_DIALECTS)('public feeds and exports, on %s', (dialect) => {
  let t: TestApp;
  let district: District;
  let partner: PartnerOrganization;
  const get = (path: string) => fetch(`${t.app.url}${path}`);
  beforeAll(async () => {
    t = await startTestApp(dialect, { PUBLIC_URL: 'https://hub.example.org' });
    const em = t.app.orm.em.fork() as EntityManager;
    district = await buildDistrict(em, { name: 'Lakeview, "North" Schools' });
    partner = await buildPartner(em, { name: 'County Clinic' });
    await publishListings(em, district, [
      { title: 'Old listing', listingId: '11111111-1111-4111-8111-111111111111' },
    ]);
    await publishListings(em, district, [
      {
        title: 'Clinic shadowing, "two days"',
        description: LONG,
        partner,
        deadline: '2027-03-15',
        listingId: '22222222-2222-4222-8222-222222222222',
        contactEmail: 'secret.staff@clinic.example.org',
        skills: ['Care', 'Teamwork'],
      },
      {
        title: '=cmd|calc',
        deadline: null,
        type: 'PAID_INTERNSHIP',
        listingId: '33333333-3333-4333-8333-333333333333',
      },
    ]);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers every feed with a strong ETag, and a 304 when it has not changed', async () => {
    for (const path of [
      '/sitemap.xml',
      `/feeds/opportunities/${district.slug}.json`,
      `/exports/opportunities/${district.slug}/v1.csv`,
    ]) {
      const res = await get(path);
      const etag = res.headers.get('etag')!;
      expect(etag, path).toMatch(/^"[\w-]{32}"$/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const again = await fetch(`${t.app.url}${path}`, {
        headers: { 'if-none-match': `W/${etag}, "other"` },
      });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      const other = await fetch(`${t.app.url}${path}`, { headers: { 'if-none-match': '"other"' } });
      expect(other.status, path).toBe(200);
    }
  });

  it('lists districts and the opportunity pages of their newest list in the sitemap', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const body = await res.text();
    const base = `https://hub.example.org/d/${district.slug}`;
    for (const loc of [
      base,
      `${base}/opportunities`,
      `${base}/opportunities/22222222-2222-4222-8222-222222222222`,
    ])
      expect(body).toContain(`<loc>${loc}</loc>`);
    expect(body).not.toContain('11111111-1111-4111-8111-111111111111');
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('serves the newest list as JSON Feed 1.1 without contact addresses', async () => {
    const res = await get(`/feeds/opportunities/${district.slug}.json`);
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    const text = await res.text();
    expect(text).not.toContain('secret.staff');
    const feed = JSON.parse(text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Lakeview, "North" Schools: learning opportunities',
      feed_url: `https://hub.example.org/feeds/opportunities/${district.slug}.json`,
    });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      '22222222-2222-4222-8222-222222222222',
      '33333333-3333-4333-8333-333333333333',
    ]);
    expect(feed.items[0]).toMatchObject({
      title: 'Clinic shadowing, "two days"',
      url: `https://hub.example.org/d/${district.slug}/opportunities/22222222-2222-4222-8222-222222222222`,
      authors: [{ name: 'County Clinic' }],
      tags: ['Mentorship', 'Care', 'Teamwork'],
      _partnerhub: { ceds_code: 'Mentorship', deadline: '2027-03-15' },
    });
    expect((await get('/feeds/opportunities/no-such-district.json')).status).toBe(404);
  });

  it('serves application deadlines as iCalendar events, escaped and folded', async () => {
    const res = await get(`/feeds/opportunities/${district.slug}.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1); // the second listing has no deadline
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316');
    expect(unfolded).toContain('SUMMARY:Application deadline: Clinic shadowing\\, "two days"');
    expect(unfolded).toContain('UID:22222222-2222-4222-8222-222222222222-deadline@hub.example.org');
    expect(unfolded).toContain('X-WR-CALNAME:Lakeview\\, "North" Schools: application deadlines');
  });

  it('exports a version as RFC 4180 CSV with the CEDS code, and keeps older versions downloadable', async () => {
    const res = await get(`/exports/opportunities/${district.slug}/v2.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect(rows).toHaveLength(3);
    expect(col(rows[1]!, 'title')).toBe('Clinic shadowing, "two days"');
    expect(col(rows[1]!, 'ceds_code')).toBe('Mentorship');
    expect(col(rows[1]!, 'partner')).toBe('County Clinic');
    expect(col(rows[1]!, 'skills')).toBe('Care; Teamwork');
    expect(col(rows[2]!, 'title')).toBe("'=cmd|calc");
    expect(col(rows[2]!, 'ceds_code')).toBe('PaidInternship');
    const v1 = parseCsv(await (await get(`/exports/opportunities/${district.slug}/v1.csv`)).text());
    expect(v1.slice(1).map((r) => col(r, 'title'))).toEqual(['Old listing']);
    expect((await get(`/exports/opportunities/${district.slug}/v3.csv`)).status).toBe(404);
    expect((await fetch(`${t.app.url}/sitemap.xml`, { method: 'POST' })).status).toBe(405);
  });
});
