import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { type MailListener, linkIn, startMailListener } from './support/mail.js';
import { expectHeading, main } from './support/pages.js';
import { freePort } from './support/server.js';
import { DEMO, errorCodes, graphqlFrom, signIn } from './support/session.js';

const PARTNER = { slug: 'riverbend-manufacturing', name: 'Riverbend Precision Manufacturing' };
/** A partner of the same district that the new member must not reach. */
const OTHER_PARTNER = 'mercy-regional-health';

let mail: MailListener | undefined;
let publicUrl = '';

// The server e-mails through a real SMTP listener, and its links name its own address, so the
// link in the message works as it is. The port is chosen first because PUBLIC_URL must name it.
configureServer(async () => {
  mail = await startMailListener();
  const port = await freePort();
  publicUrl = `http://localhost:${port}`;
  return { port, env: { SMTP_URL: mail.url, PUBLIC_URL: publicUrl } };
});
afterAll(async () => {
  await mail?.close();
});

/** Every GraphQL request body the page sends, to prove what it did not ask for. */
function recordGraphql(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    // Public reads go as GET, with the operation in the URL.
    if (new URL(request.url()).pathname === '/graphql')
      bodies.push(request.postData() ?? decodeURIComponent(request.url()));
  });
  return bodies;
}

describe('invitations by e-mail', () => {
  // One long story (two people, an e-mail, five axe runs): it gets more time than the default.
  test(
    'a partner admin invites a partner member, who joins through the e-mailed link and sees only their organization',
    { timeout: 150_000 },
    async ({ page, newPage, baseUrl }) => {
      const invitee = { email: `new.member.${Date.now()}@riverbend.example`, name: 'Robin Alvarez' };

      // The partner's admin signs in and finds the members page through the workspace (a district
      // it works with has no say over who belongs to the partner).
      await page.goto(`${baseUrl}/sign-in`);
      await expectHeading(page, 'Sign in');
      await expectNoSeriousAxeViolations(page, 'sign-in');
      await signIn(page, baseUrl, DEMO.partnerAdmin);
      await main(page).getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
      await expectHeading(page, 'Members');
      await main(page).getByRole('button', { name: 'Send invitation', exact: true }).waitFor();
      await expectNoSeriousAxeViolations(page, 'partner members (workspace)');

      await main(page).getByLabel('E-mail address', { exact: true }).fill(invitee.email);
      await main(page)
        .getByRole('radio', { name: /^Partner member/ })
        .check();
      await main(page).getByRole('button', { name: 'Send invitation', exact: true }).click();
      await main(page).getByText(`Invitation sent to ${invitee.email}.`, { exact: true }).waitFor();
      const pending = main(page).getByRole('table', { name: 'Pending invitations' });
      await pending.getByRole('rowheader', { name: invitee.email, exact: true }).waitFor();

      // The invitation arrives by e-mail with a link to this server.
      const message = await mail!.waitForMail(invitee.email);
      expect(message.subject).toContain(PARTNER.name);
      const link = linkIn(message, '/invitations/');
      expect(link.origin).toBe(publicUrl);

      // The invitee, in a browser of their own, opens the link and creates an account.
      const guest = await newPage();
      const guestRequests = recordGraphql(guest);
      await guest.goto(link.toString());
      await expectHeading(guest, `Join ${PARTNER.name}`);
      await main(guest).getByText('Partner member', { exact: true }).waitFor();
      await expectNoSeriousAxeViolations(guest, 'invitation');

      // A password that breaks the rule is refused next to the field, and focus goes to the summary.
      await main(guest).getByLabel('Your name', { exact: true }).fill(invitee.name);
      await main(guest).getByLabel('Choose a password', { exact: true }).fill('too short');
      await main(guest).getByRole('button', { name: 'Create account and join', exact: true }).click();
      const summary = main(guest).getByRole('heading', { name: 'There is a problem' });
      await summary.waitFor();
      const password = main(guest).getByLabel('Choose a password', { exact: true });
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
      const errorText = await Promise.all(describedBy.map((id) => guest.locator(`[id="${id}"]`).innerText()));
      expect(errorText.join(' ')).toMatch(/at least 12 characters/);
      await expect
        .poll(() => guest.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') ?? ''), POLL)
        .toContain('summary-title');
      await expectNoSeriousAxeViolations(guest, 'invitation with errors');

      await password.fill('a long enough passphrase');
      await main(guest).getByRole('button', { name: 'Create account and join', exact: true }).click();

      // They land in their organization's workspace, signed in, with nothing else to switch to.
      await guest.waitForURL((url) => url.pathname === `/workspace/p/${PARTNER.slug}`);
      await expectHeading(guest, PARTNER.name);
      await guest.getByRole('banner').getByRole('button', { name: invitee.name }).waitFor();
      expect(await guest.getByRole('button', { name: 'Switch organization' }).count()).toBe(0);
      const nav = main(guest).getByRole('navigation', { name: `${PARTNER.name} sections` });
      // The sections a member may use appear once the permission fields have loaded.
      await nav.getByRole('link', { name: 'Profile', exact: true }).waitFor();
      const sections = await nav.getByRole('link').allInnerTexts();
      // Members and API tokens are for the partner's admins; a member does not get them.
      expect(sections.map((s) => s.trim())).toEqual(expect.arrayContaining(['Overview', 'Profile']));
      expect(sections.map((s) => s.trim())).not.toContain('Members');
      expect(sections.map((s) => s.trim())).not.toContain('API tokens');
      await main(guest).getByRole('heading', { name: 'Districts you work with' }).waitFor();
      await expectNoSeriousAxeViolations(guest, 'partner workspace');

      // The partner admin sees the new member, and the invitation is no longer pending.
      await page.reload();
      const members = main(page).getByRole('table', { name: `Members of ${PARTNER.name}` });
      await members.getByRole('rowheader', { name: invitee.name }).waitFor();
      expect(await pending.count()).toBe(0);

      // Another partner's workspace, typed in by hand, says so and loads none of its data.
      const before = guestRequests.length;
      await guest.goto(`${baseUrl}/workspace/p/${OTHER_PARTNER}/members`);
      await expectHeading(guest, 'You don’t have access to this organization');
      await expectNoSeriousAxeViolations(guest, 'no access');
      expect(guestRequests.slice(before).filter((body) => body.includes(OTHER_PARTNER))).toEqual([]);
      expect(await main(guest).getByRole('table').count()).toBe(0);

      // And the API refuses the other partner's members and API tokens to this session...
      for (const field of ['members { id user { name } }', 'apiTokens { id name }']) {
        const body = await graphqlFrom<{ partnerOrganization: unknown }>(
          guest,
          baseUrl,
          `query ($slug: String!) { partnerOrganization(slug: $slug) { id ${field} } }`,
          { slug: OTHER_PARTNER },
        );
        expect(errorCodes(body), field).toEqual(['FORBIDDEN']);
      }
      // ...while the same session may read its own organization's private contacts.
      const own = await graphqlFrom<{ partnerOrganization: { contacts: unknown[] } }>(
        guest,
        baseUrl,
        'query ($slug: String!) { partnerOrganization(slug: $slug) { contacts { name } } }',
        { slug: PARTNER.slug },
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?.partnerOrganization.contacts.length).toBeGreaterThan(0);
    },
  );

  test('someone already signed in accepts directly and can then switch between their organizations', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    // The partner's own admin invites the district admin to the partner, from the partner workspace.
    await signIn(page, baseUrl, DEMO.partnerAdmin);
    await main(page).getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
    await expectHeading(page, 'Members');
    await main(page).getByLabel('E-mail address', { exact: true }).fill(DEMO.districtAdmin.email);
    await main(page).getByRole('button', { name: 'Send invitation', exact: true }).click();
    await main(page).getByText(`Invitation sent to ${DEMO.districtAdmin.email}.`, { exact: true }).waitFor();
    const link = linkIn(await mail!.waitForMail(DEMO.districtAdmin.email), '/invitations/');

    const dana = await newPage();
    await signIn(dana, baseUrl, DEMO.districtAdmin);
    await dana.goto(link.toString());
    await expectHeading(dana, `Join ${PARTNER.name}`);
    await main(dana)
      .getByRole('button', { name: `Accept as ${DEMO.districtAdmin.name}`, exact: true })
      .click();
    await dana.waitForURL((url) => url.pathname === `/workspace/p/${PARTNER.slug}`);
    await main(dana).getByText(`Welcome to ${PARTNER.name}.`, { exact: true }).waitFor();

    // With two organizations there is a switcher, and /workspace asks which one.
    await main(dana).getByRole('button', { name: 'Switch organization', exact: true }).click();
    await main(dana)
      .getByRole('navigation', { name: 'Your organizations' })
      .getByRole('link', { name: /^Maple Ridge City School District/ })
      .click();
    await dana.waitForURL((url) => url.pathname === '/workspace/d/maple-ridge');
    await expectHeading(dana, 'Maple Ridge City School District');
    await dana.getByRole('banner').getByRole('button', { name: DEMO.districtAdmin.name }).click();
    await dana.getByRole('banner').getByRole('link', { name: 'Workspace', exact: true }).click();
    await dana.waitForURL((url) => url.pathname === '/workspace');
    await expectHeading(dana, 'Your workspace');
    const choices = await main(dana).getByRole('heading', { level: 2 }).allInnerTexts();
    expect(choices.map((c) => c.trim())).toEqual(['Maple Ridge City School District', PARTNER.name]);
  });
});

describe('password reset by e-mail', () => {
  test('a forgotten password is replaced through the e-mailed link, which works only once', async ({
    page,
    baseUrl,
  }) => {
    const account = DEMO.districtStaff;
    await page.goto(`${baseUrl}/sign-in`);
    await main(page).getByRole('link', { name: 'Forgot your password?', exact: true }).click();
    await expectHeading(page, 'Reset your password');
    await main(page).getByLabel('E-mail address', { exact: true }).fill(account.email);
    await main(page).getByRole('button', { name: 'Send reset link', exact: true }).click();
    await main(page)
      .getByText(/we have sent it a link/)
      .waitFor();

    const link = linkIn(await mail!.waitForMail(account.email), '/reset-password/');
    expect(link.origin).toBe(publicUrl);
    await page.goto(link.toString());
    await expectHeading(page, 'Choose a new password');
    await expectNoSeriousAxeViolations(page, 'reset password');
    const newPassword = 'a brand new passphrase';
    await main(page).getByLabel('New password', { exact: true }).fill(newPassword);
    await main(page).getByRole('button', { name: 'Save password and sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/workspace/d/maple-ridge');
    await main(page).getByText('Your password was changed and you are signed in.', { exact: true }).waitFor();

    // The old password no longer works, the new one does, and the link cannot be used again.
    const signInWith = async (password: string) =>
      graphqlFrom<{ signIn: { userErrors: { code: string }[] } }>(
        page,
        baseUrl,
        'mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }',
        { input: { email: account.email, password } },
      );
    expect((await signInWith(account.password)).data?.signIn.userErrors.map((e) => e.code)).toEqual([
      'INVALID_CREDENTIALS',
    ]);
    expect((await signInWith(newPassword)).data?.signIn.userErrors).toEqual([]);
    await page.goto(link.toString());
    await main(page).getByLabel('New password', { exact: true }).fill('yet another passphrase');
    await main(page).getByRole('button', { name: 'Save password and sign in', exact: true }).click();
    await main(page).getByRole('link', { name: 'Ask for a new link', exact: true }).waitFor();
  });
});
