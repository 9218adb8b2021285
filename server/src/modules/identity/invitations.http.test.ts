import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '../../db/orm.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { type TestApp, sessionCookieOf, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { TEST_PASSWORD, buildMember, buildUser } from '../../test-support/identity-factories.js';
import { type TestSmtp, startTestSmtp } from '../../test-support/smtp.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { userErrors { code } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role } userErrors { field message code } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership { role partner { slug } district { slug } }
    viewer { user { email } }
    userErrors { field message code }
  } }`;

const secretOf = (link: string) => link.split('/').pop()!;

describe.each(TEST_DIALECTS)('invitations, resets and tokens over HTTP on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: string;
  let districtId: number;
  let partnerSlug: string;
  let partnerGid: string;
  const signIn = async (email: string, password = TEST_PASSWORD) =>
    sessionCookieOf((await t.gql(SIGN_IN, { email, password })).res)!;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp(dialect, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://partnerhub.example.org' });
    const em = t.app.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    // The district added the partner, which has no admin yet: the district invites its people.
    const partner = await buildPartner(em, { createdByDistrict: district });
    await buildPartnership(em, { district, partner, status: 'ACTIVE' });
    districtId = district.id;
    partnerSlug = partner.slug;
    partnerGid = toGlobalId('PartnerOrganization', partner.id);
    admin = (await buildMember(em, Role.DISTRICT_ADMIN, { district })).email;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('e-mails an invitation over SMTP; the link creates an account once and signs it in', async () => {
    const cookie = await signIn(admin);
    const email = `new-${Date.now()}@example.org`;
    const invited = await t.gql(
      INVITE,
      { input: { organizationId: partnerGid, email, role: 'PARTNER_MEMBER' } },
      { cookie },
    );
    expect(invited.body.data).toMatchObject({
      inviteMember: { invitation: { email, role: 'PARTNER_MEMBER' }, userErrors: [] },
    });
    const link = smtp.linkTo(email, '/invitations/')!;
    expect(link).toMatch(/^https:\/\/partnerhub\.example\.org\/invitations\/phi_/);
    const preview = await t.gql(
      'query ($t: String!) { invitation(token: $t) { status accountExists role } }',
      { t: secretOf(link) },
    );
    expect(preview.body.data).toEqual({
      invitation: { status: 'PENDING', accountExists: false, role: 'PARTNER_MEMBER' },
    });

    const weak = await t.gql(ACCEPT, { input: { token: secretOf(link), name: 'Ana', password: 'short' } });
    expect(
      (weak.body.data as { acceptInvitation: { userErrors: { field: string[] }[] } }).acceptInvitation
        .userErrors[0]!.field,
    ).toEqual(['input', 'password']);
    const accepted = await t.gql(ACCEPT, {
      input: { token: secretOf(link), name: 'Ana Silva', password: 'a long enough passphrase' },
    });
    expect(accepted.body.data).toEqual({
      acceptInvitation: {
        membership: { role: 'PARTNER_MEMBER', partner: { slug: partnerSlug }, district: null },
        viewer: { user: { email } },
        userErrors: [],
      },
    });
    expect(sessionCookieOf(accepted.res)).toMatch(/^ph_session=phs_/);
    const again = await t.gql(ACCEPT, {
      input: { token: secretOf(link), name: 'Eve', password: 'another long passphrase' },
    });
    expect(
      (again.body.data as { acceptInvitation: { userErrors: { code: string }[] } }).acceptInvitation
        .userErrors[0]!.code,
    ).toBe('EXPIRED');
  });

  it('asks an existing account to sign in, then joins it; concurrent accepts succeed exactly once', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const existing = await buildUser(em);
    const other = await buildUser(em);
    const cookie = await signIn(admin);
    await t.gql(
      INVITE,
      {
        input: {
          organizationId: toGlobalId('District', districtId),
          email: existing.email,
          role: 'DISTRICT_STAFF',
        },
      },
      { cookie },
    );
    const token = secretOf(smtp.linkTo(existing.email, '/invitations/')!);
    const anonymous = await t.gql(ACCEPT, { input: { token } });
    expect(
      (anonymous.body.data as { acceptInvitation: { userErrors: { code: string }[] } }).acceptInvitation
        .userErrors[0]!.code,
    ).toBe('SIGN_IN_REQUIRED');
    const [a, b] = await Promise.all([
      t.gql(ACCEPT, { input: { token } }, { cookie: await signIn(existing.email) }),
      t.gql(ACCEPT, { input: { token } }, { cookie: await signIn(other.email) }),
    ]);
    const outcomes = [a, b].map(
      (r) =>
        (r.body.data as { acceptInvitation: { userErrors: unknown[] } }).acceptInvitation.userErrors.length,
    );
    expect(outcomes.sort()).toEqual([0, 1]);
  });

  it('resets a password by e-mailed link once, ending every other session', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const user = await buildUser(em);
    const before = await signIn(user.email);
    await t.gql(
      'mutation ($e: String!) { requestPasswordReset(input: { email: $e }) { userErrors { code } } }',
      { e: user.email },
    );
    const token = secretOf(smtp.linkTo(user.email, '/reset-password/')!);
    const RESET =
      'mutation ($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { viewer { kind } userErrors { code } } }';
    const reset = await t.gql(RESET, { t: token, p: 'my brand new passphrase' });
    expect(reset.body.data).toEqual({ resetPassword: { viewer: { kind: 'USER' }, userErrors: [] } });
    expect((await t.gql('{ viewer { kind } }', {}, { cookie: before })).body.data).toEqual({
      viewer: { kind: 'ANONYMOUS' },
    });
    expect(await signIn(user.email, 'my brand new passphrase')).toMatch(/^ph_session=/);
    expect(await signIn(user.email)).toBeNull();
    const reuse = await t.gql(RESET, { t: token, p: 'yet another passphrase' });
    expect(reuse.body.data).toEqual({ resetPassword: { viewer: null, userErrors: [{ code: 'EXPIRED' }] } });
  });

  it("acts with an API token's scope and organization only; another district's token changes nothing", async () => {
    const cookie = await signIn(admin);
    const CREATE = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id prefix scope } userErrors { code } } }`;
    const districtGid = toGlobalId('District', districtId);
    const make = async (scope: string) =>
      (
        (
          await t.gql(
            CREATE,
            { input: { organizationId: districtGid, name: `Sync ${scope}`, scope } },
            { cookie },
          )
        ).body.data as {
          createApiToken: { secret: string; apiToken: { id: string } };
        }
      ).createApiToken;
    const rw = await make('READ_WRITE');
    const ro = await make('READ');
    const em = t.app.orm.em.fork() as EntityManager;
    const elsewhere = await buildDistrict(em);
    const UPDATE = `mutation ($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { description version } userErrors { code } } }`;
    const version = async (id: number) =>
      Number(
        (
          await t.app.orm.em
            .fork()
            .getConnection()
            .execute<{ version: number }[]>('select version from district where id = ?', [id])
        )[0]!.version,
      );

    // Tokens never act as admins: updating the profile is an admin action.
    const asToken = await t.gql(
      UPDATE,
      { input: { id: districtGid, version: await version(districtId), description: 'x' } },
      { authorization: `Bearer ${rw.secret}` },
    );
    expect(asToken.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await t.gql(
      UPDATE,
      { input: { id: toGlobalId('District', elsewhere.id), version: 1, description: 'hijacked' } },
      { authorization: `Bearer ${rw.secret}` },
    );
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await version(elsewhere.id)).toBe(1);
    const members = await t.gql(
      'query ($s: String!) { district(slug: $s) { members { role } } }',
      { s: elsewhere.slug },
      { authorization: `Bearer ${ro.secret}` },
    );
    expect(members.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const me = await t.gql('{ viewer { kind apiTokenScope } }', {}, { authorization: `Bearer ${ro.secret}` });
    expect(me.body.data).toEqual({ viewer: { kind: 'API_TOKEN', apiTokenScope: 'READ' } });
    await t.gql(
      'mutation ($input: IdInput!) { revokeApiToken(input: $input) { userErrors { code } } }',
      { input: { id: ro.apiToken.id } },
      { cookie },
    );
    expect(
      (await t.gql('{ viewer { kind } }', {}, { authorization: `Bearer ${ro.secret}` })).res.status,
    ).toBe(401);
    const listed = await t.gql(
      'query ($s: String!) { district(slug: $s) { apiTokens { name lastUsedAt revokedAt } } }',
      {
        s: (
          await t.app.orm.em
            .fork()
            .getConnection()
            .execute<{ slug: string }[]>('select slug from district where id = ?', [districtId])
        )[0]!.slug,
      },
      { cookie },
    );
    const tokens = (
      listed.body.data as {
        district: { apiTokens: { name: string; lastUsedAt: string | null; revokedAt: string | null }[] };
      }
    ).district.apiTokens;
    expect(tokens.find((x) => x.name === 'Sync READ')).toMatchObject({
      lastUsedAt: expect.any(String),
      revokedAt: expect.any(String),
    });
  });
});
