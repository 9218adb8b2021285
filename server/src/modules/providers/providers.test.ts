import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  buildStateAgency,
} from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import { AuditEntry } from '../audit/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { ProviderCriterion } from '../state-overview/index.js';

const CLAIM = `mutation ($input: ClaimProviderCriterionInput!) { claimProviderCriterion(input: $input) {
  claim { id evidence evidenceUrl version } userErrors { field code } } }`;
const WITHDRAW = `mutation ($input: WithdrawProviderClaimInput!) { withdrawProviderClaim(input: $input) {
  claim { id } userErrors { field code } } }`;
const ASSESS = `mutation ($input: AssessProviderInput!) { assessProvider(input: $input) {
  assessment { id rating note assessedByName version district { slug } } userErrors { field code } } }`;
const STANDING = `query ($id: ID!, $districtId: ID!) { node(id: $id) { ... on PartnerOrganization {
  providerCriteria { criterion { title } viewerCanClaim viewerCanAssess(districtId: $districtId)
    claim { evidence } assessments { rating note district { slug } } } } } }`;
const PROVIDERS = `query ($id: ID!) { node(id: $id) { ... on StateAgency { technicalAssistanceProviders { name } } } }`;

interface Standing {
  criterion: { title: string };
  viewerCanClaim: boolean;
  viewerCanAssess: boolean;
  claim: { evidence: string } | null;
  assessments: { rating: string; note: string | null; district: { slug: string } }[];
}
type Errors = { field: string[] | null; code: string }[];

describe.each(TEST_DIALECTS)('technical-assistance providers on %s', (dialect) => {
  let h: GraphqlHarness;
  let provider: PartnerOrganization;
  let business: PartnerOrganization;
  let district: District;
  let otherDistrict: District;
  let criteria: ProviderCriterion[];
  const as: Record<string, Viewer> = {};

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    const agency = await buildStateAgency(em, { state: 'OH' });
    const otherAgency = await buildStateAgency(em, { state: 'MI' });
    district = await buildDistrict(em, { state: 'OH' });
    otherDistrict = await buildDistrict(em, { state: 'OH' });
    const michigan = await buildDistrict(em, { state: 'MI', ncesLeaId: '2600001' });
    provider = await buildPartner(em, {
      kind: 'TECHNICAL_ASSISTANCE',
      state: 'OH',
      name: 'Aa Learning Forward',
    });
    business = await buildPartner(em, { kind: 'BUSINESS', state: 'OH' });
    await buildPartnership(em, { district, partner: provider, status: 'ACTIVE' });
    await buildPartnership(em, { district, partner: business, status: 'ACTIVE' });
    await buildPartnership(em, { district: michigan, partner: provider, status: 'ACTIVE' });
    criteria = ['Evidence of effectiveness', 'Knows the conditions', 'Retired'].map((title, position) =>
      em.create(ProviderCriterion, { stateAgency: agency, title, position }),
    );
    em.create(ProviderCriterion, { stateAgency: otherAgency, title: 'Michigan criterion', position: 0 });
    await em.flush();
    const user = async (role: Role, org: Parameters<typeof buildMember>[2]) =>
      viewerOfUser(em, await buildMember(em, role, org));
    as.providerAdmin = await user(Role.PARTNER_ADMIN, { partner: provider });
    as.providerMember = await user(Role.PARTNER_MEMBER, { partner: provider });
    as.businessAdmin = await user(Role.PARTNER_ADMIN, { partner: business });
    as.districtAdmin = await user(Role.DISTRICT_ADMIN, { district });
    as.districtStaff = await user(Role.DISTRICT_STAFF, { district });
    as.otherDistrictAdmin = await user(Role.DISTRICT_ADMIN, { district: otherDistrict });
    as.michiganAdmin = await user(Role.DISTRICT_ADMIN, { district: michigan });
    as.stateAdmin = await user(Role.STATE_ADMIN, { stateAgency: agency });
    as.stateReviewer = await user(Role.STATE_REVIEWER, { stateAgency: agency });
    as.otherStateAdmin = await user(Role.STATE_ADMIN, { stateAgency: otherAgency });
    as.anonymous = ANONYMOUS;
  });
  afterAll(() => h.close());

  const gid = (type: string, id: number) => toGlobalId(type, id);
  const claim = async (viewer: Viewer, input: Record<string, unknown>, partner = provider) =>
    await h.run<{
      claimProviderCriterion: { claim: { id: string; version: number } | null; userErrors: Errors };
    }>(CLAIM, { input: { partnerId: gid('PartnerOrganization', partner.id), ...input } }, { as: viewer });
  const assess = async (viewer: Viewer, input: Record<string, unknown>) =>
    h.run<{
      assessProvider: {
        assessment: { id: string; rating: string; assessedByName: string; version: number } | null;
        userErrors: Errors;
      };
    }>(
      ASSESS,
      {
        input: {
          districtId: gid('District', district.id),
          partnerId: gid('PartnerOrganization', provider.id),
          ...input,
        },
      },
      { as: viewer },
    );
  const standing = async (viewer: Viewer, of = provider) =>
    (
      await h.run<{ node: { providerCriteria: Standing[] } }>(
        STANDING,
        { id: gid('PartnerOrganization', of.id), districtId: gid('District', district.id) },
        { as: viewer },
      )
    ).data!.node.providerCriteria;

  it('lets the provider’s admins claim, change and withdraw a criterion with evidence, audited', async () => {
    const criterionId = gid('ProviderCriterion', criteria[0]!.id);
    const made = await claim(as.providerAdmin!, {
      criterionId,
      evidence: '  Three ESSA tier 2 studies of our coaching model.  ',
      evidenceUrl: 'https://example.org/evidence',
    });
    expect(made.data!.claimProviderCriterion.userErrors).toEqual([]);
    const first = made.data!.claimProviderCriterion.claim!;
    const changed = await claim(as.providerAdmin!, {
      criterionId,
      evidence: 'Four studies.',
      version: first.version,
    });
    expect(changed.data!.claimProviderCriterion.userErrors).toEqual([]);
    const stale = await claim(as.providerAdmin!, { criterionId, evidence: 'Lost', version: first.version });
    expect(stale.data!.claimProviderCriterion.userErrors.map((e) => e.code)).toEqual(['STALE']);
    const blind = await claim(as.providerAdmin!, { criterionId, evidence: 'No version' });
    expect(blind.data!.claimProviderCriterion.userErrors.map((e) => e.code)).toEqual(['STALE']);

    const second = (
      await claim(as.providerAdmin!, {
        criterionId: gid('ProviderCriterion', criteria[1]!.id),
        evidence: 'We ran the conditions self-assessment with 12 districts.',
      })
    ).data!.claimProviderCriterion.claim!;
    const withdrawn = await h.run<{ withdrawProviderClaim: { userErrors: Errors } }>(
      WITHDRAW,
      { input: { id: second.id, version: second.version } },
      { as: as.providerAdmin },
    );
    expect(withdrawn.data!.withdrawProviderClaim.userErrors).toEqual([]);

    const publicView = await standing(as.anonymous!);
    expect(publicView.map((s) => [s.criterion.title, s.claim?.evidence ?? null])).toEqual([
      ['Evidence of effectiveness', 'Four studies.'],
      ['Knows the conditions', null],
      ['Retired', null],
    ]);
    expect(publicView.every((s) => !s.viewerCanClaim && !s.viewerCanAssess)).toBe(true);
    expect((await standing(as.providerAdmin!))[0]!.viewerCanClaim).toBe(true);
    expect((await standing(as.providerMember!))[0]!.viewerCanClaim).toBe(false);

    const entries = await h.orm.em
      .fork()
      .find(
        AuditEntry,
        { targetType: 'PartnerOrganization', targetId: provider.id },
        { orderBy: { id: 'asc' } },
      );
    expect(entries.map((e) => e.action)).toEqual([
      'provider.claim.create',
      'provider.claim.update',
      'provider.claim.create',
      'provider.claim.withdraw',
    ]);
  });

  it('refuses claims by others, by partners of another kind, and bad evidence', async () => {
    const criterionId = gid('ProviderCriterion', criteria[2]!.id);
    const member = await claim(as.providerMember!, { criterionId, evidence: 'x' });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await claim(as.districtAdmin!, { criterionId, evidence: 'x' });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await claim(as.anonymous!, { criterionId, evidence: 'x' });
    expect(nobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const notProvider = await claim(as.businessAdmin!, { criterionId, evidence: 'x' }, business);
    expect(notProvider.data!.claimProviderCriterion.userErrors.map((e) => e.field)).toEqual([
      ['input', 'partnerId'],
    ]);
    const bad = await claim(as.providerAdmin!, {
      criterionId,
      evidence: 'x'.repeat(2001),
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(bad.data!.claimProviderCriterion.userErrors.map((e) => e.field)).toEqual([
      ['input', 'evidence'],
      ['input', 'evidenceUrl'],
    ]);
    expect(await standing(as.stateAdmin!, business)).toEqual([]);
  });

  it('lets a partnered district of the state assess, and shows assessments only to those involved', async () => {
    const criterionId = gid('ProviderCriterion', criteria[0]!.id);
    const first = await assess(as.districtStaff!, {
      criterionId,
      rating: 'PARTIALLY_MEETS',
      note: 'Two schools only.',
    });
    expect(first.data!.assessProvider.userErrors).toEqual([]);
    const assessment = first.data!.assessProvider.assessment!;
    const changed = await assess(as.districtAdmin!, {
      criterionId,
      rating: 'MEETS',
      note: 'Now district-wide.',
      version: assessment.version,
    });
    expect(changed.data!.assessProvider.assessment).toMatchObject({ rating: 'MEETS' });
    const stale = await assess(as.districtAdmin!, {
      criterionId,
      rating: 'DOES_NOT_MEET',
      version: assessment.version,
    });
    expect(stale.data!.assessProvider.userErrors.map((e) => e.code)).toEqual(['STALE']);

    // No partnership, another state's criterion, not a district writer: refused.
    const otherInput = { districtId: gid('District', otherDistrict.id), criterionId, rating: 'MEETS' };
    expect((await assess(as.otherDistrictAdmin!, otherInput)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await assess(as.providerAdmin!, { criterionId, rating: 'MEETS' })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await assess(as.stateAdmin!, { criterionId, rating: 'MEETS' })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const em = h.orm.em.fork();
    const michiganCriterion = await em.findOneOrFail(ProviderCriterion, { title: 'Michigan criterion' });
    expect(
      (
        await assess(as.districtAdmin!, {
          criterionId: gid('ProviderCriterion', michiganCriterion.id),
          rating: 'MEETS',
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const seen = async (viewer: Viewer) => (await standing(viewer))[0]!.assessments.map((a) => a.rating);
    expect(await seen(as.districtAdmin!)).toEqual(['MEETS']);
    expect(await seen(as.providerMember!)).toEqual(['MEETS']);
    expect(await seen(as.stateAdmin!)).toEqual(['MEETS']);
    expect(await seen(as.stateReviewer!)).toEqual(['MEETS']);
    for (const outsider of [
      'anonymous',
      'otherDistrictAdmin',
      'otherStateAdmin',
      'businessAdmin',
      'michiganAdmin',
    ])
      expect(await seen(as[outsider]!), outsider).toEqual([]);
    expect((await standing(as.districtAdmin!))[0]!.viewerCanAssess).toBe(true);

    const byId = async (viewer: Viewer) =>
      (
        await h.run<{ node: { id: string } | null }>(
          `query ($id: ID!) { node(id: $id) { id } }`,
          { id: assessment.id },
          { as: viewer },
        )
      ).data!.node;
    expect(await byId(as.anonymous!)).toBeNull();
    expect(await byId(as.otherDistrictAdmin!)).toBeNull();
    expect(await byId(as.stateReviewer!)).not.toBeNull();

    const entries = await em.find(AuditEntry, { districtId: district.id, action: { $like: 'provider.%' } });
    expect(entries.map((e) => e.action).sort()).toEqual([
      'provider.assessment.create',
      'provider.assessment.update',
    ]);
  });

  it('hides claims on archived criteria and lists the state’s providers to its staff only', async () => {
    const em = h.orm.em.fork();
    const retired = await em.findOneOrFail(ProviderCriterion, criteria[2]!.id);
    await claim(as.providerAdmin!, {
      criterionId: gid('ProviderCriterion', retired.id),
      evidence: 'Old claim',
    });
    retired.archivedAt = new Date();
    await em.flush();
    expect((await standing(as.anonymous!)).map((s) => s.criterion.title)).toEqual([
      'Evidence of effectiveness',
      'Knows the conditions',
    ]);

    const providers = async (viewer: Viewer, state = 'OH') => {
      const agency = await em.findOneOrFail('StateAgency', { state });
      return h.run<{ node: { technicalAssistanceProviders: { name: string }[] } }>(
        PROVIDERS,
        { id: gid('StateAgency', (agency as { id: number }).id) },
        { as: viewer },
      );
    };
    const listed = (await providers(as.stateReviewer!)).data!.node.technicalAssistanceProviders.map(
      (p) => p.name,
    );
    expect(listed).toContain(provider.name);
    expect(listed).not.toContain(business.name);
    expect((await providers(as.otherStateAdmin!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await providers(as.districtAdmin!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
