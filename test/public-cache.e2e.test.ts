import type { Page, Response } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { type CachingProxy, startCachingProxy } from './support/caching-proxy.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { resultTitles } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const SLUG = 'maple-ridge';

let proxy: CachingProxy | undefined;
afterAll(async () => {
  await proxy?.stop();
});

/**
 * Opens the district's search through the proxy; resolves with the cache status of the search request
 * that brought the results (the first visitor's browser sends the query's text once after its hash).
 */
async function searchThroughProxy(page: Page): Promise<{ status: string | undefined; titles: string[] }> {
  const searches: Response[] = [];
  const record = (r: Response) => {
    if (r.url().includes('operationName=OpportunitySearch&')) searches.push(r);
  };
  page.on('response', record);
  await page.goto(`${proxy!.url}/d/${SLUG}/opportunities`);
  await expect.poll(() => resultTitles(page), POLL).not.toHaveLength(0);
  page.off('response', record);
  return { status: searches.at(-1)?.headers()['x-cache-status'], titles: await resultTitles(page) };
}

describe('public reads through a shared cache', () => {
  test(
    'later visitors are served from the cache, and a publish is visible through it at once',
    { timeout: 120_000 },
    async ({ page, newPage, baseUrl }) => {
      // The proxy needs the server's address, which the fixtures know once a test runs.
      proxy ??= await startCachingProxy(baseUrl.replace('localhost', '127.0.0.1'));

      const first = await searchThroughProxy(page);
      expect(first.status).toBe('MISS');
      // The second visitor's GET names the query by its hash alone, which the server now knows: kept from then on.
      await searchThroughProxy(await newPage());
      const third = await searchThroughProxy(await newPage());
      expect(third.status).toBe('HIT');
      expect(third.titles).toEqual(first.titles);

      // The district's admin renames the first listing in the draft and publishes.
      const admin = await newPage();
      await signIn(admin, baseUrl, DEMO.districtAdmin);
      const found = await graphqlFrom<{
        district: { id: string; opportunities: { nodes: { listingId: string; title: string }[] } };
      }>(
        admin,
        baseUrl,
        'query ($slug: String!) { district(slug: $slug) { id opportunities(first: 1, orderBy: DEADLINE, filter: { openOnly: true }) { nodes { listingId title } } } }',
        { slug: SLUG },
      );
      const district = found.data!.district;
      const title = `Cache check ${Date.now()}`;
      const updated = await graphqlFrom<{ updateDraftOpportunity: { userErrors: unknown[] } }>(
        admin,
        baseUrl,
        'mutation ($input: UpdateDraftOpportunityInput!) { updateDraftOpportunity(input: $input) { userErrors { message } } }',
        { input: { districtId: district.id, listingId: district.opportunities.nodes[0]!.listingId, title } },
      );
      expect(updated.data?.updateDraftOpportunity.userErrors).toEqual([]);
      const published = await graphqlFrom<{ publishOpportunityList: { userErrors: unknown[] } }>(
        admin,
        baseUrl,
        'mutation ($input: PublishOpportunityListInput!) { publishOpportunityList(input: $input) { userErrors { message } } }',
        { input: { districtId: district.id, summary: 'Renamed a listing' } },
      );
      expect(published.data?.publishOpportunityList.userErrors).toEqual([]);

      // The first visitor, whose browser and proxy both hold the old answer, sees the new title on the next visit.
      const after = await searchThroughProxy(page);
      expect(after.status).toBe('MISS');
      expect(after.titles).toContain(title);
      expect((await searchThroughProxy(await newPage())).status).toBe('HIT');
    },
  );
});
