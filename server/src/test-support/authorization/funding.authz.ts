import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, type AuthzWorld, DISTRICT_WRITERS } from '../authz.js';
import { buildGoal, buildObjective } from '../factories/plan.js';
import { FundingRule } from '../../modules/funding/index.js';
import { buildAllocation, buildSource, programByCode } from '../factories/funding.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;

async function freshSource(world: AuthzWorld) {
  return buildSource(world.em(), world.district, { code: 'TITLE_II_A', amountCents: 50_000_00 });
}

async function freshObjective(world: AuthzWorld) {
  const em = world.em();
  return buildObjective(em, await buildGoal(em, world.district));
}

async function freshAllocation(world: AuthzWorld) {
  const em = world.em();
  const source = await buildSource(em, world.district, { code: 'TITLE_II_A', amountCents: 50_000_00 });
  return buildAllocation(em, source, await freshObjective(world), 1_000_00, 'PROFESSIONAL_DEVELOPMENT');
}

async function freshRule(world: AuthzWorld) {
  const em = world.em();
  const rule = em.create(FundingRule, {
    program: await programByCode(em, 'TITLE_I_A'),
    district: world.district,
    kind: 'CARRYOVER_MAXIMUM',
    basisPoints: 1500,
    active: true,
  });
  await em.persist(rule).flush();
  return rule;
}

export const authzCases: AuthzCase[] = [
  {
    name: 'createFundingSource',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const program = await programByCode(world.em(), 'TITLE_I_A');
      return {
        query: mutation('createFundingSource', 'CreateFundingSourceInput'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            programId: toGlobalId('FundingProgram', program.id),
            fiscalYear: 2026,
            amountCents: 750_000_00,
          },
        },
      };
    },
  },
  {
    name: 'updateFundingSource',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const source = await freshSource(world);
      return {
        query: mutation('updateFundingSource', 'UpdateFundingSourceInput'),
        variables: {
          input: {
            id: toGlobalId('FundingSource', source.id),
            version: source.version,
            amountCents: 60_000_00,
          },
        },
      };
    },
  },
  {
    name: 'deleteFundingSource',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const source = await freshSource(world);
      return {
        query: mutation('deleteFundingSource', 'DeleteFundingItemInput'),
        variables: { input: { id: toGlobalId('FundingSource', source.id), version: source.version } },
      };
    },
  },
  {
    name: 'createFundingAllocation',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const source = await freshSource(world);
      const objective = await freshObjective(world);
      return {
        query: mutation('createFundingAllocation', 'CreateFundingAllocationInput'),
        variables: {
          input: {
            sourceId: toGlobalId('FundingSource', source.id),
            objectiveId: toGlobalId('Objective', objective.id),
            amountCents: 10_000_00,
            purpose: 'PROFESSIONAL_DEVELOPMENT',
          },
        },
      };
    },
  },
  {
    name: 'updateFundingAllocation',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const allocation = await freshAllocation(world);
      return {
        query: mutation('updateFundingAllocation', 'UpdateFundingAllocationInput'),
        variables: {
          input: {
            id: toGlobalId('FundingAllocation', allocation.id),
            version: allocation.version,
            amountCents: 2_000_00,
          },
        },
      };
    },
  },
  {
    name: 'deleteFundingAllocation',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const allocation = await freshAllocation(world);
      return {
        query: mutation('deleteFundingAllocation', 'DeleteFundingItemInput'),
        variables: {
          input: { id: toGlobalId('FundingAllocation', allocation.id), version: allocation.version },
        },
      };
    },
  },
  {
    name: 'createFundingRule',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const program = await programByCode(world.em(), 'TITLE_I_A');
      return {
        query: mutation('createFundingRule', 'CreateFundingRuleInput'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            programId: toGlobalId('FundingProgram', program.id),
            kind: 'SET_ASIDE_MINIMUM',
            purpose: 'FAMILY_ENGAGEMENT',
            basisPoints: 200,
            firstFiscalYear: 2090,
            lastFiscalYear: 2090,
          },
        },
      };
    },
  },
  {
    name: 'updateFundingRule',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const rule = await freshRule(world);
      return {
        query: mutation('updateFundingRule', 'UpdateFundingRuleInput'),
        variables: {
          input: { id: toGlobalId('FundingRule', rule.id), version: rule.version, basisPoints: 1000 },
        },
      };
    },
  },
  {
    name: 'deleteFundingRule',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const rule = await freshRule(world);
      return {
        query: mutation('deleteFundingRule', 'DeleteFundingItemInput'),
        variables: { input: { id: toGlobalId('FundingRule', rule.id), version: rule.version } },
      };
    },
  },
];
