import { toGlobalId } from '../../graphql/global-id.js';
import { ProviderCriterion } from '../../modules/state-overview/index.js';
import { type AuthzCase, type AuthzWorld, STATE_STAFF } from '../authz.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;

async function freshCriterion(world: AuthzWorld) {
  const em = world.em();
  const criterion = em.create(ProviderCriterion, {
    stateAgency: world.stateAgency.id,
    title: 'Evidence of effectiveness',
    position: await em.count(ProviderCriterion, { stateAgency: world.stateAgency.id }),
  });
  await em.persist(criterion).flush();
  return criterion;
}

const onAgency =
  (selection: string): AuthzCase['prepare'] =>
  async (world) => ({
    query: `query ($id: ID!) { node(id: $id) { ... on StateAgency { ${selection} } } }`,
    variables: { id: toGlobalId('StateAgency', world.stateAgency.id) },
  });

export const authzCases: AuthzCase[] = [
  {
    name: 'StateAgency.districtOverview',
    allowed: STATE_STAFF,
    prepare: onAgency('districtOverview { totalCount nodes { slug objectivesAtRisk } }'),
  },
  {
    name: 'StateAgency.districtOverviewCsv',
    allowed: STATE_STAFF,
    prepare: onAgency('districtOverviewCsv'),
  },
  {
    name: 'StateAgency.criteria',
    allowed: ['stateAdmin'],
    prepare: onAgency('criteria(includeArchived: true) { title archived }'),
  },
  {
    name: 'createProviderCriterion',
    allowed: ['stateAdmin'],
    prepare: async (world) => ({
      query: mutation('createProviderCriterion', 'CreateProviderCriterionInput'),
      variables: {
        input: {
          stateAgencyId: toGlobalId('StateAgency', world.stateAgency.id),
          title: 'Aligned to the district’s conditions',
          description: 'Shows how its services serve the conditions the district named.',
        },
      },
    }),
  },
  {
    name: 'updateProviderCriterion',
    allowed: ['stateAdmin'],
    async prepare(world) {
      const criterion = await freshCriterion(world);
      return {
        query: mutation('updateProviderCriterion', 'UpdateProviderCriterionInput'),
        variables: {
          input: {
            id: toGlobalId('ProviderCriterion', criterion.id),
            version: criterion.version,
            title: 'Evidence of effectiveness (ESSA tiers 1-3)',
            archived: true,
          },
        },
      };
    },
  },
];
