import { CollabCloseCode, Role, docName } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  type RawSocket,
  districtWithAdmin,
  openRawSocket,
  signInCookie,
  storedText,
} from '../../test-support/revocation.js';
import { resetFixture } from '../../test-support/identity-fixtures.js';
import { hashSecret } from './secrets.js';
import { Session } from './session.entity.js';
import { PasswordReset } from './password-reset.entity.js';

const SIGN_OUT = 'mutation { signOut { endedSessions } }';
const SIGN_OUT_EVERYWHERE = 'mutation { signOutEverywhere { endedSessions } }';
const RESET =
  'mutation ($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { userErrors { code } } }';

describe.each(TEST_DIALECTS)('ending a session closes its open documents, on %s', (dialect) => {
  let t: TestApp;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    for (const s of sockets) s.ws.terminate();
    await t?.close();
  });

  async function open(doc: string, cookie: string): Promise<RawSocket> {
    const socket = await openRawSocket(t, doc, { cookie });
    sockets.push(socket);
    return socket;
  }

  /** Proves the socket writes, runs `revoke`, then sends at once: the socket must close within 1 s. */
  async function expectClosedBy(socket: RawSocket, doc: string, revoke: () => Promise<unknown>) {
    socket.sendText('[before]');
    await expect.poll(() => storedText(t, doc)).toContain('[before]');
    const started = performance.now();
    await revoke();
    // Sent right after the mutation answered, possibly before the close frame reached the client.
    socket.sendText('[after]');
    const { code, at } = await socket.closed;
    expect(code).toBe(CollabCloseCode.UNAUTHORIZED);
    expect(at - started).toBeLessThan(1_000);
    expect(await storedText(t, doc)).not.toContain('[after]');
  }

  it('sign-out closes the connections of that session and no other', async () => {
    const { district, member } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const { user } = await member(Role.DISTRICT_STAFF);
    const laptop = await signInCookie(t, user.email);
    const phone = await signInCookie(t, user.email);
    const onLaptop = await open(doc, laptop);
    const onPhone = await open(doc, phone);
    await expectClosedBy(onLaptop, doc, () => t.gql(SIGN_OUT, {}, { cookie: laptop }));
    onPhone.sendText('[phone]');
    await expect.poll(() => storedText(t, doc)).toContain('[phone]');
    expect(onPhone.ws.readyState).toBe(onPhone.ws.OPEN);
  });

  it('sign out everywhere closes the connections of every session of that person, and only theirs', async () => {
    const { district, member } = await districtWithAdmin(t);
    const doc = docName('opportunities', district.id);
    const { user } = await member(Role.DISTRICT_STAFF);
    const { user: colleague } = await member(Role.DISTRICT_STAFF);
    const laptop = await signInCookie(t, user.email);
    const phone = await signInCookie(t, user.email);
    const onPhone = await open(doc, phone);
    const colleagues = await open(doc, await signInCookie(t, colleague.email));
    await expectClosedBy(onPhone, doc, () => t.gql(SIGN_OUT_EVERYWHERE, {}, { cookie: laptop }));
    colleagues.sendText('[colleague]');
    await expect.poll(() => storedText(t, doc)).toContain('[colleague]');
  });

  it('a password reset closes the connections of every earlier session', async () => {
    const { em, district, member } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const secret = await resetFixture(em);
    const reset = await em.findOneOrFail(
      PasswordReset,
      { secretHash: hashSecret(secret) },
      { populate: ['user'] },
    );
    await member(Role.DISTRICT_STAFF, reset.user);
    const socket = await open(doc, await signInCookie(t, reset.user.email));
    await expectClosedBy(socket, doc, async () => {
      const { body } = await t.gql(RESET, { t: secret, p: 'Quartz kettle fjord 92 umbrella!' });
      expect(body.data).toEqual({ resetPassword: { userErrors: [] } });
    });
  });

  it('a session that expires closes its connections within a second of its expiry', async () => {
    const { em, district, member } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const { user } = await member(Role.DISTRICT_STAFF);
    const cookie = await signInCookie(t, user.email);
    const expiresAt = new Date(Date.now() + 1_500);
    const secretHash = hashSecret(cookie.slice(cookie.indexOf('=') + 1));
    await em.nativeUpdate(Session, { secretHash }, { expiresAt });
    const socket = await open(doc, cookie);
    socket.sendText('[before]');
    await expect.poll(() => storedText(t, doc)).toContain('[before]');
    const { code } = await socket.closed;
    expect(code).toBe(CollabCloseCode.UNAUTHORIZED);
    const late = Date.now() - expiresAt.getTime();
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(1_000);
  });
});
