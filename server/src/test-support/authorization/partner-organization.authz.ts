import { toGlobalId } from '../../graphql/global-id.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  PARTNER_READERS,
  PARTNER_WRITERS,
} from '../authz.js';
import { buildContact } from '../factories.js';
import { PartnerOrganization } from '../../modules/organizations/index.js';

/**
 * Partner actors hold roles in `world.partner` only, so these rows act on it rather than on a fresh
 * partner. It has members: district staff may not change it, and only its admin may archive it.
 */
async function worldPartner(world: AuthzWorld, archived: boolean) {
  const em = world.em();
  await em.nativeUpdate(
    PartnerOrganization,
    { id: world.partner.id },
    { archivedAt: archived ? new Date() : null },
  );
  const partner = await em.findOneOrFail(PartnerOrganization, world.partner.id);
  return { id: toGlobalId('PartnerOrganization', partner.id), version: partner.version };
}

const archiveRow = (name: 'archivePartnerOrganization' | 'unarchivePartnerOrganization'): AuthzCase => ({
  name,
  allowed: ['partnerAdmin'],
  async prepare(world) {
    const input = await worldPartner(world, name === 'unarchivePartnerOrganization');
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    return {
      query: `mutation ($input: ${type}!) { ${name}(input: $input) { partnerOrganization { id } userErrors { code message } } }`,
      variables: { input },
    };
  },
});

const privateField = (field: 'contacts' | 'history', selection: string): AuthzCase => ({
  name: `PartnerOrganization.${field}`,
  allowed: [...DISTRICT_READERS, ...PARTNER_READERS],
  async prepare(world) {
    return {
      query: `query ($slug: String!) { partnerOrganization(slug: $slug) { ${field} ${selection} } }`,
      variables: { slug: world.partner.slug },
    };
  },
});

export const authzCases: AuthzCase[] = [
  {
    name: 'updatePartnerOrganization',
    allowed: PARTNER_WRITERS,
    async prepare(world) {
      const { id, version } = await worldPartner(world, false);
      return {
        query: `mutation ($input: UpdatePartnerOrganizationInput!) { updatePartnerOrganization(input: $input) { partnerOrganization { id } userErrors { code message } } }`,
        variables: { input: { id, version, description: `Updated ${Math.random()}` } },
      };
    },
  },
  // Unarchive before archive: the archive row ends with the shared partner back in the directory.
  archiveRow('unarchivePartnerOrganization'),
  archiveRow('archivePartnerOrganization'),
  privateField('contacts', '{ id email }'),
  {
    // A contact that did not agree to be shown exists only for those who may read the partner's private data.
    name: 'PartnerContact.email',
    allowed: [...DISTRICT_READERS, ...PARTNER_READERS],
    async prepare(world) {
      const contact = await buildContact(world.em(), { partner: world.partner });
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on PartnerContact { email } } }`,
        variables: { id: toGlobalId('PartnerContact', contact.id) },
      };
    },
  },
  privateField('history', '{ totalCount nodes { action } }'),
];
