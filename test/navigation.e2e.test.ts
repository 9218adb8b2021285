import { PARTNER_KIND_LABEL } from '@partnerhub/shared';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ApiPartner } from './support/api.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';

const SLUG = 'maple-ridge';

/** The h2 names of the partner articles, sorted (the contract fixes no order). */
async function partnerNames(page: Page): Promise<string[]> {
  const texts = await main(page).getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).sort();
}

const namesOf = (partners: ApiPartner[]) => partners.map((p) => p.name).sort();

describe('home and district pages', () => {
  test('the home page links every district by name', async ({ page, baseUrl, api }) => {
    const districts = await api.districts();
    expect(districts.map((d) => d.slug)).toEqual(expect.arrayContaining(['maple-ridge', 'cedar-valley']));
    await page.goto(baseUrl);
    for (const district of districts) {
      const link = main(page).getByRole('link', { name: district.name, exact: true });
      await link.waitFor({ state: 'visible' });
      expect(new URL((await link.getAttribute('href'))!, baseUrl).pathname).toBe(`/d/${district.slug}`);
    }
  });

  test('the district home leads to its opportunities', async ({ page, baseUrl, api }) => {
    const district = (await api.districts()).find((d) => d.slug === SLUG)!;
    await page.goto(baseUrl);
    await main(page).getByRole('link', { name: district.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/d/${SLUG}`);
    await expectHeading(page, district.name);

    await main(page).getByRole('link', { name: 'Browse all opportunities', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/d/${SLUG}/opportunities`);
    await expectHeading(page, 'Opportunities');
  });
});

describe('partner directory', () => {
  test('reachable from the district home, filterable by kind and search, and leads to a partner page', async ({
    page,
    baseUrl,
    api,
  }) => {
    const district = (await api.districts()).find((d) => d.slug === SLUG)!;
    const all = await api.partners(SLUG);
    expect(all.length).toBeGreaterThan(1);

    await page.goto(baseUrl);
    await main(page).getByRole('link', { name: district.name, exact: true }).click();
    await expectHeading(page, district.name);
    await main(page).getByRole('link', { name: 'Partner directory', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/d/${SLUG}/partners`);
    await expectHeading(page, 'Partners');
    await expect.poll(() => partnerNames(page), POLL).toEqual(namesOf(all));

    const healthcare = await api.partners(SLUG, { kinds: ['HEALTHCARE'] });
    expect(healthcare.length).toBeGreaterThan(0);
    expect(healthcare.length).toBeLessThan(all.length);
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: PARTNER_KIND_LABEL.HEALTHCARE });
    await expect.poll(() => partnerNames(page), POLL).toEqual(namesOf(healthcare));

    await page.getByLabel('Kind', { exact: true }).selectOption({ index: 0 });
    await expect.poll(() => partnerNames(page), POLL).toEqual(namesOf(all));
    const word = 'college';
    const matching = await api.partners(SLUG, { query: word });
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(all.length);
    const search = page.getByLabel('Search partners', { exact: true });
    await search.fill(word);
    await search.press('Enter');
    await expect.poll(() => partnerNames(page), POLL).toEqual(namesOf(matching));

    // Open the partner page by clicking its name.
    const partner = matching[0]!;
    await main(page)
      .getByRole('article')
      .getByRole('heading', { level: 2 })
      .getByRole('link', { name: partner.name, exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === `/d/${SLUG}/partners/${partner.slug}`);
    await expectHeading(page, partner.name);

    // Its opportunities: every open listing of the partner in this district is linked; nothing else is.
    const open = await api.allOpportunities(SLUG, { partnerId: partner.id, openOnly: true });
    const any = await api.allOpportunities(SLUG, { partnerId: partner.id, openOnly: false });
    expect(open.length, `open listings of ${partner.name}`).toBeGreaterThan(0);
    const listingPath = new RegExp(`^/d/${SLUG}/opportunities/([^/?#]+)$`);
    const linkedIds = async () => {
      const hrefs = await main(page)
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      return [
        ...new Set(hrefs.map((h) => listingPath.exec(h)?.[1]).filter((id): id is string => Boolean(id))),
      ].sort();
    };
    await expect.poll(linkedIds, POLL).toEqual(expect.arrayContaining(open.map((o) => o.listingId)));
    const allowed = new Set(any.map((o) => o.listingId));
    for (const id of await linkedIds())
      expect(allowed.has(id), `link to listing ${id} on ${partner.name}'s page`).toBe(true);

    // And a listing link leads to its detail page.
    const first = open[0]!;
    await main(page).getByRole('link', { name: first.title, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === `/d/${SLUG}/opportunities/${first.listingId}`);
    await expectHeading(page, first.title);
  });
});

describe('unknown routes', () => {
  test('show "Page not found"', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/no/such/page`);
    await expectHeading(page, 'Page not found');
  });
});
