import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import {
  District,
  PartnerOrganization,
  StateAgency,
  authorizeMembers,
  authorizeTokens,
  organizationOf,
  organizationScope,
  type OrganizationRef,
} from '../organizations/index.js';
import { ApiToken } from './api-token.entity.js';
import { ChangeMemberRoleInput, RemoveMemberInput } from './identity.inputs.js';
import { MembershipPayload } from './identity.payloads.js';
import { Invitation } from './invitation.entity.js';
import { changeMemberRole, loadManagedMembership, removeMember } from './membership.service.js';
import { Membership } from './membership.entity.js';
import { can, districtSubject, partnerSubject, stateSubject } from '../access/index.js';
import { User } from './user.entity.js';

async function membersOf(ctx: Context, org: OrganizationRef) {
  await authorizeMembers(ctx, org);
  return ctx.em.find(Membership, organizationScope(org), {
    populate: ['user', 'district', 'partner', 'stateAgency'],
    orderBy: { id: 'asc' },
  });
}

async function pendingInvitationsOf(ctx: Context, org: OrganizationRef) {
  await authorizeMembers(ctx, org);
  return ctx.em.find(
    Invitation,
    { ...organizationScope(org), acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { id: 'desc' } },
  );
}

async function tokensOf(ctx: Context, org: OrganizationRef) {
  await authorizeTokens(ctx, org);
  return ctx.em.find(ApiToken, organizationScope(org), { orderBy: { id: 'desc' } });
}

const districtRef = (district: District) => organizationOf({ district });
const partnerRef = (partner: PartnerOrganization) => organizationOf({ partner });

@Resolver(() => District)
export class DistrictMembersResolver {
  @FieldResolver(() => [Membership], { description: 'People and their roles (district admins).' })
  members(@Root() district: District, @Ctx() ctx: Context) {
    return membersOf(ctx, districtRef(district));
  }

  @FieldResolver(() => [Invitation], { description: 'Pending invitations (district admins).' })
  pendingInvitations(@Root() district: District, @Ctx() ctx: Context) {
    return pendingInvitationsOf(ctx, districtRef(district));
  }

  @FieldResolver(() => [ApiToken], { description: 'API tokens, including revoked ones (district admins).' })
  apiTokens(@Root() district: District, @Ctx() ctx: Context) {
    return tokensOf(ctx, districtRef(district));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may invite, change and remove members.' })
  viewerCanManageMembers(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'district:manageMembers', districtSubject(district));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may create and revoke API tokens.' })
  viewerCanManageTokens(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'district:manageTokens', districtSubject(district));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may read the audit log.' })
  viewerCanReadAudit(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'district:readAudit', districtSubject(district));
  }
}

@Resolver(() => PartnerOrganization)
export class PartnerMembersResolver {
  @FieldResolver(() => [Membership], {
    description: "People and their roles (the partner's admins, partnered district admins).",
  })
  members(@Root() partner: PartnerOrganization, @Ctx() ctx: Context) {
    return membersOf(ctx, partnerRef(partner));
  }

  @FieldResolver(() => [Invitation], { description: 'Pending invitations (same people as `members`).' })
  pendingInvitations(@Root() partner: PartnerOrganization, @Ctx() ctx: Context) {
    return pendingInvitationsOf(ctx, partnerRef(partner));
  }

  @FieldResolver(() => [ApiToken], {
    description: "API tokens, including revoked ones (the partner's admins).",
  })
  apiTokens(@Root() partner: PartnerOrganization, @Ctx() ctx: Context) {
    return tokensOf(ctx, partnerRef(partner));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may invite, change and remove members.' })
  async viewerCanManageMembers(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'anonymous') return false;
    return can(ctx.viewer, 'partner:manageMembers', await partnerSubject(ctx.em, partner));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may create and revoke API tokens.' })
  async viewerCanManageTokens(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'anonymous') return false;
    return can(ctx.viewer, 'partner:manageTokens', await partnerSubject(ctx.em, partner));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may read the audit log.' })
  async viewerCanReadAudit(@Root() partner: PartnerOrganization, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'anonymous') return false;
    return can(ctx.viewer, 'partner:readAudit', await partnerSubject(ctx.em, partner));
  }
}

@Resolver(() => StateAgency)
export class StateAgencyMembersResolver {
  @FieldResolver(() => [Membership], { description: 'People and their roles (state admins).' })
  members(@Root() stateAgency: StateAgency, @Ctx() ctx: Context) {
    return membersOf(ctx, organizationOf({ stateAgency }));
  }

  @FieldResolver(() => [Invitation], { description: 'Pending invitations (state admins).' })
  pendingInvitations(@Root() stateAgency: StateAgency, @Ctx() ctx: Context) {
    return pendingInvitationsOf(ctx, organizationOf({ stateAgency }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may invite, change and remove members.' })
  viewerCanManageMembers(@Root() stateAgency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:manageMembers', stateSubject(stateAgency));
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Visible to the person and to people who share an organization with them; null otherwise.',
  })
  async email(@Root() user: User, @Ctx() ctx: Context): Promise<string | null> {
    const v = ctx.viewer;
    if (v.kind === 'anonymous') return null;
    if (v.userId === user.id) return user.email;
    const theirs = await ctx.em.find(Membership, { user: user.id });
    const shares = theirs.some((m) =>
      v.grants.some(
        (g) =>
          (m.district && g.districtId === m.district.id) ||
          (m.partner && g.partnerId === m.partner.id) ||
          (m.stateAgency && g.stateAgencyId === m.stateAgency.id && g.districtId === null),
      ),
    );
    return shares ? user.email : null;
  }
}

@Resolver()
export class MembershipMutations {
  @Mutation(() => MembershipPayload, { description: "Changes a member's role (organization admins)." })
  async changeMemberRole(@Arg('input') input: ChangeMemberRoleInput, @Ctx() ctx: Context) {
    const { membership, org } = await loadManagedMembership(ctx, input.membershipId);
    return changeMemberRole(ctx, membership, org, input.role);
  }

  @Mutation(() => MembershipPayload, {
    description: 'Removes a member (organization admins), or leaves (the member).',
  })
  async removeMember(@Arg('input') input: RemoveMemberInput, @Ctx() ctx: Context) {
    const { membership, org } = await loadManagedMembership(ctx, input.membershipId, { allowSelf: true });
    return removeMember(ctx, membership, org);
  }
}
