import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const PARTNER = 'riverbend-manufacturing';
const DISTRICT = 'Maple Ridge City School District';

interface Overview {
  partnerOrganization: {
    live: { totalCount: number; nodes: { title: string }[] };
    partnerships: { nodes: { id: string; version: number; status: string; district: { name: string } }[] };
  };
}

describe("a partner's home", () => {
  test('shows what is live and, once the district pauses the partnership, that its listings are held back', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.partnerAdmin);
    const overview = await graphqlFrom<Overview>(
      page,
      baseUrl,
      'query ($slug: String!) { partnerOrganization(slug: $slug) { live: opportunities(first: 100) { totalCount nodes { title } } partnerships(first: 20) { nodes { id version status district { name } } } } }',
      { slug: PARTNER },
    );
    const { live, partnerships } = overview.data!.partnerOrganization;
    expect(live.totalCount).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/workspace/p/${PARTNER}`);
    const liveSection = main(page).getByRole('region', { name: 'What is live' });
    await expect.poll(() => liveSection.getByRole('link').count(), POLL).toBe(live.totalCount);
    expect(await liveSection.innerText()).toContain(live.nodes[0]!.title);
    const todo = main(page).getByRole('region', { name: 'What needs you' });
    expect(await todo.innerText()).not.toContain('holds back your listings');

    // The district's admin pauses the partnership.
    const mapleRidge = partnerships.nodes.find((p) => p.district.name === DISTRICT && p.status === 'ACTIVE')!;
    const admin = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    const paused = await graphqlFrom<{ updatePartnership: { userErrors: unknown[] } }>(
      admin,
      baseUrl,
      'mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { userErrors { message } } }',
      { input: { id: mapleRidge.id, version: mapleRidge.version, status: 'PAUSED' } },
    );
    expect(paused.data?.updatePartnership.userErrors).toEqual([]);

    await page.reload();
    await expect
      .poll(() => todo.innerText(), POLL)
      .toContain(`${DISTRICT} holds back your listings: The partnership is paused, not active.`);
    await expectNoSeriousAxeViolations(page, 'partner home');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await todo.getByText('holds back your listings').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'partner home on a phone');
  });
});
