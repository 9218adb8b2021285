import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildPartner, buildVettingRecord } from '../../test-support/factories.js';
import { type ListWorld, startListWorld } from '../../test-support/opportunity-list.js';
import { Partnership } from '../partnerships/index.js';

const HOLD_BACKS = `query ($slug: String!, $ids: [Int!]!) { district(slug: $slug) { opportunityDraft {
  holdBacks(partnerIds: $ids) { partnerId reason remedy } } } }`;

describe.each(TEST_DIALECTS)('partners whose listings publishing would hold back, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  const holdBacks = async (ids: number[], who: Parameters<ListWorld['gql']>[0] = 'staff') => {
    const result = await w.gql(who, HOLD_BACKS, { slug: w.district.slug, ids });
    expect(result.errors).toBeUndefined();
    return result.data!.district.opportunityDraft.holdBacks as {
      partnerId: number;
      reason: string;
      remedy: string;
    }[];
  };

  it('names the partner without a partnership, the paused one and the one with expired vetting, with what to do', async () => {
    const stranger = await buildPartner(w.em());
    expect(await holdBacks([w.partner.id, w.otherPartner.id])).toEqual([]);
    expect(await holdBacks([stranger.id, w.partner.id, stranger.id])).toEqual([
      {
        partnerId: stranger.id,
        reason: 'The offering partner has no partnership with the district.',
        remedy: expect.stringContaining('Start a partnership') as string,
      },
    ]);

    const other = await w
      .em()
      .findOneOrFail(Partnership, { district: w.district.id, partner: w.otherPartner.id });
    await buildVettingRecord(w.em(), { partnership: other, expiresOn: '2001-01-01' });
    const pause = (status: 'PAUSED' | 'ACTIVE') =>
      w.em().nativeUpdate(Partnership, { district: w.district.id, partner: w.partner.id }, { status });
    await pause('PAUSED');
    const held = await holdBacks([w.partner.id, w.otherPartner.id]);
    expect(held.map((h) => [h.partnerId, h.reason])).toEqual([
      [w.partner.id, 'The partnership is paused, not active.'],
      [w.otherPartner.id, "A vetting requirement of the partner's partnership has expired."],
    ]);
    await pause('ACTIVE');
  });

  it("tells each partnership's members whether the partner's listings would be held back", async () => {
    const query = `query ($slug: String!) { partnerOrganization(slug: $slug) {
      partnerships(first: 10) { nodes { district { id } publishingHoldBack { reason remedy } } } } }`;
    const pause = (status: 'PAUSED' | 'ACTIVE') =>
      w.em().nativeUpdate(Partnership, { district: w.district.id, partner: w.partner.id }, { status });
    const mine = async () => {
      const result = await w.gql('staff', query, { slug: w.partner.slug });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.partnerOrganization.partnerships.nodes as {
        district: { id: string };
        publishingHoldBack: { reason: string } | null;
      }[];
      return nodes.find((n) => n.district.id === w.ids.district)!.publishingHoldBack;
    };
    expect(await mine()).toBeNull();
    await pause('PAUSED');
    expect((await mine())?.reason).toBe('The partnership is paused, not active.');
    await pause('ACTIVE');
  });

  it('refuses an overlong list of partners', async () => {
    const result = await w.gql('staff', HOLD_BACKS, {
      slug: w.district.slug,
      ids: Array.from({ length: 501 }, (_, i) => i + 1),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
