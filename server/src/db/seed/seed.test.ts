import { DistrictCondition, PartnerKind, PartnershipStatus, checkNcesLeaId } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Opportunity, OpportunityListVersion } from '../../modules/opportunities/index.js';
import { District, PartnerOrganization } from '../../modules/organizations/index.js';
import { Partnership, VettingRecord, vettingStatusOf } from '../../modules/partnerships/index.js';
import { ProviderAssessment, ProviderClaim } from '../../modules/providers/index.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { seedDemoData, seedIfEmpty } from './seed.js';

describe.each(TEST_DIALECTS)('demo seed on %s', (dialect) => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
  });
  afterAll(() => h.close());

  it('fills an empty database once and changes nothing when run again', async () => {
    expect(await seedIfEmpty(h.orm.em.fork())).toBe(true);
    const em = h.orm.em.fork();
    const counts = async () => [
      await em.count(District),
      await em.count(PartnerOrganization),
      await em.count(Partnership),
      await em.count(OpportunityListVersion),
      await em.count(Opportunity),
      await em.count(VettingRecord),
    ];
    const before = await counts();
    expect(await seedIfEmpty(h.orm.em.fork())).toBe(false);
    await seedDemoData(h.orm.em.fork());
    expect(await counts()).toEqual(before);
  });

  it('covers every partner kind, partnership status and valid NCES ids, with about 60 listings', async () => {
    const em = h.orm.em.fork();
    const partners = await em.findAll(PartnerOrganization);
    expect(new Set(partners.map((p) => p.kind))).toEqual(new Set(Object.values(PartnerKind)));
    const partnerships = await em.findAll(Partnership);
    expect(new Set(partnerships.map((p) => p.status))).toEqual(new Set(Object.values(PartnershipStatus)));
    expect(partnerships.flatMap((p) => p.conditions).every((c) => c in DistrictCondition)).toBe(true);
    for (const d of await em.findAll(District)) expect(checkNcesLeaId(d.ncesLeaId, d.state)).toBeNull();
    const listings = await em.findAll(Opportunity);
    expect(listings.length).toBeGreaterThanOrEqual(55);
    expect(listings.length).toBeLessThanOrEqual(70);
    expect(listings.every((o) => o.gradeMin >= 6 && o.gradeMax <= 12 && o.gradeMin <= o.gradeMax)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(listings.some((o) => o.deadline && o.deadline < today)).toBe(true);
    expect(listings.some((o) => o.deadline && o.deadline > today)).toBe(true);
    expect(new Set(listings.map((o) => o.type)).size).toBeGreaterThanOrEqual(14);
  });

  it('has an Ohio technical-assistance provider with two claims and one Maple Ridge assessment', async () => {
    const em = h.orm.em.fork();
    const provider = await em.findOneOrFail(PartnerOrganization, {
      kind: 'TECHNICAL_ASSISTANCE',
      state: 'OH',
    });
    expect(await em.count(ProviderClaim, { partner: provider, withdrawnAt: null })).toBe(2);
    const assessments = await em.find(ProviderAssessment, { partner: provider }, { populate: ['district'] });
    expect(assessments.map((a) => a.district.slug)).toEqual(['maple-ridge']);
    await seedDemoData(h.orm.em.fork());
    expect(await em.fork().count(ProviderClaim, { partner: provider.id })).toBe(2);
  });

  it('has vetting records in every status: valid, expiring soon, expired and without expiry', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const records = await h.orm.em.fork().findAll(VettingRecord);
    expect(new Set(records.map((r) => vettingStatusOf(r.expiresOn, today)))).toEqual(
      new Set(['VALID', 'EXPIRING_SOON', 'EXPIRED', 'MISSING_EXPIRY']),
    );
  });
});
