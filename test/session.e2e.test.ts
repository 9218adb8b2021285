import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, expectSignInFor, graphqlFrom, signIn, submitSignIn } from './support/session.js';

const FAILURES_ALLOWED = 3;

// Few failures per account before sign-in is throttled, so the throttle can be reached quickly.
configureServer(async () => ({ env: { SIGNIN_MAX_FAILURES_PER_ACCOUNT: String(FAILURES_ALLOWED) } }));

const viewerKind = `query { viewer { kind } }`;

describe('signing in', () => {
  test('a wrong password is refused with a message, and repeated failures are throttled', async ({
    page,
    baseUrl,
  }) => {
    await page.goto(baseUrl);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).click();
    await expectHeading(page, 'Sign in');

    await submitSignIn(page, DEMO.districtStaff.email, 'not the password');
    const summary = main(page).locator('.error-summary');
    await summary.getByText('That e-mail and password do not match an account.').waitFor();
    // Focus moves to the summary so the message is read out, and nothing else changed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')), POLL)
      .toBe(true);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await main(page).getByLabel('E-mail address', { exact: true }).inputValue()).toBe(
      DEMO.districtStaff.email,
    );
    await expectNoSeriousAxeViolations(page, 'sign-in with an error');
    expect(
      (await graphqlFrom<{ viewer: { kind: string } }>(page, baseUrl, viewerKind)).data?.viewer.kind,
    ).toBe('ANONYMOUS');

    for (let attempt = 2; attempt <= FAILURES_ALLOWED + 1; attempt++) {
      await submitSignIn(page, DEMO.districtStaff.email, `wrong ${attempt}`);
      await expect
        .poll(() => summary.innerText(), POLL)
        .toMatch(attempt > FAILURES_ALLOWED ? /too many/i : /do not match/i);
    }
    await summary.getByText(/wait \d+ minutes?/i).waitFor();
    await summary.getByRole('link', { name: 'Reset your password' }).waitFor();
    // Even the right password waits now.
    await submitSignIn(page, DEMO.districtStaff.email, DEMO.districtStaff.password);
    await expect.poll(() => summary.innerText(), POLL).toMatch(/too many/i);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  test('a demo account fills the form, and sign-in continues to the page that asked for it', async ({
    page,
    baseUrl,
  }) => {
    const wanted = '/workspace/d/maple-ridge/audit-log';
    await page.goto(`${baseUrl}${wanted}`);
    await expectSignInFor(page, wanted);
    await main(page)
      .getByRole('button', { name: new RegExp(`^Use this account\\W+${DEMO.districtAdmin.name}`) })
      .click();
    expect(await main(page).getByLabel('E-mail address', { exact: true }).inputValue()).toBe(
      DEMO.districtAdmin.email,
    );
    // The filled form's button has the focus: Enter signs in.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === wanted);
    await expectHeading(page, 'Audit log');
  });
});

describe('signing out', () => {
  test('sign out ends the session: the workspace sends the browser back to sign in', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.partnerMember);
    await expectHeading(page, 'Riverbend Precision Manufacturing');

    await page.getByRole('banner').getByRole('button', { name: DEMO.partnerMember.name }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await main(page).getByText('You are signed out.', { exact: true }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).waitFor();

    expect(
      (await graphqlFrom<{ viewer: { kind: string } }>(page, baseUrl, viewerKind)).data?.viewer.kind,
    ).toBe('ANONYMOUS');
    await page.goto(`${baseUrl}/workspace/p/riverbend-manufacturing`);
    await expectSignInFor(page, '/workspace/p/riverbend-manufacturing');
  });

  test('sign out everywhere also ends the session in another browser', async ({ page, newPage, baseUrl }) => {
    const other = await newPage();
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await signIn(other, baseUrl, DEMO.districtAdmin);

    await page.getByRole('banner').getByRole('button', { name: DEMO.districtAdmin.name }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await main(page).getByText('You are signed out on every device.', { exact: true }).waitFor();

    await other.goto(`${baseUrl}/workspace/d/maple-ridge/members`);
    await expectSignInFor(other, '/workspace/d/maple-ridge/members');
  });
});
