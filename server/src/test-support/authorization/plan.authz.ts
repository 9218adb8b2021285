import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, type AuthzWorld, DISTRICT_READERS, DISTRICT_WRITERS } from '../authz.js';
import { buildGoal, buildObjective } from '../factories/plan.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;
const districtId = (world: AuthzWorld) => toGlobalId('District', world.district.id);

async function freshGoal(world: AuthzWorld) {
  return buildGoal(world.em(), world.district, `Goal ${Math.random()}`);
}

async function freshObjective(world: AuthzWorld) {
  const em = world.em();
  return buildObjective(em, await buildGoal(em, world.district));
}

export const authzCases: AuthzCase[] = [
  {
    name: 'District.plan',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      return {
        query: `query ($slug: String!) { district(slug: $slug) { plan { id goals { title } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'createGoal',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      // Other rows leave goals behind for every actor; a full plan would refuse the new one.
      await world
        .em()
        .getConnection()
        .execute('delete from plan_goal where district_id = ?', [world.district.id]);
      return {
        query: mutation('createGoal', 'CreateGoalInput'),
        variables: { input: { districtId: districtId(world), title: 'Every student has a mentor' } },
      };
    },
  },
  {
    name: 'updateGoal',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const goal = await freshGoal(world);
      return {
        query: mutation('updateGoal', 'UpdateGoalInput'),
        variables: { input: { id: toGlobalId('Goal', goal.id), version: goal.version, title: 'Renamed' } },
      };
    },
  },
  {
    name: 'deleteGoal',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const goal = await freshGoal(world);
      return {
        query: mutation('deleteGoal', 'DeletePlanItemInput'),
        variables: { input: { id: toGlobalId('Goal', goal.id), version: goal.version } },
      };
    },
  },
  {
    name: 'createObjective',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const goal = await freshGoal(world);
      return {
        query: mutation('createObjective', 'CreateObjectiveInput'),
        variables: { input: { goalId: toGlobalId('Goal', goal.id), title: 'Recruit mentors', planYear: 1 } },
      };
    },
  },
  {
    name: 'updateObjective',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const objective = await freshObjective(world);
      return {
        query: mutation('updateObjective', 'UpdateObjectiveInput'),
        variables: {
          input: { id: toGlobalId('Objective', objective.id), version: objective.version, status: 'AT_RISK' },
        },
      };
    },
  },
  {
    name: 'deleteObjective',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const objective = await freshObjective(world);
      return {
        query: mutation('deleteObjective', 'DeletePlanItemInput'),
        variables: { input: { id: toGlobalId('Objective', objective.id), version: objective.version } },
      };
    },
  },
  {
    name: 'reorderObjectives',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const em = world.em();
      const goal = await buildGoal(em, world.district);
      const first = await buildObjective(em, goal, { title: 'First' });
      const second = await buildObjective(em, goal, { title: 'Second' });
      return {
        query: mutation('reorderObjectives', 'ReorderObjectivesInput'),
        variables: {
          input: {
            goalId: toGlobalId('Goal', goal.id),
            version: goal.version,
            objectiveIds: [second, first].map((o) => toGlobalId('Objective', o.id)),
          },
        },
      };
    },
  },
  {
    name: 'linkObjective',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const objective = await freshObjective(world);
      return {
        query: mutation('linkObjective', 'LinkObjectiveInput'),
        variables: {
          input: {
            objectiveId: toGlobalId('Objective', objective.id),
            partnershipIds: [toGlobalId('Partnership', world.partnership.id)],
          },
        },
      };
    },
  },
  {
    name: 'publishPlan',
    allowed: ['districtAdmin'],
    async prepare(world) {
      return {
        query: mutation('publishPlan', 'PublishPlanInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
  {
    name: 'unpublishPlan',
    allowed: ['districtAdmin'],
    async prepare(world) {
      return {
        query: mutation('unpublishPlan', 'PublishPlanInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
];
