import { ApiTokenScope, Role, createListingMap, docName, listingsOf, readListings } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { EntityManager } from '../../db/orm.js';
import { type TestApp, sessionCookieOf, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner } from '../../test-support/factories.js';
import { TEST_PASSWORD, buildApiToken, buildMember } from '../../test-support/identity-factories.js';
import { Partnership } from '../partnerships/index.js';

type Credentials = { cookie?: string; authorization?: string };

describe.each(TEST_DIALECTS)('who may open collaborative documents, on %s', (dialect) => {
  let t: TestApp;
  let districtId: number;
  let otherDistrictId: number;
  let listingPartnerId: number;
  const creds: Record<string, Credentials> = {};
  const providers: WebsocketProvider[] = [];

  /** The HTTP status the upgrade gets (101 when the socket opens). */
  function upgradeStatus(doc: string, headers: Credentials): Promise<number> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`${t.app.url.replace('http', 'ws')}/collab/${doc}`, {
        headers: headers as Record<string, string>,
      });
      ws.once('open', () => (ws.close(), resolve(101)));
      ws.once('unexpected-response', (_req, res) => (ws.terminate(), resolve(res.statusCode ?? 0)));
      ws.once('error', () => undefined);
    });
  }

  function connect(doc: string, headers: Credentials) {
    class WithCredentials extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: headers as Record<string, string> });
      }
    }
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(`${t.app.url.replace('http', 'ws')}/collab`, doc, ydoc, {
      WebSocketPolyfill: WithCredentials as never,
      disableBc: true,
    });
    providers.push(provider);
    return { ydoc, provider };
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const em = t.app.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    const otherDistrict = await buildDistrict(em);
    districtId = district.id;
    otherDistrictId = otherDistrict.id;
    const visionPartner = await buildPartner(em);
    const listingPartner = await buildPartner(em);
    listingPartnerId = listingPartner.id;
    em.create(Partnership, {
      district,
      partner: visionPartner,
      status: 'ACTIVE',
      acceptedAt: new Date(),
      participatesInVision: true,
    });
    em.create(Partnership, { district, partner: listingPartner, status: 'ACTIVE', acceptedAt: new Date() });
    // A request the district never accepted opens none of its documents.
    const askingPartner = await buildPartner(em);
    em.create(Partnership, { district, partner: askingPartner, status: 'PROSPECT', proposedBy: 'PARTNER' });
    await em.flush();
    const signIn = async (email: string) =>
      sessionCookieOf(
        (
          await t.gql(
            'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }',
            { e: email, p: TEST_PASSWORD },
          )
        ).res,
      )!;
    const member = async (role: Role, org: Parameters<typeof buildMember>[2]) => ({
      cookie: await signIn((await buildMember(em, role, org)).email),
    });
    creds.staff = await member(Role.DISTRICT_STAFF, { district });
    creds.reviewer = await member(Role.STATE_REVIEWER, { district });
    creds.visionPartner = await member(Role.PARTNER_MEMBER, { partner: visionPartner });
    creds.listingPartner = await member(Role.PARTNER_MEMBER, { partner: listingPartner });
    creds.otherAdmin = await member(Role.DISTRICT_ADMIN, { district: otherDistrict });
    creds.askingPartner = await member(Role.PARTNER_ADMIN, { partner: askingPartner });
    creds.readToken = {
      authorization: `Bearer ${await buildApiToken(em, ApiTokenScope.READ, { district })}`,
    };
    creds.anonymous = {};
  });
  afterAll(async () => {
    for (const p of providers) p.destroy();
    await t?.close();
  });

  it('refuses strangers at the upgrade: 401 signed out, 403 another district, 404 no such district', async () => {
    expect(await upgradeStatus(docName('vision', districtId), creds.anonymous!)).toBe(401);
    expect(await upgradeStatus(docName('vision', districtId), { cookie: 'ph_session=phs_nope' })).toBe(401);
    expect(await upgradeStatus(docName('vision', districtId), creds.otherAdmin!)).toBe(403);
    expect(await upgradeStatus(docName('vision', districtId), creds.askingPartner!)).toBe(403);
    expect(await upgradeStatus(docName('opportunities', districtId), creds.askingPartner!)).toBe(403);
    expect(await upgradeStatus(docName('vision', otherDistrictId), creds.staff!)).toBe(403);
    expect(await upgradeStatus(docName('vision', 999_999), creds.staff!)).toBe(404);
    for (const who of ['staff', 'reviewer', 'visionPartner', 'listingPartner', 'readToken'])
      expect(await upgradeStatus(docName('vision', districtId), creds[who]!), who).toBe(101);
  });

  it('lets editors edit and viewers only follow: a reviewer sees the text and its typing reaches nobody', async () => {
    const name = docName('vision', districtId);
    const staff = connect(name, creds.staff!);
    const reviewer = connect(name, creds.reviewer!);
    const partner = connect(name, creds.visionPartner!);
    staff.ydoc.getText('t').insert(0, 'Every learner ');
    partner.ydoc.getText('t').insert(0, 'Together: ');
    await expect
      .poll(() => reviewer.ydoc.getText('t').toString(), { timeout: 5000 })
      .toContain('Every learner');
    await expect.poll(() => reviewer.ydoc.getText('t').toString(), { timeout: 5000 }).toContain('Together: ');
    reviewer.ydoc.getText('t').insert(0, 'REVIEWER WAS HERE ');
    staff.ydoc.getText('t').insert(staff.ydoc.getText('t').length, 'thrives.');
    await expect.poll(() => partner.ydoc.getText('t').toString(), { timeout: 5000 }).toContain('thrives.');
    expect(staff.ydoc.getText('t').toString()).not.toContain('REVIEWER');
    await t.app.collab.flush();
    expect((await t.app.collab.readDocument(name)).getText('t').toString()).not.toContain('REVIEWER');
  });

  it('gives partners without a vision role only a view of the vision, but editing of the opportunity list', async () => {
    const vision = docName('vision', districtId);
    const list = docName('opportunities', districtId);
    const staff = connect(vision, creds.staff!);
    const listingPartnerVision = connect(vision, creds.listingPartner!);
    const listingPartnerList = connect(list, creds.listingPartner!);
    const staffList = connect(list, creds.staff!);
    listingPartnerVision.ydoc.getText('t').insert(0, 'NOT ALLOWED ');
    listingsOf(listingPartnerList.ydoc).push([
      createListingMap({ partnerId: listingPartnerId, title: 'Welding pre-apprenticeship' }),
    ]);
    await expect
      .poll(() => readListings(staffList.ydoc).map((l) => l.title), { timeout: 5000 })
      .toEqual(['Welding pre-apprenticeship']);
    await t.app.collab.flush();
    expect(staff.ydoc.getText('t').toString()).not.toContain('NOT ALLOWED');
    expect((await t.app.collab.readDocument(vision)).getText('t').toString()).not.toContain('NOT ALLOWED');
  });
});
