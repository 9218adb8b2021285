import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const BASE = '/workspace/d/maple-ridge';

/** The date `days` from today as YYYY-MM-DD, as a date input takes it. */
function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openPartnership(page: Page, partner: string): Promise<void> {
  await main(page).getByRole('navigation').getByRole('link', { name: 'Partnerships', exact: true }).click();
  await expectHeading(page, 'Partnerships');
  await main(page).getByRole('link', { name: partner, exact: true }).click();
  await expectHeading(page, partner);
}

describe('district workspace', () => {
  test('a partnership: tabs by keyboard, vetting expiry in words, details saved and shown in the history', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtStaff);
    await openPartnership(page, 'Youth Futures Alliance');
    await expectNoSeriousAxeViolations(page, 'partnership details');

    // Arrow keys move between tabs and show their panels.
    const tabs = main(page).getByRole('tablist', { name: 'Partnership' });
    await tabs.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => tabs.getByRole('tab', { name: 'Vetting' }).getAttribute('aria-selected'), POLL)
      .toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Vetting');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('vetting');

    // The demo data has an expired background check; it says so in words, not only in red.
    const checks = main(page).getByRole('region', { name: 'Background checks' });
    await checks.getByText('Expired', { exact: true }).waitFor();
    await checks.getByText(/^Expired on .+\./).waitFor();
    await expectNoSeriousAxeViolations(page, 'partnership vetting');

    // Recording insurance that ends in 10 days flags it as expiring soon.
    const insurance = main(page).getByRole('region', { name: 'Proof of insurance' });
    await insurance.getByRole('button', { name: /^Record/ }).click();
    await insurance.getByLabel('Valid until', { exact: true }).fill(isoDaysFromNow(10));
    await insurance.getByRole('button', { name: 'Save', exact: true }).click();
    await main(page).getByText('Proof of insurance saved.', { exact: true }).waitFor();
    await insurance.getByText('Expires soon', { exact: true }).waitFor();
    await insurance.getByText(/within 30 days/).waitFor();

    // Details: pause the partnership.
    await tabs.getByRole('tab', { name: 'Details' }).click();
    await main(page).getByLabel('Status', { exact: true }).selectOption({ label: 'Paused' });
    await main(page).getByRole('button', { name: 'Save partnership', exact: true }).click();
    await main(page).getByText('The partnership was saved.', { exact: true }).waitFor();
    await expect
      .poll(() => main(page).getByLabel('Status', { exact: true }).inputValue(), POLL)
      .toBe('PAUSED');

    // The history shows both changes, each field before → after.
    await tabs.getByRole('tab', { name: 'History' }).click();
    const statusRow = main(page).getByRole('row', { name: /^Status Active .*Paused$/ });
    await statusRow.first().waitFor();
    await main(page).getByRole('heading', { name: 'Recorded vetting record' }).first().waitFor();
    await expectNoSeriousAxeViolations(page, 'partnership history');
  });

  test('the district profile refuses a save based on an older version and loads the newest', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    const other = await newPage();
    for (const p of [page, other]) {
      await signIn(p, baseUrl, DEMO.districtAdmin);
      await p.goto(`${baseUrl}${BASE}/profile`);
      await expectHeading(p, 'District profile');
      await main(p).getByLabel('City', { exact: true }).waitFor();
    }
    await expectNoSeriousAxeViolations(page, 'district profile');

    await main(page).getByLabel('City', { exact: true }).fill('Maple Ridge Township');
    await main(page).getByRole('button', { name: 'Save profile', exact: true }).click();
    await main(page).getByText('The profile was saved.', { exact: true }).waitFor();

    await main(other)
      .getByLabel('Introduction', { exact: true })
      .fill('Written without seeing the other change.');
    await main(other).getByRole('button', { name: 'Save profile', exact: true }).click();
    await main(other)
      .getByText(/someone else saved a newer version/i)
      .waitFor();
    await main(other).getByRole('button', { name: 'Load the newest version', exact: true }).click();
    await expect
      .poll(() => main(other).getByLabel('City', { exact: true }).inputValue(), POLL)
      .toBe('Maple Ridge Township');
  });

  test('an API token: the secret is shown once, it works, and revoking it after confirmation stops it', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await main(page).getByRole('navigation').getByRole('link', { name: 'API tokens', exact: true }).click();
    await expectHeading(page, 'API tokens');

    await main(page).getByLabel('Name', { exact: true }).fill('Job board sync');
    await main(page)
      .getByRole('radio', { name: /^Read only/ })
      .check();
    await main(page).getByRole('button', { name: 'Create token', exact: true }).click();
    const secretBox = main(page).getByLabel('Secret of Job board sync', { exact: true });
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expectNoSeriousAxeViolations(page, 'API tokens with a new secret');

    const viewerWith = async (token: string) => {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { kind apiTokenScope } }' }),
      });
      return (await res.json()) as {
        data?: { viewer: { kind: string; apiTokenScope: string } };
        errors?: unknown[];
      };
    };
    expect((await viewerWith(secret)).data?.viewer).toEqual({ kind: 'API_TOKEN', apiTokenScope: 'READ' });

    // Once dismissed (or after a reload) the secret is gone from the page.
    await main(page).getByRole('button', { name: 'I have stored the secret', exact: true }).click();
    await page.reload();
    const row = main(page).getByRole('row', { name: /Job board sync/ });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    // Escape cancels the confirmation and returns focus to the button; confirming revokes.
    const revoke = row.getByRole('button', { name: /^Revoke/ });
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => revoke.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await revoke.click();
    await dialog.getByRole('button', { name: 'Revoke token', exact: true }).click();
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect((await viewerWith(secret)).data?.viewer.kind).not.toBe('API_TOKEN');
  });

  test('partners list filters on a phone, and the partner page keeps contacts', async ({ page, baseUrl }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, baseUrl, DEMO.districtStaff);
    await page.goto(`${baseUrl}${BASE}/partners`);
    await expectHeading(page, 'Partners');
    await main(page).getByLabel('Vetting', { exact: true }).selectOption({ label: 'Expired' });
    await page.waitForURL((url) => url.searchParams.get('vetting') === 'EXPIRED');
    const rows = main(page).getByRole('table', { name: 'Partners' }).getByRole('rowheader');
    await expect
      .poll(() => rows.allInnerTexts(), POLL)
      .toEqual([expect.stringContaining('Youth Futures Alliance')]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'partners list on a phone');

    await main(page).getByRole('link', { name: 'Youth Futures Alliance', exact: true }).click();
    await expectHeading(page, 'Youth Futures Alliance');
    await main(page).getByRole('button', { name: 'Add a contact person', exact: true }).click();
    const form = main(page).getByRole('form', { name: 'New contact person' });
    await form.getByLabel('Name', { exact: true }).fill('Jordan Lee');
    await form.getByLabel('E-mail address', { exact: true }).fill('jordan.lee@youthfutures.example');
    await form.getByRole('button', { name: 'Add contact', exact: true }).click();
    await main(page).getByText('Jordan Lee was added.', { exact: true }).waitFor();
    const contact = main(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Jordan Lee' }) });
    await contact.getByText('Not public', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'partner (workspace) on a phone');
  });
});
