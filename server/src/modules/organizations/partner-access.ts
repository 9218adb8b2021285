import type { Context } from '../../graphql/context.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import { type PartnerSubject, authorize, can, partnerSubject, isSignedIn } from '../access/index.js';
import { PartnerOrganization } from './partner-organization.entity.js';

type PartnerAction = 'partner:update' | 'partner:archive' | 'partner:readPrivate';

/**
 * The partner's policy subject, computed once per request. Works for references and read-model rows
 * too: the entity is looked up by id (from the identity map when it is loaded already).
 */
function subjectOf(ctx: Context, partner: Pick<PartnerOrganization, 'id'>): Promise<PartnerSubject> {
  return oncePerRequest(ctx, `partner:subject:${partner.id}`, async () => {
    const entity = await ctx.em.findOneOrFail(PartnerOrganization, partner.id);
    return partnerSubject(ctx.em, entity);
  });
}

/** Whether the viewer may take the action on the partner; the public is refused without a query. */
export async function canOnPartner(
  ctx: Context,
  action: PartnerAction,
  partner: Pick<PartnerOrganization, 'id'>,
): Promise<boolean> {
  if (!isSignedIn(ctx.viewer)) return false;
  return can(ctx.viewer, action, await subjectOf(ctx, partner));
}

/**
 * Asserts the viewer may take the action on the partner.
 * @throws PublicError UNAUTHENTICATED for the public, FORBIDDEN otherwise.
 */
export async function authorizeOnPartner(
  ctx: Context,
  action: PartnerAction,
  partner: Pick<PartnerOrganization, 'id'>,
): Promise<void> {
  authorize(ctx.viewer, action, await subjectOf(ctx, partner));
}
