import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const SLUG = 'maple-ridge';
const VISION = `/workspace/d/${SLUG}/vision`;

const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: /^Vision of / });

/** Opens the vision editor and counts the collaboration sockets the page opens from then on. */
async function openVision(page: Page, baseUrl: string, at = VISION): Promise<{ sockets: () => number }> {
  let sockets = 0;
  page.on('websocket', (ws) => {
    if (ws.url().includes('/collab/')) sockets++;
  });
  await page.goto(`${baseUrl}${at}`);
  await editorOf(page).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await expect.poll(() => editorOf(page).getAttribute('aria-readonly'), POLL).toBe('false');
  return { sockets: () => sockets };
}

/** The editor says `message` and nothing else about its connection, is read-only, and opens no new socket for 2 s. */
async function expectEndedWith(page: Page, sockets: () => number, message: string): Promise<void> {
  await main(page).getByRole('alert').filter({ hasText: message }).waitFor();
  expect(await main(page).getByRole('status').filter({ hasText: 'Disconnected' }).count()).toBe(0);
  expect(await editorOf(page).getAttribute('aria-readonly')).toBe('true');
  const opened = sockets();
  await page.waitForTimeout(2_000);
  expect(sockets()).toBe(opened);
}

describe('open editors follow revocation', () => {
  test('signing out everywhere from another browser tells the open editor it was signed out, without reconnecting', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    const other = await newPage();
    await signIn(page, baseUrl, DEMO.districtStaff);
    await signIn(other, baseUrl, DEMO.districtStaff);
    const { sockets } = await openVision(page, baseUrl);
    const ended = await graphqlFrom(other, baseUrl, 'mutation { signOutEverywhere { endedSessions } }');
    expect(ended.errors).toBeUndefined();
    await expectEndedWith(page, sockets, 'You were signed out. Sign in again to keep editing.');
  });

  test('a partner taken out of the vision tells its open editor it may now only read', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    const admin = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    type Partnerships = {
      district: {
        partnerships: { nodes: { id: string; version: number; partner: { slug: string } }[] };
      };
    };
    const found = await graphqlFrom<Partnerships>(
      admin,
      baseUrl,
      'query ($slug: String!) { district(slug: $slug) { partnerships(first: 100) { nodes { id version partner { slug } } } } }',
      { slug: SLUG },
    );
    const partnership = found.data!.district.partnerships.nodes.find(
      (p) => p.partner.slug === 'riverbend-manufacturing',
    )!;
    await signIn(page, baseUrl, DEMO.partnerMember);
    const { sockets } = await openVision(
      page,
      baseUrl,
      `/workspace/p/riverbend-manufacturing/vision/${SLUG}`,
    );
    const changed = await graphqlFrom(
      admin,
      baseUrl,
      'mutation ($id: ID!, $v: Int!) { updatePartnership(input: { id: $id, version: $v, participatesInVision: false }) { userErrors { message } } }',
      { id: partnership.id, v: partnership.version },
    );
    expect(changed).toEqual({ data: { updatePartnership: { userErrors: [] } } });
    await expectEndedWith(page, sockets, 'Your access to this document changed: you may now only read it.');
  });
});
