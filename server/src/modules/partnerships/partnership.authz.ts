import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  DISTRICT_WRITERS,
  PARTNER_READERS,
} from '../../test-support/authz.js';
import { buildPartner, buildPartnership, buildVettingRecord } from '../../test-support/factories.js';

const PARTNERSHIP_READERS = [...DISTRICT_READERS, ...PARTNER_READERS];

/** A new partnership of the world's district with a new partner, so rows never share a target. */
function freshPartnership(world: AuthzWorld, em: EntityManager = world.em()) {
  return buildPartnership(em, { district: world.district, partner: undefined, status: 'ACTIVE' });
}

const mutation = (name: string, selection: string) => {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { code message } } }`;
};

const privateField = (field: string, selection = ''): AuthzCase => ({
  name: `Partnership.${field}`,
  allowed: PARTNERSHIP_READERS,
  async prepare(world) {
    return {
      query: `query ($id: ID!) { node(id: $id) { ... on Partnership { ${field} ${selection} } } }`,
      variables: { id: toGlobalId('Partnership', world.partnership.id) },
    };
  },
});

export const authzCases: AuthzCase[] = [
  {
    name: 'createPartnerOrganization',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      return {
        query: mutation('createPartnerOrganization', 'partnerOrganization { id } partnership { id }'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            name: `Matrix Partner ${Math.random().toString(36).slice(2, 8)}`,
            kind: 'NONPROFIT',
          },
        },
      };
    },
  },
  {
    name: 'createPartnership',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const partner = await buildPartner(world.em());
      return {
        query: mutation('createPartnership', 'partnership { id }'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            partnerId: toGlobalId('PartnerOrganization', partner.id),
            startDate: '2030-01-01',
          },
        },
      };
    },
  },
  {
    name: 'updatePartnership',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const partnership = await freshPartnership(world);
      return {
        query: mutation('updatePartnership', 'partnership { id }'),
        variables: {
          input: {
            id: toGlobalId('Partnership', partnership.id),
            version: partnership.version,
            status: 'PAUSED',
          },
        },
      };
    },
  },
  {
    name: 'recordVetting',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const partnership = await freshPartnership(world);
      return {
        query: mutation('recordVetting', 'vettingRecord { id }'),
        variables: {
          input: {
            partnershipId: toGlobalId('Partnership', partnership.id),
            kind: 'INSURANCE',
            expiresOn: '2031-06-30',
            version: null,
          },
        },
      };
    },
  },
  {
    name: 'removeVetting',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const em = world.em();
      const record = await buildVettingRecord(em, { partnership: await freshPartnership(world, em) });
      return {
        query: mutation('removeVetting', 'deletedVettingRecordId'),
        variables: { input: { id: toGlobalId('VettingRecord', record.id), version: record.version } },
      };
    },
  },
  privateField('notes'),
  privateField('vetting', '{ id status }'),
  privateField('history', '{ totalCount nodes { action changes { field from to } } }'),
];
