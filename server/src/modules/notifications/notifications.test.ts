import { PartnershipStatus } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMail } from '../../mail/mailer.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  type ListWorld,
  PUBLISH,
  SUBMIT,
  type Who,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';
import { Partnership } from '../partnerships/index.js';

const LIST = `query { unreadNotificationCount notifications(first: 10) { totalCount nodes { id kind title body path readAt } } }`;
const MARK = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadNotificationCount userErrors { field message } } }`;
const PREFS = `query { notificationPreferences { kind label email } }`;
const SET_PREFS = `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  notificationPreferences { kind email } userErrors { field code message } } }`;

interface Listed {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    nodes: { id: string; kind: string; title: string; body: string; path: string }[];
  };
}

describe.each(TEST_DIALECTS)('notifications of a publish, on %s', (dialect) => {
  let w: ListWorld;
  const listed = async (who: Who) => {
    const result = await w.gql<Listed>(who, LIST);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const mailbox = () =>
    w.t.app.services.mailer.devMailbox as (SentMail & { headers?: Record<string, string> })[];

  beforeAll(async () => {
    w = await startListWorld(dialect);
    const submit = (partnerId: string, title: string) =>
      w.gql('staff', SUBMIT, {
        input: { ...validListing({ title }), districtId: w.ids.district, partnerId },
      });
    await submit(w.ids.partner, 'Clinic job shadowing');
    await submit(w.ids.otherPartner, 'Robotics mentoring');
    // The other partner's partnership is paused: its listing is held back.
    await w
      .em()
      .nativeUpdate(
        Partnership,
        { district: w.district.id, partner: w.otherPartner.id },
        { status: PartnershipStatus.PAUSED },
      );
    const published = await w.gql('admin', PUBLISH, { input: { districtId: w.ids.district } });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishOpportunityList.heldBack).toHaveLength(1);
  }, 60_000);
  afterAll(() => w?.close());

  it('tells each person what concerns them and may read, and not the one who published', async () => {
    const partner = await listed('partner');
    expect(partner.notifications.nodes.map((n) => [n.kind, n.path])).toEqual([
      ['LISTING_PUBLISHED', `/workspace/p/${w.partner.slug}/opportunities/${w.district.slug}`],
    ]);
    expect(partner.notifications.nodes[0]!.body).toContain('Clinic job shadowing');
    const other = await listed('otherPartner');
    expect(other.notifications.nodes.map((n) => n.kind)).toEqual(['LISTING_HELD_BACK']);
    expect(other.notifications.nodes[0]!.body).toContain(
      'Robotics mentoring (The partnership is paused, not active.)',
    );
    expect((await listed('staff')).notifications.nodes.map((n) => n.kind)).toEqual(['LIST_PUBLISHED']);
    expect((await listed('admin')).notifications.totalCount).toBe(0);
    // A state reviewer reads the district but contributes nothing to its list.
    expect((await listed('reviewer')).notifications.totalCount).toBe(0);
  });

  it('is the viewer’s alone: the public must sign in, a token has none, nobody reads or marks another’s', async () => {
    const anonymous = await w.gql('anonymous', LIST);
    expect(anonymous.errors!.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const token = await w.gql('partnerToken', `query { unreadNotificationCount }`);
    expect(token.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    const [own] = (await listed('partner')).notifications.nodes;
    const seen = await w.gql<{ node: unknown }>('otherPartner', `query ($id: ID!) { node(id: $id) { id } }`, {
      id: own!.id,
    });
    expect(seen.data!.node).toBeNull();
    const marked = await w.gql('otherPartner', MARK, { input: { ids: [own!.id] } });
    expect(marked.data!.markNotificationsRead).toMatchObject({ marked: 0, unreadNotificationCount: 1 });
    expect((await listed('partner')).unreadNotificationCount).toBe(1);

    const bad = await w.gql('partner', MARK, { input: { ids: [w.ids.district] } });
    expect(bad.data!.markNotificationsRead.userErrors).toEqual([
      { field: ['input', 'ids', '0'], message: 'This is not the id of a notification.' },
    ]);
    const mine = await w.gql('partner', MARK, { input: { ids: [own!.id] } });
    expect(mine.data!.markNotificationsRead).toMatchObject({ marked: 1, unreadNotificationCount: 0 });
  });

  it('e-mails through the queue with a one-click unsubscribe link that needs no sign-in', async () => {
    const before = mailbox().length;
    expect(await w.t.app.notifications.tick()).toEqual({ sent: 3, failed: 0 });
    const sent = mailbox().slice(0, mailbox().length - before);
    expect(sent.map((m) => m.subject).sort()).toEqual(
      [
        `${w.district.name} held back 1 listing of ${w.otherPartner.name}`,
        `${w.district.name} published 1 listing of ${w.partner.name}`,
        `${w.district.name} published version 1 of its opportunities`,
      ].sort(),
    );
    const toStaff = sent.find((m) => m.subject.includes('published version'))!;
    const link = /^<(.+)>$/.exec(toStaff.headers!['List-Unsubscribe']!)![1]!;
    const url = new URL(link);
    const local = `${w.t.app.url}${url.pathname}${url.search}`;

    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('A list you contribute to was published');
    expect((await w.gql('staff', PREFS)).data!.notificationPreferences).toContainEqual(
      expect.objectContaining({ kind: 'LIST_PUBLISHED', email: 'IMMEDIATE' }),
    );
    const oneClick = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const prefs = (
      await w.gql<{ notificationPreferences: { kind: string; email: string }[] }>('staff', PREFS)
    ).data!.notificationPreferences;
    expect(prefs.filter((p) => p.email === 'OFF').map((p) => p.kind)).toEqual(['LIST_PUBLISHED']);

    const forged = await fetch(`${local.slice(0, -3)}abc`, { method: 'POST' });
    expect(forged.status).toBe(400);
  });

  it('keeps e-mail choices per kind, refusing a kind named twice as a whole', async () => {
    const twice = await w.gql('partner', SET_PREFS, {
      input: {
        preferences: [
          { kind: 'VETTING_EXPIRING', email: 'DAILY_DIGEST' },
          { kind: 'VETTING_EXPIRING', email: 'OFF' },
        ],
      },
    });
    expect(twice.data!.updateNotificationPreferences.userErrors).toEqual([
      {
        field: ['input', 'preferences', '1', 'kind'],
        code: 'INVALID',
        message: 'VETTING_EXPIRING is named twice; name each kind once.',
      },
    ]);
    const set = await w.gql('partner', SET_PREFS, {
      input: { preferences: [{ kind: 'VETTING_EXPIRING', email: 'DAILY_DIGEST' }] },
    });
    expect(set.data!.updateNotificationPreferences.notificationPreferences).toContainEqual({
      kind: 'VETTING_EXPIRING',
      email: 'DAILY_DIGEST',
    });
    const anonymous = await w.gql('anonymous', SET_PREFS, {
      input: { preferences: [{ kind: 'VETTING_EXPIRING', email: 'OFF' }] },
    });
    expect(anonymous.errors!.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
