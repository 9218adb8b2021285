import { Role } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { Invitation, newSecret } from '../../modules/identity/index.js';
import type { AuthzCase, AuthzWorld } from '../authz.js';
import { buildDistrict } from '../factories.js';
import { buildMember } from '../identity-factories.js';

/**
 * A state agency's profile, districts and people are its admins' to manage; its reviewers, the
 * districts of its state and another state's staff only look.
 */
const payload = 'userErrors { code message }';
let sequence = 0;
const uniqueSuffix = () => `${process.pid % 100}${String(++sequence).padStart(3, '0')}`;

async function agencyMembership(w: AuthzWorld, role: Role) {
  const em = w.em();
  const user = await buildMember(em, role, { stateAgency: w.stateAgency });
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>('select id from membership where user_id = ? and state_agency_id = ?', [
      user.id,
      w.stateAgency.id,
    ]);
  return toGlobalId('Membership', rows[0]!.id);
}

async function currentVersion(w: AuthzWorld, table: 'state_agency' | 'district', id: number) {
  const rows = await w
    .em()
    .getConnection()
    .execute<{ version: number }[]>(`select version from ${table} where id = ?`, [id]);
  return rows[0]!.version;
}

const agencyField = (field: string) => ({
  query: `query { stateAgency(state: "OH") { ${field} } }`,
});

/** An NCES LEA ID of the world's state that no district has (factories pick theirs at random). */
async function unusedNcesLeaId(w: AuthzWorld): Promise<string> {
  for (;;) {
    const id = `39${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
    if (!(await w.em().count('District', { ncesLeaId: id }))) return id;
  }
}

export const authzCases: AuthzCase[] = [
  {
    name: 'updateStateAgency',
    allowed: ['stateAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: UpdateStateAgencyInput!) { updateStateAgency(input: $input) { stateAgency { id } ${payload} } }`,
      variables: {
        input: {
          id: toGlobalId('StateAgency', w.stateAgency.id),
          version: await currentVersion(w, 'state_agency', w.stateAgency.id),
          website: `https://education.example.org/${Math.random().toString(36).slice(2)}`,
        },
      },
    }),
  },
  {
    name: 'createDistrict',
    allowed: ['stateAdmin'],
    prepare: async (w) => {
      const suffix = uniqueSuffix();
      return {
        query: `mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { district { id } ${payload} } }`,
        variables: {
          input: {
            stateAgencyId: toGlobalId('StateAgency', w.stateAgency.id),
            name: `New District ${suffix}`,
            ncesLeaId: await unusedNcesLeaId(w),
            slug: `new-district-${suffix}`,
          },
        },
      };
    },
  },
  {
    name: 'updateDistrict',
    allowed: ['stateAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { id } ${payload} } }`,
      variables: {
        input: {
          id: toGlobalId('District', w.district.id),
          version: await currentVersion(w, 'district', w.district.id),
          // Not the slug: other rows find the world's district by it.
          ncesLeaId: await unusedNcesLeaId(w),
        },
      },
    }),
  },
  {
    name: 'inviteMember',
    allowed: ['stateAdmin'],
    prepare: (w) =>
      Promise.resolve({
        query: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { email } ${payload} } }`,
        variables: {
          input: {
            organizationId: toGlobalId('StateAgency', w.stateAgency.id),
            email: `state-invitee-${uniqueSuffix()}@example.org`,
            role: Role.STATE_REVIEWER,
          },
        },
      }),
  },
  {
    // A district the state created and whose first admin it invites; other roles are its admins' call.
    name: 'inviteMember',
    allowed: ['stateAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { email } ${payload} } }`,
      variables: {
        input: {
          organizationId: toGlobalId('District', (await buildDistrict(w.em())).id),
          email: `first-admin-${uniqueSuffix()}@example.org`,
          role: Role.DISTRICT_ADMIN,
        },
      },
    }),
  },
  {
    name: 'changeMemberRole',
    allowed: ['stateAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } ${payload} } }`,
      variables: {
        input: { membershipId: await agencyMembership(w, Role.STATE_REVIEWER), role: Role.STATE_ADMIN },
      },
    }),
  },
  {
    name: 'removeMember',
    allowed: ['stateAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { membership { role } ${payload} } }`,
      variables: { input: { membershipId: await agencyMembership(w, Role.STATE_REVIEWER) } },
    }),
  },
  {
    name: 'revokeInvitation',
    allowed: ['stateAdmin'],
    async prepare(w) {
      const em = w.em();
      const invitation = em.create(Invitation, {
        secretHash: newSecret('phi').hash,
        email: `state-invitee-${uniqueSuffix()}@example.org`,
        role: Role.STATE_REVIEWER,
        stateAgency: w.stateAgency.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await em.flush();
      return {
        query: `mutation ($input: IdInput!) { revokeInvitation(input: $input) { invitation { email } ${payload} } }`,
        variables: { input: { id: toGlobalId('Invitation', invitation.id) } },
      };
    },
  },
  {
    name: 'StateAgency.members',
    allowed: ['stateAdmin'],
    prepare: () => Promise.resolve(agencyField('members { role }')),
  },
  {
    name: 'StateAgency.pendingInvitations',
    allowed: ['stateAdmin'],
    prepare: () => Promise.resolve(agencyField('pendingInvitations { email }')),
  },
];
