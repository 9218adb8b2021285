import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { type MailListener, linkIn, startMailListener } from './support/mail.js';
import { expectHeading, main } from './support/pages.js';
import { freePort } from './support/server.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

let mail: MailListener | undefined;

configureServer(async () => {
  mail = await startMailListener();
  const port = await freePort();
  return { port, env: { SMTP_URL: mail.url, PUBLIC_URL: `http://localhost:${port}` } };
});
afterAll(async () => {
  await mail?.close();
});

const PRIVATE_EMAIL = 'ines.private@cedar-robotics.example';
const CONTACTS = 'query ($slug: String!) { partnerOrganization(slug: $slug) { contacts { email } } }';

/** Runs a mutation as the page's session and returns its payload, failing on any error. */
async function mutate<T>(
  page: Page,
  baseUrl: string,
  name: string,
  input: Record<string, unknown>,
  selection: string,
) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const body = await graphqlFrom<Record<string, T & { userErrors: unknown[] }>>(
    page,
    baseUrl,
    `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { message } } }`,
    { input },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data![name]!.userErrors).toEqual([]);
  return body.data![name]!;
}

const contactEmails = async (page: Page, baseUrl: string, slug: string) => {
  const body = await graphqlFrom<{ partnerOrganization: { contacts: { email: string | null }[] } }>(
    page,
    baseUrl,
    CONTACTS,
    { slug },
  );
  return body.errors
    ? body.errors.map((e) => e.extensions?.code)
    : body.data!.partnerOrganization.contacts.map((c) => c.email);
};

describe('partnership requests', () => {
  test(
    'a district proposes to a partner with its own admin, who accepts; only then does the district see its contacts',
    { timeout: 150_000 },
    async ({ page, newPage, baseUrl }) => {
      // The district adds a partner (without a partnership), gives it a private contact and invites
      // its first admin: until that admin joins, the district speaks for the partner.
      await signIn(page, baseUrl, DEMO.districtAdmin);
      const district = await graphqlFrom<{ district: { id: string } }>(
        page,
        baseUrl,
        'query { district(slug: "maple-ridge") { id } }',
      );
      const created = await mutate<{ partnerOrganization: { id: string; slug: string; name: string } }>(
        page,
        baseUrl,
        'createPartnerOrganization',
        {
          districtId: district.data!.district.id,
          name: 'Cedar Robotics Lab',
          kind: 'BUSINESS',
          createPartnership: false,
        },
        'partnerOrganization { id slug name }',
      );
      const partner = created.partnerOrganization;
      await mutate(
        page,
        baseUrl,
        'createPartnerContact',
        { partnerId: partner.id, name: 'Ines Duarte', email: PRIVATE_EMAIL },
        'contact { id }',
      );
      const adminEmail = `ines.${Date.now()}@cedar-robotics.example`;
      await mutate(
        page,
        baseUrl,
        'inviteMember',
        { organizationId: partner.id, email: adminEmail, role: 'PARTNER_ADMIN' },
        'invitation { id }',
      );
      const token = linkIn(await mail!.waitForMail(adminEmail), '/invitations/')
        .pathname.split('/')
        .pop()!;
      const partnerAdmin = await newPage();
      await partnerAdmin.goto(baseUrl);
      await mutate(
        partnerAdmin,
        baseUrl,
        'acceptInvitation',
        { token, name: 'Ines Duarte', password: 'cedar robotics passphrase' },
        'membership { role }',
      );
      // The partner has an admin of its own now: the district no longer reads its contacts.
      expect(await contactEmails(page, baseUrl, partner.slug)).toEqual(['FORBIDDEN']);

      // The district admin proposes a partnership from the partnerships page.
      await main(page)
        .getByRole('navigation')
        .getByRole('link', { name: 'Partnerships', exact: true })
        .click();
      await expectHeading(page, 'Partnerships');
      await main(page)
        .getByLabel('Partner organization', { exact: true })
        .selectOption({ label: partner.name });
      await main(page)
        .getByLabel('What you ask of the partner', { exact: true })
        .fill('Robotics mentors on Fridays.');
      await main(page).getByRole('button', { name: 'Propose partnership', exact: true }).click();
      await main(page)
        .getByText(`Partnership proposed to ${partner.name}. It starts when they accept.`, { exact: true })
        .waitFor();
      const row = main(page)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: partner.name }) });
      await row.getByText('Awaiting the partner', { exact: true }).waitFor();
      await expectNoSeriousAxeViolations(page, 'partnerships with a request awaiting the partner');
      expect(await contactEmails(page, baseUrl, partner.slug)).toEqual(['FORBIDDEN']);

      // The partner's admin is told by e-mail and finds the request in the partner workspace.
      const notice = await mail!.waitForMail(adminEmail);
      expect(notice.subject).toContain('proposes a partnership');
      await partnerAdmin.goto(`${baseUrl}/workspace/p/${partner.slug}`);
      await expectHeading(partnerAdmin, partner.name);
      const requests = main(partnerAdmin).getByRole('region', { name: 'Partnership requests' });
      await requests.getByText('Robotics mentors on Fridays.', { exact: true }).waitFor();
      await requests.getByText('Awaiting the partner', { exact: true }).waitFor();
      await expectNoSeriousAxeViolations(partnerAdmin, 'partner overview with a request');
      await requests.getByRole('button', { name: /^Accept/ }).click();
      await main(partnerAdmin)
        .getByText('You accepted the partnership with Maple Ridge City School District.', { exact: true })
        .waitFor();
      await main(partnerAdmin).getByRole('heading', { name: 'Districts you work with' }).waitFor();
      await main(partnerAdmin)
        .getByRole('link', { name: 'Maple Ridge City School District', exact: true })
        .waitFor();

      // The district now sees the partner's private contacts, in the API and on the partner's page.
      await expect.poll(() => contactEmails(page, baseUrl, partner.slug), POLL).toEqual([PRIVATE_EMAIL]);
      await page.goto(`${baseUrl}/workspace/d/maple-ridge/partners/${partner.slug}`);
      await expectHeading(page, partner.name);
      await main(page).getByText('Ines Duarte').first().waitFor();
      await expectNoSeriousAxeViolations(page, 'partner page after acceptance');
    },
  );
});
