import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, STATE_STAFF } from '../authz.js';

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
];
