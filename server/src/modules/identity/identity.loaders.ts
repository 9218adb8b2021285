import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { PublicError } from '../../graphql/errors.js';
import { ApiToken } from './api-token.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { authorizeMembers, authorizeTokens, organizationOf } from '../organizations/index.js';
import { User } from './user.entity.js';

const refOf = organizationOf;

/** Null instead of an error: `node(id:)` never tells strangers whether something exists. */
async function ifAllowed<T>(value: T | null, check: (v: T) => Promise<void>): Promise<T | null> {
  if (!value) return null;
  try {
    await check(value);
    return value;
  } catch (error) {
    if (error instanceof PublicError) return null;
    throw error;
  }
}

async function visibleUser(ctx: Context, id: number) {
  if (ctx.viewer.kind === 'anonymous') return null;
  if (ctx.viewer.userId === id) return ctx.em.findOne(User, id);
  const shared = await ctx.em.count(Membership, {
    user: id,
    $or: [
      {
        district: { $in: ctx.viewer.grants.map((g) => g.districtId).filter((x): x is number => x !== null) },
      },
      { partner: { $in: ctx.viewer.grants.map((g) => g.partnerId).filter((x): x is number => x !== null) } },
    ],
  });
  return shared ? ctx.em.findOne(User, id) : null;
}

export const identityNodeLoaders: NodeLoaders = {
  User: visibleUser,
  Membership: async (ctx, id) =>
    ifAllowed(await ctx.em.findOne(Membership, id, { populate: ['district', 'partner', 'user'] }), (m) =>
      ctx.viewer.userId === m.user.id ? Promise.resolve() : authorizeMembers(ctx, refOf(m)),
    ),
  Invitation: async (ctx, id) =>
    ifAllowed(await ctx.em.findOne(Invitation, id, { populate: ['district', 'partner'] }), (i) =>
      authorizeMembers(ctx, refOf(i)),
    ),
  ApiToken: async (ctx, id) =>
    ifAllowed(await ctx.em.findOne(ApiToken, id, { populate: ['district', 'partner'] }), (t) =>
      authorizeTokens(ctx, refOf(t)),
    ),
};
