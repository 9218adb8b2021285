import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { District } from '../organizations/index.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { programByCode } from '../../test-support/factories/funding.js';

const SOURCE = `mutation ($input: CreateFundingSourceInput!) { createFundingSource(input: $input) {
  source { id version name amountCents } warnings { code message } userErrors { field code message } } }`;
const ALLOCATE = `mutation ($input: CreateFundingAllocationInput!) { createFundingAllocation(input: $input) {
  allocation { id version amountCents purpose } source { allocatedCents unallocatedCents }
  warnings { code message } userErrors { field code message } } }`;
const UPDATE_SOURCE = `mutation ($input: UpdateFundingSourceInput!) { updateFundingSource(input: $input) {
  source { amountCents } userErrors { field code message } } }`;
const RULE = `mutation ($input: CreateFundingRuleInput!) { createFundingRule(input: $input) {
  rule { id version isDefault summary } userErrors { field code message } } }`;

type Payload = {
  warnings: { code: string; message: string }[];
  userErrors: { field: string[]; code: string; message: string }[];
};

describe.each(TEST_DIALECTS)('funding alignment on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let admin: Viewer;
  let staff: Viewer;
  let reviewer: Viewer;
  let objectiveId: string;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }));
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { district }));
    objectiveId = toGlobalId('Objective', (await buildObjective(em, await buildGoal(em, district))).id);
  });
  afterAll(() => h.close());

  async function run<T>(query: string, input: Record<string, unknown>, as: Viewer = staff): Promise<T> {
    const result = await h.run<Record<string, T>>(query, { input }, { as });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0]!;
  }

  async function source(code: string, amountCents: number, fiscalYear = 2026) {
    const program = await programByCode(h.orm.em.fork(), code);
    return run<Payload & { source: { id: string; version: number; name: string } }>(SOURCE, {
      districtId: toGlobalId('District', district.id),
      programId: toGlobalId('FundingProgram', program.id),
      fiscalYear,
      amountCents,
    });
  }

  const allocate = (sourceId: string, amountCents: number, purpose: string) =>
    run<Payload & { allocation: { id: string; version: number } | null }>(ALLOCATE, {
      sourceId,
      objectiveId,
      amountCents,
      purpose,
    });

  it('serves the programs as data, with their allowable uses and default rules, to anyone', async () => {
    const result = await h.run<{
      fundingPrograms: {
        code: string;
        aln: string | null;
        allowedUses: string[] | null;
        defaultRules: { kind: string; active: boolean; basisPoints: number }[];
      }[];
    }>(`{ fundingPrograms { code aln allowedUses defaultRules { kind active basisPoints } } }`);
    const programs = result.data!.fundingPrograms;
    expect(programs.map((p) => `${p.code} ${p.aln ?? '-'}`)).toEqual([
      'TITLE_I_A 84.010',
      'TITLE_II_A 84.367',
      'TITLE_III_A 84.365',
      'TITLE_IV_A 84.424',
      'TITLE_IV_B 84.287',
      'IDEA_B 84.027',
      'PERKINS_V 84.048',
      'SCHOOL_IMPROVEMENT 84.010',
      'STATE -',
      'LOCAL -',
      'PRIVATE_GRANT -',
    ]);
    expect(programs[1]!.allowedUses).toEqual(
      expect.arrayContaining(['PROFESSIONAL_DEVELOPMENT', 'CLASS_SIZE_REDUCTION']),
    );
    expect(programs[1]!.allowedUses).not.toContain('WORK_BASED_LEARNING');
    expect(programs[0]!.defaultRules).toEqual([
      { kind: 'SET_ASIDE_MINIMUM', active: true, basisPoints: 100 },
      { kind: 'CARRYOVER_MAXIMUM', active: true, basisPoints: 1500 },
      { kind: 'STATE_RESERVATION', active: true, basisPoints: 700 },
      { kind: 'STATE_RESERVATION', active: false, basisPoints: 400 },
    ]);
    expect(programs[7]!.defaultRules).toEqual([
      { kind: 'STATE_RESERVATION', active: false, basisPoints: 500 },
    ]);
  });

  it('warns about a purpose outside the allowable uses without refusing it', async () => {
    const { source: titleII } = await source('TITLE_II_A', 40_000_00);
    expect(titleII.name).toBe('Title II, Part A FY2026');
    const ok = await allocate(titleII.id, 10_000_00, 'PROFESSIONAL_DEVELOPMENT');
    expect(ok.warnings).toEqual([]);
    const odd = await allocate(titleII.id, 5_000_00, 'WORK_BASED_LEARNING');
    expect(odd.userErrors).toEqual([]);
    expect(odd.warnings.map((w) => w.code)).toEqual(['PURPOSE_NOT_ALLOWABLE']);
  });

  it('refuses over-allocation with the balance in the message, on create, update and lowering the amount', async () => {
    const { source: titleI } = await source('TITLE_I_A', 100_000_00);
    const first = await allocate(titleI.id, 90_000_00, 'MENTORING');
    expect(first.userErrors).toEqual([]);
    const over = await allocate(titleI.id, 12_345_67, 'MENTORING');
    expect(over.allocation).toBeNull();
    expect(over.userErrors).toEqual([
      {
        field: ['input', 'amountCents'],
        code: 'INVALID',
        message:
          'Title I, Part A FY2026 has $10,000.00 unallocated; this allocation of $12,345.67 would exceed it by $2,345.67.',
      },
    ]);
    const grow = await run<Payload>(
      `mutation ($input: UpdateFundingAllocationInput!) { updateFundingAllocation(input: $input) { warnings { code message } userErrors { field code message } } }`,
      { id: first.allocation!.id, version: first.allocation!.version, amountCents: 100_000_01 },
    );
    expect(grow.userErrors[0]!.message).toBe(
      'Title I, Part A FY2026 has $100,000.00 unallocated; this allocation of $100,000.01 would exceed it by $0.01.',
    );
    const shrink = await run<Payload>(UPDATE_SOURCE, {
      id: titleI.id,
      version: titleI.version,
      amountCents: 89_999_99,
    });
    expect(shrink.userErrors[0]!.message).toContain(
      'has $90,000.00 allocated; its amount cannot be less than that',
    );
    const stale = await run<Payload>(UPDATE_SOURCE, {
      id: titleI.id,
      version: titleI.version + 7,
      amountCents: 95_000_00,
    });
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE']);
  });

  it('warns about an unmet family-engagement set-aside above $500,000, and follows a district rule that replaces it', async () => {
    const { source: big, warnings } = await source('TITLE_I_A', 1_000_000_00, 2027);
    expect(warnings.map((w) => w.code).sort()).toEqual(['CARRYOVER_OVER_LIMIT', 'SET_ASIDE_UNMET']);
    const part = await allocate(big.id, 9_000_00, 'FAMILY_ENGAGEMENT');
    expect(part.warnings.find((w) => w.code === 'SET_ASIDE_UNMET')!.message).toBe(
      'Title I, Part A FY2027 must set aside at least 1% ($10,000.00) for family engagement; $9,000.00 is allocated to it, $1,000.00 short.',
    );
    const titleI = await programByCode(h.orm.em.fork(), 'TITLE_I_A');
    const off = await run<{ rule: { id: string; version: number; isDefault: boolean } }>(
      RULE,
      {
        districtId: toGlobalId('District', district.id),
        programId: toGlobalId('FundingProgram', titleI.id),
        kind: 'SET_ASIDE_MINIMUM',
        purpose: 'FAMILY_ENGAGEMENT',
        basisPoints: 50,
        thresholdCents: 50_000_000,
        firstFiscalYear: 2027,
        lastFiscalYear: 2027,
      },
      admin,
    );
    expect(off.rule.isDefault).toBe(false);
    const after = await allocate(big.id, 1_00, 'MENTORING');
    expect(after.warnings.map((w) => w.code)).toEqual(['CARRYOVER_OVER_LIMIT']);
    const staffRule = await h.run(
      RULE,
      {
        input: {
          districtId: toGlobalId('District', district.id),
          programId: toGlobalId('FundingProgram', titleI.id),
          kind: 'CARRYOVER_MAXIMUM',
          basisPoints: 0,
        },
      },
      { as: staff },
    );
    expect(staffRule.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const defaults = await h.run<{ fundingPrograms: { defaultRules: { id: string; version: number }[] }[] }>(
      `{ fundingPrograms { defaultRules { id version } } }`,
    );
    const aDefault = defaults.data!.fundingPrograms[0]!.defaultRules[0]!;
    const edit = await h.run(
      `mutation ($input: UpdateFundingRuleInput!) { updateFundingRule(input: $input) { rule { id } userErrors { code } } }`,
      { input: { id: aDefault.id, version: aDefault.version, basisPoints: 0 } },
      { as: admin },
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await run(
      `mutation ($input: DeleteFundingItemInput!) { deleteFundingRule(input: $input) { deletedId userErrors { code } } }`,
      { id: off.rule.id, version: off.rule.version },
      admin,
    );
    const back = await allocate(big.id, 1_00, 'MENTORING');
    expect(back.warnings.map((w) => w.code).sort()).toEqual(['CARRYOVER_OVER_LIMIT', 'SET_ASIDE_UNMET']);
  });

  it('lets state reviewers read funding but not change it', async () => {
    const read = await h.run<{
      district: { plan: { viewerCanUpdateFunding: boolean; fundingSources: { name: string }[] } };
    }>(
      `query ($slug: String!) { district(slug: $slug) { plan { viewerCanUpdateFunding fundingSources { name } } } }`,
      { slug: district.slug },
      { as: reviewer },
    );
    expect(read.data!.district.plan.viewerCanUpdateFunding).toBe(false);
    expect(read.data!.district.plan.fundingSources.length).toBeGreaterThan(0);
    const program = await programByCode(h.orm.em.fork(), 'LOCAL');
    const write = await h.run(
      SOURCE,
      {
        input: {
          districtId: toGlobalId('District', district.id),
          programId: toGlobalId('FundingProgram', program.id),
          fiscalYear: 2026,
          amountCents: 1,
        },
      },
      { as: reviewer },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes amounts beyond GraphQL Int as SafeInt and refuses fractions of a cent', async () => {
    const { source: big } = await source('STATE', 5_000_000_000_00);
    expect(big).toMatchObject({ amountCents: 5_000_000_000_00 });
    const fraction = await h.run(
      ALLOCATE,
      { input: { sourceId: big.id, objectiveId, amountCents: 10.5, purpose: 'OTHER' } },
      { as: staff },
    );
    expect(fraction.errors?.[0]?.message).toMatch(/SafeInt/);
  });
});
