import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '../../db/orm.js';
import { type TestApp, sessionCookieOf, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { TEST_PASSWORD, buildMember } from '../../test-support/identity-factories.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) {
    viewer { kind user { name email } memberships { role district { slug } } }
    retryAfterSeconds
    userErrors { field message code }
  }
}`;
const VIEWER = '{ viewer { kind user { email } } }';

describe.each(TEST_DIALECTS)('sessions over HTTP on %s', (dialect) => {
  let t: TestApp;
  let email: string;
  let slug: string;
  beforeAll(async () => {
    t = await startTestApp(dialect, {
      SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3',
      SIGNIN_MAX_FAILURES_PER_IP: '1000',
    });
    const em = t.app.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    slug = district.slug;
    email = (await buildMember(em, Role.DISTRICT_ADMIN, { district })).email;
  });
  afterAll(() => t?.close());

  it('signs in with a HttpOnly, SameSite=Lax session cookie and knows the viewer by it', async () => {
    const { body, res } = await t.gql(SIGN_IN, { email: email.toUpperCase(), password: TEST_PASSWORD });
    expect(body.data).toMatchObject({
      signIn: {
        viewer: {
          kind: 'USER',
          user: { email },
          memberships: [{ role: 'DISTRICT_ADMIN', district: { slug } }],
        },
        userErrors: [],
      },
    });
    const raw = res.headers.getSetCookie().find((c) => c.startsWith('ph_session='))!;
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Lax/);
    expect(raw).not.toMatch(/Secure/); // served over plain http here
    const cookie = sessionCookieOf(res)!;
    const me = await t.gql(VIEWER, {}, { cookie });
    expect(me.body.data).toEqual({ viewer: { kind: 'USER', user: { email } } });
    expect(me.res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a wrong password without telling whether the account exists', async () => {
    const wrong = await t.gql(SIGN_IN, { email, password: 'not the password at all' });
    const nobody = await t.gql(SIGN_IN, { email: 'nobody@example.org', password: 'not the password at all' });
    const errorOf = (b: typeof wrong.body) =>
      (b.data as { signIn: { userErrors: unknown[] } }).signIn.userErrors;
    expect(errorOf(wrong.body)).toEqual(errorOf(nobody.body));
    expect(errorOf(wrong.body)).toEqual([
      {
        field: null,
        code: 'INVALID_CREDENTIALS',
        message: 'That e-mail and password do not match an account.',
      },
    ]);
    expect(sessionCookieOf(wrong.res)).toBeNull();
  });

  it('signs out this session, and "sign out everywhere" ends every session of the user', async () => {
    const a = sessionCookieOf((await t.gql(SIGN_IN, { email, password: TEST_PASSWORD })).res)!;
    const b = sessionCookieOf((await t.gql(SIGN_IN, { email, password: TEST_PASSWORD })).res)!;
    const out = await t.gql('mutation { signOut { endedSessions } }', {}, { cookie: a });
    expect(out.body.data).toEqual({ signOut: { endedSessions: 1 } });
    expect(sessionCookieOf(out.res)).toBe('ph_session=');
    expect((await t.gql(VIEWER, {}, { cookie: a })).body.data).toEqual({
      viewer: { kind: 'ANONYMOUS', user: null },
    });
    expect((await t.gql(VIEWER, {}, { cookie: b })).body.data).toMatchObject({ viewer: { kind: 'USER' } });
    const c = sessionCookieOf((await t.gql(SIGN_IN, { email, password: TEST_PASSWORD })).res)!;
    const everywhere = await t.gql('mutation { signOutEverywhere { endedSessions } }', {}, { cookie: b });
    expect(
      (everywhere.body.data as { signOutEverywhere: { endedSessions: number } }).signOutEverywhere
        .endedSessions,
    ).toBeGreaterThanOrEqual(2);
    for (const cookie of [b, c])
      expect((await t.gql(VIEWER, {}, { cookie })).body.data).toEqual({
        viewer: { kind: 'ANONYMOUS', user: null },
      });
  });

  it('throttles an account after repeated failures with a clear error, even for the right password', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const victim = (await buildMember(em, Role.DISTRICT_STAFF, { district: await buildDistrict(em) })).email;
    for (let i = 0; i < 3; i++) await t.gql(SIGN_IN, { email: victim, password: `guess number ${i} here` });
    const blocked = await t.gql(SIGN_IN, { email: victim, password: TEST_PASSWORD });
    const payload = (
      blocked.body.data as {
        signIn: { retryAfterSeconds: number; userErrors: { code: string; message: string }[] };
      }
    ).signIn;
    expect(payload.userErrors[0]!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(payload.userErrors[0]!.message).toMatch(/Too many failed sign-ins\. Wait \d+ minutes?/);
    expect(payload.retryAfterSeconds).toBeGreaterThan(0);
    expect(sessionCookieOf(blocked.res)).toBeNull();
    // Another account is not affected.
    expect((await t.gql(SIGN_IN, { email, password: TEST_PASSWORD })).body.data).toMatchObject({
      signIn: { userErrors: [] },
    });
  });

  it('treats an unknown session cookie as signed out and clears it; rejects a bad API token with 401', async () => {
    const stale = await t.gql(VIEWER, {}, { cookie: 'ph_session=phs_made_up' });
    expect(stale.body.data).toEqual({ viewer: { kind: 'ANONYMOUS', user: null } });
    expect(sessionCookieOf(stale.res)).toBe('ph_session=');
    const bad = await t.gql(VIEWER, {}, { authorization: 'Bearer pht_not_a_token' });
    expect(bad.res.status).toBe(401);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
