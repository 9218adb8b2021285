import { ApiTokenScope, CollabCloseCode, Role, docName } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { type TestApp, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildPartner, buildPartnership } from '../../test-support/factories.js';
import { buildApiToken, buildMember } from '../../test-support/identity-factories.js';
import {
  type RawSocket,
  districtWithAdmin,
  openRawSocket,
  signInCookie,
  storedText,
} from '../../test-support/revocation.js';
import { ApiToken } from './api-token.entity.js';
import { hashSecret } from './secrets.js';

const REVOKE_TOKEN = 'mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { code } } }';
const REMOVE_MEMBER =
  'mutation ($id: ID!) { removeMember(input: { membershipId: $id }) { userErrors { code } } }';
const PAUSE_PARTNERSHIP =
  'mutation ($id: ID!, $v: Int!) { updatePartnership(input: { id: $id, version: $v, status: PAUSED }) { userErrors { code } } }';
const LEAVE_VISION =
  'mutation ($id: ID!, $v: Int!) { updatePartnership(input: { id: $id, version: $v, participatesInVision: false }) { userErrors { code } } }';
const CHANGE_ROLE =
  'mutation ($id: ID!, $role: Role!) { changeMemberRole(input: { membershipId: $id, role: $role }) { userErrors { code } } }';

describe.each(TEST_DIALECTS)('losing access closes or downgrades open documents, on %s', (dialect) => {
  let t: TestApp;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    for (const s of sockets) s.ws.terminate();
    await t?.close();
  });

  async function open(doc: string, headers: { cookie?: string; authorization?: string }) {
    const socket = await openRawSocket(t, doc, headers);
    sockets.push(socket);
    return socket;
  }

  /** Proves the socket writes, runs `revoke`, then sends at once: the socket must close within 1 s. */
  async function expectClosedBy(
    socket: RawSocket,
    doc: string,
    code: number,
    revoke: () => Promise<unknown>,
  ) {
    socket.sendText('[before]');
    await expect.poll(() => storedText(t, doc)).toContain('[before]');
    const started = performance.now();
    const { body } = (await revoke()) as { body: { data?: Record<string, { userErrors: unknown[] }> } };
    expect(Object.values(body.data ?? {})[0]?.userErrors).toEqual([]);
    // Sent right after the mutation answered, possibly before the close frame reached the client.
    socket.sendText('[after]');
    const closed = await socket.closed;
    expect(closed.code).toBe(code);
    expect(closed.at - started).toBeLessThan(1_000);
    expect(await storedText(t, doc)).not.toContain('[after]');
  }

  async function tokenOf(secret: string): Promise<ApiToken> {
    const em = t.app.orm.em.fork();
    return em.findOneOrFail(ApiToken, { secretHash: hashSecret(secret) });
  }

  it('revoking an API token closes the connections it opened', async () => {
    const { em, district, admin } = await districtWithAdmin(t);
    const doc = docName('opportunities', district.id);
    const secret = await buildApiToken(em, ApiTokenScope.READ_WRITE, { district });
    const other = await open(doc, {
      authorization: `Bearer ${await buildApiToken(em, ApiTokenScope.READ_WRITE, { district })}`,
    });
    const socket = await open(doc, { authorization: `Bearer ${secret}` });
    const id = toGlobalId('ApiToken', (await tokenOf(secret)).id);
    await expectClosedBy(socket, doc, CollabCloseCode.UNAUTHORIZED, () =>
      t.gql(REVOKE_TOKEN, { id }, { cookie: admin }),
    );
    other.sendText('[other token]');
    await expect.poll(() => storedText(t, doc)).toContain('[other token]');
  });

  it('an API token that expires closes its connections within a second of its expiry', async () => {
    const { em, district } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const secret = await buildApiToken(em, ApiTokenScope.READ_WRITE, { district });
    const expiresAt = new Date(Date.now() + 1_500);
    await em.nativeUpdate(ApiToken, { secretHash: hashSecret(secret) }, { expiresAt });
    const socket = await open(doc, { authorization: `Bearer ${secret}` });
    socket.sendText('[before]');
    await expect.poll(() => storedText(t, doc)).toContain('[before]');
    const { code } = await socket.closed;
    expect(code).toBe(CollabCloseCode.UNAUTHORIZED);
    const late = Date.now() - expiresAt.getTime();
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(1_000);
  });

  it('removing a membership closes that member’s connections to the district’s documents', async () => {
    const { district, admin, member } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const { user, membershipId } = await member(Role.DISTRICT_STAFF);
    const socket = await open(doc, { cookie: await signInCookie(t, user.email) });
    await expectClosedBy(socket, doc, CollabCloseCode.FORBIDDEN, () =>
      t.gql(REMOVE_MEMBER, { id: membershipId }, { cookie: admin }),
    );
  });

  it('taking a partner out of the vision closes its editing connections as READ_ONLY; reopened, they only follow', async () => {
    const { em, district, admin } = await districtWithAdmin(t);
    const partner = await buildPartner(em);
    const partnership = await buildPartnership(em, { district, partner });
    partnership.participatesInVision = true;
    await em.flush();
    const doc = docName('vision', district.id);
    const member = await buildMember(em, Role.PARTNER_MEMBER, { partner });
    const cookie = await signInCookie(t, member.email);
    const socket = await open(doc, { cookie });
    await expectClosedBy(socket, doc, CollabCloseCode.READ_ONLY, () =>
      t.gql(
        LEAVE_VISION,
        { id: toGlobalId('Partnership', partnership.id), v: partnership.version },
        { cookie: admin },
      ),
    );
    const reopened = await open(doc, { cookie });
    reopened.sendText('[as follower]');
    const staff = await open(doc, {
      cookie: await signInCookie(t, (await buildMember(em, Role.DISTRICT_STAFF, { district })).email),
    });
    staff.sendText('[staff]');
    await expect.poll(() => storedText(t, doc)).toContain('[staff]');
    expect(await storedText(t, doc)).not.toContain('[as follower]');
    expect(reopened.ws.readyState).toBe(reopened.ws.OPEN);
  });

  it('a role change that keeps editing leaves the connection open', async () => {
    const { district, admin, member } = await districtWithAdmin(t);
    const doc = docName('vision', district.id);
    const { user, membershipId } = await member(Role.DISTRICT_STAFF);
    const socket = await open(doc, { cookie: await signInCookie(t, user.email) });
    const { body } = await t.gql(
      CHANGE_ROLE,
      { id: membershipId, role: Role.DISTRICT_ADMIN },
      { cookie: admin },
    );
    expect(body.data).toEqual({ changeMemberRole: { userErrors: [] } });
    socket.sendText('[still editing]');
    await expect.poll(() => storedText(t, doc)).toContain('[still editing]');
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
  });

  it('pausing a partnership closes its partner members’ connections to the district’s vision', async () => {
    const { em, district, admin } = await districtWithAdmin(t);
    const partner = await buildPartner(em);
    const partnership = await buildPartnership(em, { district, partner });
    partnership.participatesInVision = true;
    await em.flush();
    const doc = docName('vision', district.id);
    const member = await buildMember(em, Role.PARTNER_MEMBER, { partner });
    const socket = await open(doc, { cookie: await signInCookie(t, member.email) });
    await expectClosedBy(socket, doc, CollabCloseCode.FORBIDDEN, () =>
      t.gql(
        PAUSE_PARTNERSHIP,
        { id: toGlobalId('Partnership', partnership.id), v: partnership.version },
        { cookie: admin },
      ),
    );
  });
});
