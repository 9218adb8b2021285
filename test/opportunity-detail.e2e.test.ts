import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Api, ApiOpportunity } from './support/api.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, expectResults, expectedFirstPage, main } from './support/pages.js';
import { loadSeedPartners } from './support/seed.js';

type JsonLd = Record<string, unknown>;

const applyLink = (page: Page) => main(page).getByRole('link', { name: /^Apply\b/ });
const closedBadge = (page: Page) => main(page).getByText('Closed', { exact: true });

/** Finds one listing of the district that satisfies `pick`, or fails saying what was looked for. */
async function findListing(
  api: Api,
  slug: string,
  what: string,
  pick: (o: ApiOpportunity) => boolean,
): Promise<ApiOpportunity> {
  const listing = (await api.allOpportunities(slug, { openOnly: false })).find(pick);
  if (!listing) throw new Error(`The demo data of ${slug} has no ${what}.`);
  return listing;
}

/**
 * Opens a listing the way a visitor does: the district's list, a search for its title, then a
 * click on the result's title.
 */
async function openFromList(
  page: Page,
  baseUrl: string,
  api: Api,
  slug: string,
  listing: ApiOpportunity,
): Promise<void> {
  const inApi = await api.opportunities(slug, { query: listing.title, openOnly: !listing.isClosed });
  expect(
    inApi.nodes.map((n) => n.listingId),
    `API search for "${listing.title}"`,
  ).toContain(listing.listingId);

  await page.goto(`${baseUrl}/d/${slug}/opportunities`);
  await expectHeading(page, 'Opportunities');
  await expectResults(page, await expectedFirstPage(page, api, slug, { openOnly: true }));
  if (listing.isClosed) {
    await page.getByLabel('Only open for applications', { exact: true }).uncheck();
    await expectResults(page, await expectedFirstPage(page, api, slug, { openOnly: false }));
  }
  const search = page.getByLabel('Search opportunities', { exact: true });
  await search.fill(listing.title);
  await search.press('Enter');
  await main(page)
    .getByRole('article')
    .getByRole('heading', { level: 2 })
    .getByRole('link', { name: listing.title, exact: true })
    .click();
  await page.waitForURL((url) => url.pathname === `/d/${slug}/opportunities/${listing.listingId}`);
  await expectHeading(page, listing.title);
}

/** The page's single JSON-LD block, once it describes the listing titled `title`. */
async function jsonLdFor(page: Page, title: string): Promise<JsonLd> {
  const scripts = page.locator('script[type="application/ld+json"]');
  let parsed: JsonLd | undefined;
  await expect
    .poll(async () => {
      const texts = await scripts.allTextContents();
      if (texts.length !== 1) return `${texts.length} JSON-LD scripts`;
      try {
        parsed = JSON.parse(texts[0]!) as JsonLd;
      } catch (error) {
        return `invalid JSON-LD: ${String(error)}`;
      }
      return parsed.title ?? parsed.name;
    }, POLL)
    .toBe(title);
  return parsed!;
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function expectSchemaOrgContext(ld: JsonLd): void {
  expect(String(ld['@context'])).toMatch(/^https?:\/\/schema\.org\/?$/);
}

describe('opportunity detail', () => {
  test('a paid listing opened from the list carries JobPosting JSON-LD', async ({ page, baseUrl, api }) => {
    const listing = await findListing(
      api,
      'maple-ridge',
      'open, paid, on-site listing with a partner and a deadline',
      (o) =>
        o.compensation === 'PAID' &&
        !o.isClosed &&
        o.partner !== null &&
        o.deadline !== null &&
        o.locationMode === 'ON_SITE',
    );
    await openFromList(page, baseUrl, api, 'maple-ridge', listing);

    const ld = await jsonLdFor(page, listing.title);
    expectSchemaOrgContext(ld);
    expect(ld['@type']).toBe('JobPosting');
    expect(asArray(ld.employmentType)).toContain('INTERN');
    expect(String(ld.validThrough).slice(0, 10)).toBe(listing.deadline);
    const org = ld.hiringOrganization as JsonLd | undefined;
    expect(org?.['@type']).toBe('Organization');
    expect(org?.name).toBe(listing.partner!.name);
    const place = asArray(ld.jobLocation)[0] as JsonLd | undefined;
    expect(place?.['@type'], 'jobLocation of an on-site listing').toBe('Place');
    expect(place?.address, 'jobLocation.address').toBeTruthy();
    expect(ld.jobLocationType).toBeUndefined();

    await applyLink(page).first().waitFor({ state: 'visible' });
    expect(await closedBadge(page).count(), '"Closed" on an open listing').toBe(0);
  });

  test('a paid remote listing is a TELECOMMUTE JobPosting', async ({ page, baseUrl, api }) => {
    const listing = await findListing(
      api,
      'cedar-valley',
      'open, paid, remote listing',
      (o) => o.compensation !== 'UNPAID' && !o.isClosed && o.locationMode === 'REMOTE',
    );
    await openFromList(page, baseUrl, api, 'cedar-valley', listing);

    const ld = await jsonLdFor(page, listing.title);
    expect(ld['@type']).toBe('JobPosting');
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(asArray(ld.employmentType)).toContain('INTERN');
  });

  test('an unpaid listing carries EducationEvent JSON-LD with its audience and capacity', async ({
    page,
    baseUrl,
    api,
  }) => {
    const listing = await findListing(
      api,
      'maple-ridge',
      'open, unpaid listing with a minimum age and a capacity',
      (o) => o.compensation === 'UNPAID' && !o.isClosed && o.minimumAge !== null && o.capacity !== null,
    );
    await openFromList(page, baseUrl, api, 'maple-ridge', listing);

    const ld = await jsonLdFor(page, listing.title);
    expectSchemaOrgContext(ld);
    expect(ld['@type']).toBe('EducationEvent');
    const audience = ld.audience as JsonLd | undefined;
    expect(audience?.['@type']).toBe('PeopleAudience');
    expect(audience?.requiredMinAge).toBe(listing.minimumAge);
    const capacities = [ld.remainingAttendeeCapacity, ld.maximumAttendeeCapacity].filter(
      (c) => c !== undefined,
    );
    expect(capacities.length, 'remainingAttendeeCapacity or maximumAttendeeCapacity').toBeGreaterThan(0);
    for (const capacity of capacities) expect(capacity).toBe(listing.capacity);
    await applyLink(page).first().waitFor({ state: 'visible' });
  });

  test('an unpaid listing without a minimum age has no requiredMinAge', async ({ page, baseUrl, api }) => {
    const listing = await findListing(
      api,
      'maple-ridge',
      'unpaid listing without a minimum age',
      (o) => o.compensation === 'UNPAID' && o.minimumAge === null,
    );
    await page.goto(`${baseUrl}/d/maple-ridge/opportunities/${listing.listingId}`);
    await expectHeading(page, listing.title);
    const ld = await jsonLdFor(page, listing.title);
    expect(ld['@type']).toBe('EducationEvent');
    expect((ld.audience as JsonLd | undefined)?.requiredMinAge).toBeUndefined();
  });

  test('a closed listing shows "Closed" and no "Apply" link', async ({ page, baseUrl, api }) => {
    const listing = await findListing(api, 'maple-ridge', 'closed listing', (o) => o.isClosed);
    await openFromList(page, baseUrl, api, 'maple-ridge', listing);

    await closedBadge(page).first().waitFor({ state: 'visible' });
    expect(await applyLink(page).count(), '"Apply" links on a closed listing').toBe(0);
    if (listing.applyUrl)
      expect(await page.locator(`a[href="${listing.applyUrl}"]`).count(), 'links to the apply URL').toBe(0);
  });

  test('contact e-mails that may not be published never reach the page', async ({ page, baseUrl, api }) => {
    const seed = await loadSeedPartners();
    const privateEmails = new Map<string, string[]>();
    for (const partner of seed) {
      const emails = partner.contacts.filter((c) => !c.publishable).map((c) => c.email.toLowerCase());
      if (emails.length) privateEmails.set(partner.slug, emails);
    }
    expect(privateEmails.size, 'demo partners with a non-publishable contact').toBeGreaterThan(0);

    const checked: string[] = [];
    const graphqlBodies: Promise<string>[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname === '/graphql')
        graphqlBodies.push(
          res.text().then(
            (body) => body.toLowerCase(),
            () => '',
          ),
        );
    });

    for (const slug of ['maple-ridge', 'cedar-valley']) {
      const listings = (await api.allOpportunities(slug, { openOnly: false })).filter(
        (o) => o.partner && privateEmails.has(o.partner.slug),
      );
      for (const listing of listings) {
        // The API itself withholds the contact; the page must not find it elsewhere.
        expect(listing.contact, `API contact of "${listing.title}"`).toBeNull();
        await page.goto(`${baseUrl}/d/${slug}/opportunities/${listing.listingId}`);
        await expectHeading(page, listing.title);
        await jsonLdFor(page, listing.title);
        const html = (await page.content()).toLowerCase();
        for (const email of privateEmails.get(listing.partner!.slug)!) {
          expect(html.includes(email), `${email} in the page of "${listing.title}"`).toBe(false);
        }
        checked.push(listing.title);
      }
      // Partner pages are checked for partners the district lists publicly.
      const listed = new Set((await api.partners(slug)).map((p) => p.slug));
      for (const partnerSlug of new Set(listings.map((l) => l.partner!.slug).filter((s) => listed.has(s)))) {
        await page.goto(`${baseUrl}/d/${slug}/partners/${partnerSlug}`);
        await expectHeading(page, seed.find((p) => p.slug === partnerSlug)!.name);
        await main(page).getByRole('link').first().waitFor({ state: 'visible' });
        const html = (await page.content()).toLowerCase();
        for (const email of privateEmails.get(partnerSlug)!) {
          expect(html.includes(email), `${email} in the page of partner ${partnerSlug}`).toBe(false);
        }
      }
    }
    expect(checked.length, 'listings of partners with a private contact').toBeGreaterThan(0);
    const allPrivate = [...privateEmails.values()].flat();
    for (const body of await Promise.all(graphqlBodies)) {
      for (const email of allPrivate)
        expect(body.includes(email), `${email} in a GraphQL response`).toBe(false);
    }
  });
});
