import { ErrorCode, ROLE_LABELS, Role } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { userError } from '../../graphql/user-errors.js';
import { recordAudit } from '../audit/index.js';
import { Membership } from './membership.entity.js';
import {
  type OrganizationRef,
  auditScope,
  authorizeMembers,
  organizationOf,
  organizationScope,
  roleFits,
} from '../organizations/index.js';

const ADMIN_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.PARTNER_ADMIN, Role.STATE_ADMIN];

/**
 * The membership an id names, with its organization, after checking the viewer manages that
 * organization's members (or, for `allowSelf`, is the member).
 */
export async function loadManagedMembership(ctx: Context, globalId: string, { allowSelf = false } = {}) {
  const id = idOfType(globalId, 'Membership');
  const membership = id
    ? await ctx.em.findOne(Membership, id, { populate: ['district', 'partner', 'stateAgency', 'user'] })
    : null;
  if (!membership)
    throw new PublicError(ErrorCode.NOT_FOUND, `No membership has the id "${globalId}".`, {
      argument: 'input.membershipId',
    });
  const org = organizationOf(membership);
  const self = ctx.viewer.kind === 'user' && ctx.viewer.userId === membership.user.id;
  if (!(allowSelf && self)) await authorizeMembers(ctx, org);
  return { membership, org };
}

async function isLastAdmin(ctx: Context, membership: Membership): Promise<boolean> {
  if (!ADMIN_ROLES.includes(membership.role)) return false;
  const scope = organizationScope(organizationOf(membership));
  return (await ctx.em.count(Membership, { ...scope, role: membership.role })) <= 1;
}

const LAST_ADMIN = 'An organization needs at least one admin: make someone else admin first.';

/**
 * Changes a member's role; an organization always keeps an admin. The member's open collaboration
 * connections are decided again before this resolves.
 */
export async function changeMemberRole(
  ctx: Context,
  membership: Membership,
  org: OrganizationRef,
  role: Role,
) {
  if (!roleFits(org, role))
    return {
      membership: null,
      userErrors: [userError('role', `${ROLE_LABELS[role]} is not a role in ${org.name}.`)],
    };
  if (role !== membership.role && (await isLastAdmin(ctx, membership)))
    return { membership: null, userErrors: [userError('role', LAST_ADMIN, ErrorCode.INVALID)] };
  const before = membership.role;
  membership.role = role;
  if (before !== role)
    recordAudit(ctx.em, ctx, {
      action: 'membership.update',
      target: { type: 'Membership', id: membership.id },
      ...auditScope(org),
      changes: { role: { from: before, to: role } },
    });
  await ctx.em.flush();
  if (before !== role) await publishMembershipChange(ctx, membership);
  return { membership, userErrors: [] };
}

/**
 * Removes a member (or lets a member leave); an organization always keeps an admin. The member's open
 * collaboration connections are decided again before this resolves.
 */
export async function removeMember(ctx: Context, membership: Membership, org: OrganizationRef) {
  if (await isLastAdmin(ctx, membership))
    return { membership: null, userErrors: [userError('membershipId', LAST_ADMIN, ErrorCode.INVALID)] };
  recordAudit(ctx.em, ctx, {
    action: 'membership.delete',
    target: { type: 'Membership', id: membership.id },
    districtId: org.district?.id ?? null,
    partnerId: org.partner?.id ?? null,
    changes: { user: { from: membership.user.name, to: null }, role: { from: membership.role, to: null } },
  });
  ctx.em.remove(membership);
  await ctx.em.flush();
  await publishMembershipChange(ctx, membership);
  return { membership, userErrors: [] };
}

function publishMembershipChange(ctx: Context, membership: Membership): Promise<void> {
  return ctx.app.revocations.publish({
    kind: 'membership',
    userId: membership.user.id,
    // A state role reaches districts through the agency; the event names the user, whose
    // connections are all decided again whichever organization it names.
    organization: { districtId: membership.district?.id ?? null, partnerId: membership.partner?.id ?? null },
  });
}
