import type { AuthzCase } from '../authz.js';
import { toGlobalId } from '../../graphql/global-id.js';

export const authzCases: AuthzCase[] = [
  {
    name: 'updateDistrict',
    allowed: ['districtAdmin', 'stateAdmin'],
    async prepare(world) {
      const em = world.em();
      const district = (await em.findOneOrFail('District', world.district.id)) as {
        id: number;
        version: number;
      };
      return {
        query: `mutation ($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { id } userErrors { code message } } }`,
        variables: {
          input: {
            id: toGlobalId('District', district.id),
            version: district.version,
            description: `Updated ${Math.random()}`,
          },
        },
      };
    },
  },
];
