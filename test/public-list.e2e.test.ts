import { OPPORTUNITY_TYPE_LABEL, type OpportunityType } from '@partnerhub/shared';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { main, resultStatus, resultTitles } from './support/pages.js';
import { graphqlFrom } from './support/session.js';

const SLUG = 'maple-ridge';

interface Facets {
  district: {
    publishedOpportunityList: { number: number };
    opportunityFacets: { closedCount: number; types: { type: OpportunityType; count: number }[] };
  };
}

describe('the public list', () => {
  test('links its feeds, counts listings per type, and says what "open only" hides', async ({
    page,
    baseUrl,
  }) => {
    await page.goto(`${baseUrl}/d/${SLUG}/opportunities`);
    await expect.poll(() => resultTitles(page), POLL).not.toHaveLength(0);
    const api = await graphqlFrom<Facets>(
      page,
      baseUrl,
      'query ($slug: String!) { district(slug: $slug) { publishedOpportunityList { number } opportunityFacets(filter: { openOnly: true }) { closedCount types { type count } } } }',
      { slug: SLUG },
    );
    const { publishedOpportunityList, opportunityFacets } = api.data!.district;

    // Feeds: visible links and <link rel="alternate"> in the head, each answering with its format.
    const feeds = main(page).getByRole('region', { name: 'Follow this list' });
    const host = new URL(baseUrl).host;
    expect(await feeds.getByRole('link', { name: 'Subscribe to deadlines' }).getAttribute('href')).toBe(
      `webcal://${host}/feeds/opportunities/${SLUG}.ics`,
    );
    const csv = await feeds.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(csv).toBe(`${baseUrl}/exports/opportunities/${SLUG}/v${publishedOpportunityList.number}.csv`);
    const alternates = await page.evaluate(() =>
      Array.from(document.head.querySelectorAll('link[rel="alternate"]')).map((l) => ({
        href: (l as HTMLLinkElement).href,
        type: (l as HTMLLinkElement).type,
      })),
    );
    expect(alternates.map((a) => a.type)).toEqual(['application/feed+json', 'text/calendar', 'text/csv']);
    for (const { href, type } of alternates) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toContain(type);
    }

    // The Type filter shows how many listings each type would give.
    const options = await main(page).getByLabel('Type', { exact: true }).locator('option').allInnerTexts();
    for (const { type, count } of opportunityFacets.types)
      expect(options.map((o) => o.trim())).toContain(`${OPPORTUNITY_TYPE_LABEL[type]} (${count})`);

    // "Only open" says how many it hides, and shows them on request.
    expect(opportunityFacets.closedCount).toBeGreaterThan(0);
    const closed = main(page).getByText(/more (has|have) closed/);
    expect(await closed.innerText()).toContain(String(opportunityFacets.closedCount));
    const before = await resultStatus(page).innerText();
    await main(page).getByRole('button', { name: 'Show closed too' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('open'), POLL).toBe('0');
    await expect.poll(() => resultStatus(page).innerText(), POLL).not.toBe(before);
    expect(await closed.count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'public list');
  });

  test('on a phone the results come first and the filters wait behind a button with a count', async ({
    page,
    baseUrl,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/d/${SLUG}/opportunities?grade=10`);
    await expect.poll(() => resultTitles(page), POLL).not.toHaveLength(0);
    const typeFilter = main(page).getByLabel('Type', { exact: true });
    expect(await typeFilter.isVisible()).toBe(false);
    const firstResult = main(page).getByRole('article').first();
    const box = await firstResult.boundingBox();
    expect(box!.y).toBeLessThan(740);

    const toggle = main(page).getByRole('button', { name: /^Filters/ });
    expect(await toggle.innerText()).toContain('1 active');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await typeFilter.isVisible()).toBe(true);
    expect(await main(page).getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'public list on a phone');
  });
});
