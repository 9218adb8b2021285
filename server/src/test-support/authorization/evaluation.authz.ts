import { toGlobalId } from '../../graphql/global-id.js';
import {
  EvaluationSetting,
  Indicator,
  IndicatorTarget,
  IndicatorValue,
} from '../../modules/evaluation/index.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  DISTRICT_WRITERS,
  STATE_STAFF,
} from '../authz.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;
const districtId = (world: AuthzWorld) => toGlobalId('District', world.district.id);

async function seeded(world: AuthzWorld, code = 'ATTENDANCE_RATE') {
  return world.em().findOneOrFail(Indicator, { scopeKey: '', code });
}

let sequence = 0;

/** A district indicator with a fresh code, so that every actor changes its own. */
async function districtIndicator(world: AuthzWorld) {
  const em = world.em();
  const indicator = em.create(Indicator, {
    scopeKey: `D${world.district.id}`,
    district: world.district.id,
    code: `LOCAL_${++sequence}`,
    name: 'Internship completion',
    description: 'Share of interns who complete their placement.',
    category: 'CULTURE',
    planYears: [1, 2],
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    subgroups: ['ALL_STUDENTS'],
    conditions: ['PARTNERSHIPS'],
    position: 1000 + sequence,
  });
  await em.persist(indicator).flush();
  return indicator;
}

async function stateIndicator(world: AuthzWorld) {
  const em = world.em();
  const indicator = em.create(Indicator, {
    scopeKey: `S${world.stateAgency.id}`,
    stateAgency: world.stateAgency.id,
    code: `STATE_${++sequence}`,
    name: 'Career readiness',
    description: '',
    category: 'PERFORMANCE',
    planYears: [3, 4, 5],
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    subgroups: ['ALL_STUDENTS'],
    conditions: [],
    position: 1000 + sequence,
  });
  await em.persist(indicator).flush();
  return indicator;
}

async function freshValue(world: AuthzWorld) {
  const em = world.em();
  const value = em.create(IndicatorValue, {
    district: world.district.id,
    indicator: await seeded(world),
    schoolYear: 2100 - ++sequence,
    subgroup: 'ALL_STUDENTS',
    value: 93,
    n: 200,
  });
  await em.persist(value).flush();
  return value;
}

async function freshTarget(world: AuthzWorld) {
  const em = world.em();
  const target = em.create(IndicatorTarget, {
    district: world.district.id,
    indicator: await seeded(world),
    schoolYear: 2100 - ++sequence,
    value: 95,
  });
  await em.persist(target).flush();
  return target;
}

/** The district's evaluation, unpublished, so that only its readers see it. */
async function unpublished(world: AuthzWorld) {
  await world.em().nativeDelete(EvaluationSetting, { district: world.district.id });
  return toGlobalId('DistrictEvaluation', world.district.id);
}

export const authzCases: AuthzCase[] = [
  {
    name: 'DistrictEvaluation.indicators',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on DistrictEvaluation { indicators { values { n } } } } }`,
        variables: { id: await unpublished(world) },
      };
    },
  },
  {
    name: 'Query.indicatorCatalog',
    allowed: DISTRICT_READERS,
    prepare: async (world) => ({
      query: `query ($id: ID!) { indicatorCatalog(districtId: $id) { code } }`,
      variables: { id: districtId(world) },
    }),
  },
  {
    name: 'StateAgency.evaluationOverview',
    allowed: STATE_STAFF,
    prepare: async (world) => ({
      query: `query ($id: ID!) { node(id: $id) { ... on StateAgency { evaluationOverview(schoolYear: 2026) { indicators { target value { n } } } } } }`,
      variables: { id: toGlobalId('StateAgency', world.stateAgency.id) },
    }),
  },
  {
    name: 'upsertIndicatorValues',
    allowed: DISTRICT_WRITERS,
    prepare: async (world) => ({
      query: mutation('upsertIndicatorValues', 'UpsertIndicatorValuesInput'),
      variables: {
        input: {
          districtId: districtId(world),
          values: [
            {
              indicatorId: toGlobalId('Indicator', (await seeded(world)).id),
              schoolYear: 2000 + (++sequence % 100),
              subgroup: 'ALL_STUDENTS',
              value: 92.5,
              n: 300,
            },
          ],
        },
      },
    }),
  },
  {
    name: 'importIndicatorValues',
    allowed: DISTRICT_WRITERS,
    prepare: async (world) => ({
      query: mutation('importIndicatorValues', 'ImportIndicatorValuesInput'),
      variables: {
        input: {
          districtId: districtId(world),
          csv: `indicator_code,school_year,subgroup,value,n\nATTENDANCE_RATE,${2000 + (++sequence % 100)},ALL_STUDENTS,91,250\n`,
          dryRun: false,
        },
      },
    }),
  },
  {
    name: 'deleteIndicatorValue',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const value = await freshValue(world);
      return {
        query: mutation('deleteIndicatorValue', 'DeleteEvaluationItemInput'),
        variables: { input: { id: toGlobalId('IndicatorValue', value.id), version: value.version } },
      };
    },
  },
  {
    name: 'upsertIndicatorTarget',
    allowed: DISTRICT_WRITERS,
    prepare: async (world) => ({
      query: mutation('upsertIndicatorTarget', 'UpsertIndicatorTargetInput'),
      variables: {
        input: {
          districtId: districtId(world),
          indicatorId: toGlobalId('Indicator', (await seeded(world)).id),
          schoolYear: 2100 - ++sequence,
          value: 96,
        },
      },
    }),
  },
  {
    name: 'deleteIndicatorTarget',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const target = await freshTarget(world);
      return {
        query: mutation('deleteIndicatorTarget', 'DeleteEvaluationItemInput'),
        variables: { input: { id: toGlobalId('IndicatorTarget', target.id), version: target.version } },
      };
    },
  },
  {
    name: 'createIndicator',
    allowed: ['districtAdmin'],
    prepare: async (world) => ({
      query: mutation('createIndicator', 'CreateIndicatorInput'),
      variables: {
        input: {
          districtId: districtId(world),
          code: `DISTRICT_NEW_${++sequence}`,
          name: 'Mentor match rate',
          category: 'CULTURE',
          planYears: [1, 2],
          unit: 'PERCENT',
          direction: 'HIGHER_IS_BETTER',
        },
      },
    }),
  },
  {
    name: 'createIndicator',
    allowed: ['stateAdmin'],
    prepare: async (world) => ({
      query: mutation('createIndicator', 'CreateIndicatorInput'),
      variables: {
        input: {
          stateAgencyId: toGlobalId('StateAgency', world.stateAgency.id),
          code: `STATE_NEW_${++sequence}`,
          name: 'Industry credentials earned',
          category: 'PERFORMANCE',
          planYears: [3, 4, 5],
          unit: 'COUNT',
          direction: 'HIGHER_IS_BETTER',
        },
      },
    }),
  },
  {
    name: 'updateIndicator',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const indicator = await districtIndicator(world);
      return {
        query: mutation('updateIndicator', 'UpdateIndicatorInput'),
        variables: {
          input: { id: toGlobalId('Indicator', indicator.id), version: indicator.version, name: 'Renamed' },
        },
      };
    },
  },
  {
    name: 'updateIndicator',
    allowed: ['stateAdmin'],
    async prepare(world) {
      const indicator = await stateIndicator(world);
      return {
        query: mutation('updateIndicator', 'UpdateIndicatorInput'),
        variables: {
          input: { id: toGlobalId('Indicator', indicator.id), version: indicator.version, name: 'Renamed' },
        },
      };
    },
  },
  {
    name: 'archiveIndicator',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const indicator = await districtIndicator(world);
      return {
        query: mutation('archiveIndicator', 'ArchiveIndicatorInput'),
        variables: { input: { id: toGlobalId('Indicator', indicator.id), version: indicator.version } },
      };
    },
  },
  {
    name: 'archiveIndicator',
    allowed: [],
    async prepare(world) {
      const indicator = await seeded(world, 'PARENT_SURVEY');
      return {
        query: mutation('archiveIndicator', 'ArchiveIndicatorInput'),
        variables: { input: { id: toGlobalId('Indicator', indicator.id), version: indicator.version } },
      };
    },
  },
  {
    name: 'setEvaluationMinimumN',
    allowed: ['districtAdmin'],
    prepare: async (world) => ({
      query: mutation('setEvaluationMinimumN', 'SetEvaluationMinimumNInput'),
      variables: { input: { districtId: districtId(world), minimumN: 10 + (++sequence % 20) } },
    }),
  },
  {
    name: 'setEvaluationMinimumN',
    allowed: ['stateAdmin'],
    prepare: async (world) => ({
      query: mutation('setEvaluationMinimumN', 'SetEvaluationMinimumNInput'),
      variables: {
        input: {
          stateAgencyId: toGlobalId('StateAgency', world.stateAgency.id),
          minimumN: 10 + (++sequence % 20),
        },
      },
    }),
  },
  {
    name: 'publishEvaluationSummary',
    allowed: ['districtAdmin'],
    async prepare(world) {
      await unpublished(world);
      return {
        query: mutation('publishEvaluationSummary', 'EvaluationSummaryInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
  {
    name: 'unpublishEvaluationSummary',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const em = world.em();
      const setting =
        (await em.findOne(EvaluationSetting, { district: world.district.id })) ??
        em.create(EvaluationSetting, { district: world.district.id });
      setting.publishedAt = new Date();
      await em.persist(setting).flush();
      return {
        query: mutation('unpublishEvaluationSummary', 'EvaluationSummaryInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
];
