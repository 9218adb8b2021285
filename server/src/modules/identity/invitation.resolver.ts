import { ErrorCode, Role } from '@partnerhub/shared';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { AcceptInvitationInput, IdInput, InviteMemberInput } from './identity.inputs.js';
import {
  AcceptInvitationPayload,
  InviteMemberPayload,
  RevokeInvitationPayload,
} from './identity.payloads.js';
import { InvitationPreview } from './identity.types.js';
import { Invitation } from './invitation.entity.js';
import {
  acceptInvitation,
  findInvitation,
  invitationStatus,
  inviteMember,
  organizationOfInvitation,
  revokeInvitation,
} from './invitation.service.js';
import { Membership } from './membership.entity.js';
import {
  type OrganizationRef,
  authorizeMembers,
  findStateAgency,
  loadOrganization,
} from '../organizations/index.js';
import { can, stateSubject } from '../access/index.js';
import { adoptSession } from './session.resolver.js';
import { startSession } from './session.service.js';
import { User } from './user.entity.js';
import { userView } from './viewer-view.js';

/**
 * Whether the viewer, an admin of the district's state agency, invites the first admin of a district
 * that has none yet (the state created it): until then nobody else speaks for the district.
 */
async function invitesFirstDistrictAdmin(ctx: Context, org: OrganizationRef, role: Role): Promise<boolean> {
  if (org.kind !== 'district' || role !== Role.DISTRICT_ADMIN) return false;
  const agency = await findStateAgency(ctx.em, org.district.state);
  if (!agency || !can(ctx.viewer, 'state:createDistrict', stateSubject(agency))) return false;
  return (await ctx.em.count(Membership, { district: org.district.id, role: Role.DISTRICT_ADMIN })) === 0;
}

@Resolver()
export class InvitationResolver {
  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'What an invitation link offers; null if unknown.',
  })
  async invitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<InvitationPreview | null> {
    const invitation = await findInvitation(ctx.em, token);
    if (!invitation) return null;
    return {
      email: invitation.email,
      role: invitation.role,
      organizationName: organizationOfInvitation(invitation).name,
      status: invitationStatus(invitation),
      accountExists: (await ctx.em.count(User, { email: invitation.email })) > 0,
      expiresAt: invitation.expiresAt,
    };
  }

  @Mutation(() => InviteMemberPayload, {
    description: 'Invites someone by e-mail to join an organization with a role.',
  })
  async inviteMember(@Arg('input') input: InviteMemberInput, @Ctx() ctx: Context) {
    const org = await loadOrganization(ctx, input.organizationId);
    if (!(await invitesFirstDistrictAdmin(ctx, org, input.role))) await authorizeMembers(ctx, org);
    return inviteMember({ ctx, org, email: input.email, role: input.role });
  }

  @Mutation(() => RevokeInvitationPayload, {
    description: 'Withdraws a pending invitation; its link stops working.',
  })
  async revokeInvitation(@Arg('input') input: IdInput, @Ctx() ctx: Context) {
    const id = idOfType(input.id, 'Invitation');
    const invitation = id
      ? await ctx.em.findOne(Invitation, id, { populate: ['district', 'partner', 'stateAgency'] })
      : null;
    if (!invitation)
      throw new PublicError(ErrorCode.NOT_FOUND, `No invitation has the id "${input.id}".`, {
        argument: 'input.id',
      });
    const org = organizationOfInvitation(invitation);
    await authorizeMembers(ctx, org);
    await revokeInvitation({ ctx, invitation, org });
    return { invitation, userErrors: [] };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: 'Accepts an invitation: joins as the signed-in person, or creates an account and signs in.',
  })
  async acceptInvitation(
    @Arg('input') input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<AcceptInvitationPayload> {
    const result = await acceptInvitation({
      ctx,
      secret: input.token,
      name: input.name,
      password: input.password,
    });
    if (!result.membership || !result.userId)
      return { membership: null, viewer: null, userErrors: result.errors };
    ctx.em.clear();
    if (ctx.viewer.kind !== 'user') {
      const user = await ctx.em.findOneOrFail(User, result.userId);
      await adoptSession(ctx, await startSession(ctx.em, user, ctx, ctx.app.sessionTtlDays));
    }
    const membership = await ctx.em.findOneOrFail(Membership, result.membership.id, {
      populate: ['district', 'partner', 'stateAgency', 'user'],
    });
    return { membership, viewer: await userView(ctx.em, result.userId), userErrors: [] };
  }
}
