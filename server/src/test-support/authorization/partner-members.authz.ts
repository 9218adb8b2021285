import { Role } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, type AuthzWorld, DISTRICT_WRITERS } from '../authz.js';
import { buildPartner } from '../factories.js';
import { buildApiToken, buildMember } from '../identity-factories.js';
import { Invitation, newSecret } from '../../modules/identity/index.js';

/**
 * Rights over a partner's people and tokens come from membership in it. `world.partner` has an admin
 * of its own, so no district (the one it works with, one whose request it never accepted, any other)
 * manages it; a partner the world's district added and that has no admin yet is the one exception.
 */
const payload = 'userErrors { code message }';

async function partnerMembership(w: AuthzWorld, role: Role) {
  const em = w.em();
  const user = await buildMember(em, role, { partner: w.partner });
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>('select id from membership where user_id = ? and partner_id = ?', [
      user.id,
      w.partner.id,
    ]);
  return toGlobalId('Membership', rows[0]!.id);
}

/** A partner the world's district added, with no admin of its own: the district speaks for it. */
const managedPartner = (w: AuthzWorld) => buildPartner(w.em(), { createdByDistrict: w.district });

export const authzCases: AuthzCase[] = [
  {
    name: 'changeMemberRole',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } ${payload} } }`,
      variables: {
        input: { membershipId: await partnerMembership(w, Role.PARTNER_MEMBER), role: Role.PARTNER_ADMIN },
      },
    }),
  },
  {
    name: 'removeMember',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { membership { role } ${payload} } }`,
      variables: { input: { membershipId: await partnerMembership(w, Role.PARTNER_MEMBER) } },
    }),
  },
  {
    name: 'revokeInvitation',
    allowed: ['partnerAdmin'],
    async prepare(w) {
      const em = w.em();
      const invitation = em.create(Invitation, {
        secretHash: newSecret('phi').hash,
        email: `partner-invitee-${Math.random().toString(36).slice(2)}@example.org`,
        role: Role.PARTNER_MEMBER,
        partner: w.partner.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await em.flush();
      const id = invitation.id;
      return {
        query: `mutation ($input: IdInput!) { revokeInvitation(input: $input) { invitation { email } ${payload} } }`,
        variables: { input: { id: toGlobalId('Invitation', Number(id)) } },
      };
    },
  },
  {
    name: 'revokeApiToken',
    allowed: ['partnerAdmin'],
    async prepare(w) {
      const em = w.em();
      await buildApiToken(em, 'READ_WRITE', { partner: w.partner });
      const rows = await em.getConnection().execute<{ id: number }[]>('select max(id) as id from api_token');
      return {
        query: `mutation ($input: IdInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } ${payload} } }`,
        variables: { input: { id: toGlobalId('ApiToken', rows[0]!.id) } },
      };
    },
  },
  {
    name: 'inviteMember',
    allowed: ['districtAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } ${payload} } }`,
      variables: {
        input: {
          organizationId: toGlobalId('PartnerOrganization', (await managedPartner(w)).id),
          email: `first-admin-${Math.random()}@example.org`,
          role: Role.PARTNER_ADMIN,
        },
      },
    }),
  },
  {
    name: 'PartnerOrganization.members',
    allowed: ['districtAdmin'],
    prepare: async (w) => ({
      query: `query ($slug: String!) { partnerOrganization(slug: $slug) { members { role } } }`,
      variables: { slug: (await managedPartner(w)).slug },
    }),
  },
  {
    name: 'updatePartnerOrganization',
    allowed: DISTRICT_WRITERS,
    async prepare(w) {
      const partner = await managedPartner(w);
      return {
        query: `mutation ($input: UpdatePartnerOrganizationInput!) { updatePartnerOrganization(input: $input) { partnerOrganization { id } ${payload} } }`,
        variables: {
          input: { id: toGlobalId('PartnerOrganization', partner.id), version: partner.version, city: 'Elm' },
        },
      };
    },
  },
];
