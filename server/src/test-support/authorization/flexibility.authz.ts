import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityStage,
  FlexibilitySubmission,
} from '../../modules/flexibility/index.js';
import { type AuthzCase, type AuthzWorld, DISTRICT_READERS, DISTRICT_WRITERS } from '../authz.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;

/**
 * The world's district's application, replaced by a new one in `stage` with one requested area and
 * one submission, so that every actor meets the same starting point.
 */
async function freshApplication(world: AuthzWorld, stage: FlexibilityStage = FlexibilityStage.DRAFT) {
  const em: EntityManager = world.em();
  await em
    .getConnection()
    .execute('delete from flexibility_application where district_id = ?', [world.district.id]);
  const application = em.create(FlexibilityApplication, {
    district: world.district,
    firstSchoolYear: 2027,
    stage,
  });
  const area = em.create(FlexibilityArea, {
    application,
    area: 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS',
    requirement: 'Seat time',
    status: 'REQUESTED',
    position: 0,
  });
  const submission = em.create(FlexibilitySubmission, {
    application,
    number: 1,
    kind: 'APPLICATION',
    content: {
      firstSchoolYear: 2027,
      areas: [],
      assurances: [],
      vision: null,
      plan: { goals: [] },
      funding: { totalAmountCents: 0, totalAllocatedCents: 0, goals: [] },
    },
    submittedByName: 'Test',
  });
  await em.flush();
  return { application, area, submission, id: toGlobalId('FlexibilityApplication', application.id) };
}

const privateField = (name: string, selection: string): AuthzCase => ({
  name: `FlexibilityApplication.${name}`,
  allowed: DISTRICT_READERS,
  async prepare(world) {
    const { id } = await freshApplication(world);
    return {
      query: `query ($id: ID!) { node(id: $id) { ... on FlexibilityApplication { ${selection} } } }`,
      variables: { id },
    };
  },
});

export const authzCases: AuthzCase[] = [
  {
    name: 'startFlexibilityApplication',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      await world
        .em()
        .getConnection()
        .execute('delete from flexibility_application where district_id = ?', [world.district.id]);
      return {
        query: mutation('startFlexibilityApplication', 'StartFlexibilityApplicationInput'),
        variables: {
          input: { districtId: toGlobalId('District', world.district.id), firstSchoolYear: 2027 },
        },
      };
    },
  },
  {
    name: 'updateFlexibilityApplication',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const { application, id } = await freshApplication(world);
      return {
        query: mutation('updateFlexibilityApplication', 'UpdateFlexibilityApplicationInput'),
        variables: {
          input: {
            id,
            version: application.version,
            assurances: [{ kind: 'PLANNING_PROCESS', narrative: 'We met with everyone.' }],
          },
        },
      };
    },
  },
  {
    name: 'createFlexibilityArea',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const { id } = await freshApplication(world);
      return {
        query: mutation('createFlexibilityArea', 'CreateFlexibilityAreaInput'),
        variables: { input: { applicationId: id, area: 'TECHNOLOGY_AND_DATA', requirement: 'Procurement' } },
      };
    },
  },
  {
    name: 'updateFlexibilityArea',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const { area } = await freshApplication(world);
      return {
        query: mutation('updateFlexibilityArea', 'UpdateFlexibilityAreaInput'),
        variables: {
          input: {
            id: toGlobalId('FlexibilityArea', area.id),
            version: area.version,
            requirement: 'Seat time rules',
          },
        },
      };
    },
  },
  {
    name: 'deleteFlexibilityArea',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const { area } = await freshApplication(world);
      return {
        query: mutation('deleteFlexibilityArea', 'DeleteFlexibilityAreaInput'),
        variables: { input: { id: toGlobalId('FlexibilityArea', area.id), version: area.version } },
      };
    },
  },
  {
    name: 'submitFlexibilityApplication',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const { application, id } = await freshApplication(world);
      return {
        query: mutation('submitFlexibilityApplication', 'SubmitFlexibilityApplicationInput'),
        variables: { input: { id, version: application.version, kind: 'APPLICATION' } },
      };
    },
  },
  {
    // The world's agency keeps decisions to its admins (reviewersMayDecide is off).
    name: 'decideFlexibilityApplication',
    allowed: ['stateAdmin'],
    async prepare(world) {
      const { application, id } = await freshApplication(world, FlexibilityStage.APPLIED);
      return {
        query: mutation('decideFlexibilityApplication', 'DecideFlexibilityApplicationInput'),
        variables: {
          input: { id, version: application.version, kind: 'CONDITIONAL_APPROVAL', rationale: 'Sound plan.' },
        },
      };
    },
  },
  privateField('areas', 'areas { requirement }'),
  privateField('assurances', 'assurances { kind narrative }'),
  privateField('currentSections', 'currentSections { key lines }'),
  privateField('submissions', 'submissions(first: 5) { totalCount nodes { sections { key } } }'),
  {
    name: 'FlexibilityArea.objectives',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      const { area } = await freshApplication(world);
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on FlexibilityArea { objectives { title } } } }`,
        variables: { id: toGlobalId('FlexibilityArea', area.id) },
      };
    },
  },
  {
    name: 'FlexibilitySubmission.changes',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      const { submission } = await freshApplication(world);
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on FlexibilitySubmission { changes { key op } } } }`,
        variables: { id: toGlobalId('FlexibilitySubmission', submission.id) },
      };
    },
  },
];
