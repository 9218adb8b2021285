import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  DISTRICT_WRITERS,
  PARTNER_READERS,
  STATE_STAFF,
} from '../authz.js';
import { buildDistrict, buildPartner, buildPartnership, buildVettingRecord } from '../factories.js';
import { Partnership } from '../../modules/partnerships/index.js';

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

/**
 * A request never answered: a new district asks the world's partner (the partner's admins answer), or
 * a new partner asks the world's district (the district's admins answer).
 */
async function pendingRequest(world: AuthzWorld, proposedBy: 'DISTRICT' | 'PARTNER') {
  const em = world.em();
  return proposedBy === 'DISTRICT'
    ? buildPartnership(em, { district: await buildDistrict(em), partner: world.partner, status: 'PROSPECT' })
    : buildPartnership(em, {
        district: world.district,
        partner: await buildPartner(em),
        status: 'PROSPECT',
        proposedBy,
      });
}

const answerRow = (
  name: 'acceptPartnershipRequest' | 'declinePartnershipRequest',
  proposedBy: 'DISTRICT' | 'PARTNER',
): AuthzCase => ({
  name,
  allowed: proposedBy === 'DISTRICT' ? ['partnerAdmin'] : ['districtAdmin'],
  async prepare(world) {
    const request = await pendingRequest(world, proposedBy);
    return {
      query: mutation(name, 'partnership { id status requestState }'),
      variables: { input: { id: toGlobalId('Partnership', request.id), version: request.version } },
    };
  },
});

/** Private fields of a request nobody answered yet: only the district side, which keeps the record. */
const requestField = (side: 'prospectDistrict' | 'district', field: string, selection = ''): AuthzCase => ({
  name: `Partnership.${field}`,
  allowed: side === 'district' ? DISTRICT_READERS : ['prospectDistrictAdmin', ...STATE_STAFF],
  async prepare(world) {
    const em = world.em();
    const request = await em.findOneOrFail(
      Partnership,
      side === 'district'
        ? { district: world.district, partner: world.prospectPartner }
        : { district: world.prospectDistrict, partner: world.partner },
    );
    return {
      query: `query ($id: ID!) { node(id: $id) { ... on Partnership { ${field} ${selection} } } }`,
      variables: { id: toGlobalId('Partnership', request.id) },
    };
  },
});

export const authzCases: AuthzCase[] = [
  {
    name: 'proposePartnership',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const partner = await buildPartner(world.em());
      return {
        query: mutation('proposePartnership', 'partnership { id requestState }'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            partnerId: toGlobalId('PartnerOrganization', partner.id),
            commitments: 'Mentors for the robotics club.',
          },
        },
      };
    },
  },
  {
    name: 'proposePartnershipToDistrict',
    allowed: ['partnerAdmin'],
    async prepare(world) {
      const district = await buildDistrict(world.em());
      return {
        query: mutation('proposePartnershipToDistrict', 'partnership { id requestState }'),
        variables: {
          input: {
            partnerId: toGlobalId('PartnerOrganization', world.partner.id),
            districtId: toGlobalId('District', district.id),
            commitments: 'Summer internships.',
          },
        },
      };
    },
  },
  answerRow('acceptPartnershipRequest', 'DISTRICT'),
  answerRow('acceptPartnershipRequest', 'PARTNER'),
  answerRow('declinePartnershipRequest', 'DISTRICT'),
  answerRow('declinePartnershipRequest', 'PARTNER'),
  {
    // A partner's request is the partner's words: the district answers it, it does not edit it.
    name: 'updatePartnership',
    allowed: [],
    async prepare(world) {
      const request = await pendingRequest(world, 'PARTNER');
      return {
        query: mutation('updatePartnership', 'partnership { id }'),
        variables: {
          input: { id: toGlobalId('Partnership', request.id), version: request.version, notes: 'Mine now.' },
        },
      };
    },
  },
  requestField('prospectDistrict', 'notes'),
  requestField('prospectDistrict', 'partnerContactEmail'),
  requestField('prospectDistrict', 'history', '{ totalCount }'),
  requestField('prospectDistrict', 'vetting', '{ id }'),
  requestField('district', 'notes'),
  requestField('district', 'districtContactEmail'),
  requestField('district', 'publishingHoldBack', '{ reason }'),
  {
    name: 'Partnership.version',
    allowed: ['prospectDistrictAdmin', ...STATE_STAFF, ...PARTNER_READERS],
    async prepare(world) {
      const request = await world
        .em()
        .findOneOrFail(Partnership, { district: world.prospectDistrict, partner: world.partner });
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on Partnership { version } } }`,
        variables: { id: toGlobalId('Partnership', request.id) },
      };
    },
  },
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
