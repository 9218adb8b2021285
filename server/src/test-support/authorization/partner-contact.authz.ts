import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, PARTNER_WRITERS } from '../authz.js';
import { buildContact } from '../factories.js';

// Contacts belong to `world.partner`, the only partner the partner actors are members of.
export const authzCases: AuthzCase[] = [
  {
    name: 'createPartnerContact',
    allowed: PARTNER_WRITERS,
    async prepare(world) {
      return {
        query: `mutation ($input: CreatePartnerContactInput!) { createPartnerContact(input: $input) { contact { id } userErrors { code message } } }`,
        variables: {
          input: {
            partnerId: toGlobalId('PartnerOrganization', world.partner.id),
            name: 'Robin Example',
            email: 'robin@example.org',
          },
        },
      };
    },
  },
  {
    name: 'updatePartnerContact',
    allowed: PARTNER_WRITERS,
    async prepare(world) {
      const contact = await buildContact(world.em(), { partner: world.partner });
      return {
        query: `mutation ($input: UpdatePartnerContactInput!) { updatePartnerContact(input: $input) { contact { id } userErrors { code message } } }`,
        variables: {
          input: {
            id: toGlobalId('PartnerContact', contact.id),
            version: contact.version,
            title: 'Director',
          },
        },
      };
    },
  },
  {
    name: 'deletePartnerContact',
    allowed: PARTNER_WRITERS,
    async prepare(world) {
      const contact = await buildContact(world.em(), { partner: world.partner });
      return {
        query: `mutation ($input: DeletePartnerContactInput!) { deletePartnerContact(input: $input) { deletedContactId userErrors { code message } } }`,
        variables: { input: { id: toGlobalId('PartnerContact', contact.id), version: contact.version } },
      };
    },
  },
];
