import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '../../db/orm.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { type TestApp, sessionCookieOf, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { TEST_PASSWORD, buildMember, buildUser } from '../../test-support/identity-factories.js';
import { type TestSmtp, startTestSmtp } from '../../test-support/smtp.js';
import { PasswordReset } from './password-reset.entity.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { userErrors { code } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email } userErrors { field message code } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { membership { role } userErrors { field message code } } }`;
const REQUEST_RESET =
  'mutation ($e: String!) { requestPasswordReset(input: { email: $e }) { userErrors { code } } }';
const RESET = `mutation ($t: String!, $p: String!) {
  resetPassword(input: { token: $t, password: $p }) { viewer { kind } userErrors { field code message } } }`;

type Errors = { field: string[] | null; code: string; message: string }[];
const secretOf = (link: string) => link.split('/').pop()!;

describe.each(TEST_DIALECTS)('accounts on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let adminCookie: string;
  let districtGid: string;
  const signIn = async (email: string, password = TEST_PASSWORD) =>
    sessionCookieOf((await t.gql(SIGN_IN, { email, password })).res)!;
  const invite = async (email: string) => {
    const r = await t.gql(
      INVITE,
      { input: { organizationId: districtGid, email, role: 'DISTRICT_STAFF' } },
      {
        cookie: adminCookie,
      },
    );
    return (r.body.data as { inviteMember: { invitation: unknown; userErrors: Errors } }).inviteMember;
  };
  const accept = async (input: Record<string, unknown>, cookie?: string) => {
    const r = await t.gql(ACCEPT, { input }, cookie ? { cookie } : {});
    expect(r.body.errors).toBeUndefined();
    return (r.body.data as { acceptInvitation: { membership: unknown; userErrors: Errors } })
      .acceptInvitation;
  };
  const reset = async (token: string, password: string) =>
    ((await t.gql(RESET, { t: token, p: password })).body.data as { resetPassword: { userErrors: Errors } })
      .resetPassword.userErrors;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp(dialect, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://partnerhub.example.org' });
    const em = t.app.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    districtGid = toGlobalId('District', district.id);
    adminCookie = await signIn((await buildMember(em, Role.DISTRICT_ADMIN, { district })).email);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('ends an older reset link when a newer one is sent', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const user = await buildUser(em);
    await t.gql(REQUEST_RESET, { e: user.email });
    const older = secretOf(smtp.linkTo(user.email, '/reset-password/')!);
    // Past the one-a-minute limit on new links.
    await em.nativeUpdate(PasswordReset, { user }, { createdAt: new Date(Date.now() - 120_000) });
    await t.gql(REQUEST_RESET, { e: user.email });
    const newer = secretOf(smtp.linkTo(user.email, '/reset-password/')!);
    expect(newer).not.toBe(older);
    expect(await reset(older, 'a fresh passphrase here')).toEqual([
      {
        field: ['input', 'token'],
        code: 'EXPIRED',
        message: expect.stringContaining('a newer one was sent') as string,
      },
    ]);
    expect(await reset(newer, 'a fresh passphrase here')).toEqual([]);
  });

  it('refuses an invitation accepted by another signed-in account, and lets the invited one accept it', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const invited = await buildUser(em);
    const other = await buildUser(em);
    await invite(invited.email);
    const token = secretOf(smtp.linkTo(invited.email, '/invitations/')!);
    const refused = await accept({ token }, await signIn(other.email));
    expect(refused).toEqual({
      membership: null,
      userErrors: [
        {
          field: null,
          code: 'WRONG_ACCOUNT',
          message: `This invitation is for ${invited.email}, but you are signed in as ${other.email}. Sign out and accept it as ${invited.email}, or ask for a new invitation to ${other.email}.`,
        },
      ],
    });
    expect(await accept({ token }, await signIn(invited.email))).toEqual({
      membership: { role: 'DISTRICT_STAFF' },
      userErrors: [],
    });
  });

  it('invites only valid e-mail addresses', async () => {
    for (const email of ['<script>@example.test', 'a b@example.org', 'name@localhost']) {
      expect(await invite(email)).toEqual({
        invitation: null,
        userErrors: [
          {
            field: ['input', 'email'],
            code: 'INVALID',
            message: 'Enter an e-mail address like name@example.org.',
          },
        ],
      });
    }
  });

  it('refuses common passwords, passwords holding the address, and NUL, on new accounts and resets', async () => {
    const email = `marguerite-${Date.now()}@example.org`;
    await invite(email);
    const token = secretOf(smtp.linkTo(email, '/invitations/')!);
    const passwordErrors = async (password: string) =>
      (await accept({ token, name: 'Marguerite', password })).userErrors;
    expect(await passwordErrors('Qwerty123456')).toEqual([
      {
        field: ['input', 'password'],
        code: 'INVALID',
        message: expect.stringContaining('most common') as string,
      },
    ]);
    expect(await passwordErrors(`I am ${email.split('@')[0]!.toUpperCase()}!`)).toEqual([
      {
        field: ['input', 'password'],
        code: 'INVALID',
        message: expect.stringContaining('Leave your e-mail address out') as string,
      },
    ]);
    expect(await passwordErrors('correct horse\u0000battery')).toEqual([
      { field: ['input', 'password'], code: 'INVALID', message: expect.stringContaining('U+0000') as string },
    ]);
    expect(
      (await accept({ token, name: 'Marguerite', password: 'tulips grow in april rain' })).userErrors,
    ).toEqual([]);

    const em = t.app.orm.em.fork() as EntityManager;
    const user = await buildUser(em);
    await t.gql(REQUEST_RESET, { e: user.email });
    const resetToken = secretOf(smtp.linkTo(user.email, '/reset-password/')!);
    expect(await reset(resetToken, 'Password1234')).toEqual([
      {
        field: ['input', 'password'],
        code: 'INVALID',
        message: expect.stringContaining('most common') as string,
      },
    ]);
  });
});
