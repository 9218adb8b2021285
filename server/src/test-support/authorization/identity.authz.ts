import { Role } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import type { AuthzCase, AuthzWorld } from '../authz.js';
import { buildDistrict } from '../factories.js';
import { TEST_PASSWORD, buildApiToken, buildMember, buildUser } from '../identity-factories.js';
import { inviteFixture, resetFixture } from '../identity-fixtures.js';
import { User } from '../../modules/identity/index.js';

const districtId = (w: AuthzWorld) => toGlobalId('District', w.district.id);
const partnerId = (w: AuthzWorld) => toGlobalId('PartnerOrganization', w.partner.id);
const payload = 'userErrors { code message }';

export const authzCases: AuthzCase[] = [
  {
    name: 'signIn',
    allowed: 'everyone',
    async prepare(w) {
      const user = await buildUser(w.em());
      return {
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { kind } ${payload} } }`,
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      };
    },
  },
  {
    name: 'signOut',
    allowed: 'everyone',
    prepare: async () => ({ query: `mutation { signOut { endedSessions ${payload} } }` }),
  },
  {
    name: 'signOutEverywhere',
    allowed: 'everyone',
    prepare: async () => ({ query: `mutation { signOutEverywhere { endedSessions ${payload} } }` }),
  },
  {
    name: 'requestPasswordReset',
    allowed: 'everyone',
    async prepare(w) {
      const user = await buildUser(w.em());
      return {
        query: `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ${payload} } }`,
        variables: { input: { email: user.email } },
      };
    },
  },
  {
    name: 'resetPassword',
    allowed: 'everyone',
    async prepare(w) {
      return {
        query: `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { viewer { kind } ${payload} } }`,
        variables: { input: { token: await resetFixture(w.em()), password: 'a brand new passphrase' } },
      };
    },
  },
  {
    name: 'acceptInvitation',
    allowed: 'everyone',
    async prepare(w, actor) {
      const district = await buildDistrict(w.em());
      // An invitation is for one address: a signed-in person accepts one sent to their own.
      const { userId } = w.viewers[actor];
      const email = userId === null ? undefined : (await w.em().findOneOrFail(User, userId)).email;
      return {
        query: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { role } ${payload} } }`,
        variables: {
          input: {
            token: await inviteFixture(w.em(), district, { email }),
            name: 'New Person',
            password: 'a long enough passphrase',
          },
        },
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
          organizationId: districtId(w),
          email: `x${Math.random()}@example.org`,
          role: Role.DISTRICT_STAFF,
        },
      },
    }),
  },
  {
    // A partner with an admin of its own: no district may bring people into it.
    name: 'inviteMember',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } ${payload} } }`,
      variables: {
        input: {
          organizationId: partnerId(w),
          email: `y${Math.random()}@example.org`,
          role: Role.PARTNER_MEMBER,
        },
      },
    }),
  },
  {
    name: 'revokeInvitation',
    allowed: ['districtAdmin'],
    async prepare(w) {
      const id = await inviteFixture(w.em(), w.district, { returnId: true });
      return {
        query: `mutation ($input: IdInput!) { revokeInvitation(input: $input) { invitation { status: email } ${payload} } }`,
        variables: { input: { id: toGlobalId('Invitation', Number(id)) } },
      };
    },
  },
  {
    name: 'changeMemberRole',
    allowed: ['districtAdmin'],
    async prepare(w) {
      const em = w.em();
      const user = await buildMember(em, Role.DISTRICT_STAFF, { district: w.district });
      const membershipId = await em
        .getConnection()
        .execute<{ id: number }[]>('select id from membership where user_id = ?', [user.id]);
      return {
        query: `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } ${payload} } }`,
        variables: {
          input: { membershipId: toGlobalId('Membership', membershipId[0]!.id), role: Role.DISTRICT_ADMIN },
        },
      };
    },
  },
  {
    name: 'removeMember',
    allowed: ['districtAdmin'],
    async prepare(w) {
      const em = w.em();
      const user = await buildMember(em, Role.DISTRICT_STAFF, { district: w.district });
      const rows = await em
        .getConnection()
        .execute<{ id: number }[]>('select id from membership where user_id = ?', [user.id]);
      return {
        query: `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { membership { role } ${payload} } }`,
        variables: { input: { membershipId: toGlobalId('Membership', rows[0]!.id) } },
      };
    },
  },
  {
    name: 'createApiToken',
    allowed: ['districtAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret ${payload} } }`,
      variables: { input: { organizationId: districtId(w), name: 'Integration', scope: 'READ_WRITE' } },
    }),
  },
  {
    name: 'createApiToken',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret ${payload} } }`,
      variables: { input: { organizationId: partnerId(w), name: 'HR system', scope: 'READ' } },
    }),
  },
  {
    name: 'revokeApiToken',
    allowed: ['districtAdmin'],
    async prepare(w) {
      const em = w.em();
      await buildApiToken(em, 'READ', { district: w.district });
      const rows = await em.getConnection().execute<{ id: number }[]>('select max(id) as id from api_token');
      return {
        query: `mutation ($input: IdInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } ${payload} } }`,
        variables: { input: { id: toGlobalId('ApiToken', rows[0]!.id) } },
      };
    },
  },
  ...(
    [
      ['District.members', ['districtAdmin'], 'district', 'members { role }'],
      ['District.pendingInvitations', ['districtAdmin'], 'district', 'pendingInvitations { email }'],
      ['District.apiTokens', ['districtAdmin'], 'district', 'apiTokens { name }'],
      ['PartnerOrganization.members', ['partnerAdmin'], 'partnerOrganization', 'members { role }'],
      [
        'PartnerOrganization.pendingInvitations',
        ['partnerAdmin'],
        'partnerOrganization',
        'pendingInvitations { email }',
      ],
      ['PartnerOrganization.apiTokens', ['partnerAdmin'], 'partnerOrganization', 'apiTokens { name }'],
    ] as const
  ).map(([name, allowed, root, selection]): AuthzCase => ({
    name,
    allowed,
    prepare: async (w) => ({
      query: `query ($slug: String!) { ${root}(slug: $slug) { ${selection} } }`,
      variables: { slug: root === 'district' ? w.district.slug : w.partner.slug },
    }),
  })),
  {
    name: 'Query.auditLog',
    allowed: ['districtAdmin'],
    prepare: async (w) => ({
      query: `query ($id: ID!) { auditLog(organizationId: $id, first: 5) { totalCount nodes { action } } }`,
      variables: { id: districtId(w) },
    }),
  },
  {
    name: 'Query.auditLog',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `query ($id: ID!) { auditLog(organizationId: $id, first: 5) { totalCount } }`,
      variables: { id: partnerId(w) },
    }),
  },
];
