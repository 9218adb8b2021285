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
async function openVision(page: Page, baseUrl: string): Promise<{ sockets: () => number }> {
  let sockets = 0;
  page.on('websocket', (ws) => {
    if (ws.url().includes('/collab/')) sockets++;
  });
  await page.goto(`${baseUrl}${VISION}`);
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

  test('a role lowered to state reviewer tells the open editor it may now only read', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    const admin = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    const members = await graphqlFrom<{ district: { members: { id: string; user: { email: string } }[] } }>(
      admin,
      baseUrl,
      'query ($slug: String!) { district(slug: $slug) { members { id user { email } } } }',
      { slug: SLUG },
    );
    const membership = members.data!.district.members.find((m) => m.user.email === DEMO.districtStaff.email)!;
    await signIn(page, baseUrl, DEMO.districtStaff);
    const { sockets } = await openVision(page, baseUrl);
    const changed = await graphqlFrom(
      admin,
      baseUrl,
      'mutation ($id: ID!) { changeMemberRole(input: { membershipId: $id, role: STATE_REVIEWER }) { userErrors { message } } }',
      { id: membership.id },
    );
    expect(changed).toEqual({ data: { changeMemberRole: { userErrors: [] } } });
    await expectEndedWith(page, sockets, 'Your access to this document changed: you may now only read it.');
  });
});
