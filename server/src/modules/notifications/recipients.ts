import type { EntityManager } from '@mikro-orm/knex';
import type { Role } from '@partnerhub/shared';
import type { Viewer } from '../access/index.js';
import { Membership, grantsOfUser } from '../identity/index.js';

/** Members of one organization, all of them or those holding one of `roles`. */
export interface Audience {
  districtId?: number;
  partnerId?: number;
  stateAgencyId?: number;
  roles?: readonly Role[];
}

export interface Recipient {
  userId: number;
  email: string;
}

/**
 * The people of the audiences (and `userIds`) who may read what they would be told of, each asked as
 * the viewer their memberships make them now: the same rule that guards reading the thing decides.
 * The person who acted is left out.
 */
export async function recipientsOf(
  em: EntityManager,
  {
    audiences,
    userIds = [],
    mayRead,
    actorUserId,
  }: {
    audiences: readonly Audience[];
    userIds?: readonly number[];
    mayRead: (viewer: Viewer) => boolean | Promise<boolean>;
    actorUserId?: number | null;
  },
): Promise<Recipient[]> {
  const or = audiences.map((a) => ({
    ...(a.districtId !== undefined ? { district: a.districtId } : {}),
    ...(a.partnerId !== undefined ? { partner: a.partnerId } : {}),
    ...(a.stateAgencyId !== undefined ? { stateAgency: a.stateAgencyId } : {}),
    ...(a.roles ? { role: { $in: [...a.roles] } } : {}),
  }));
  if (userIds.length) or.push({ user: { $in: [...userIds] } } as never);
  if (!or.length) return [];
  const memberships = await em.find(Membership, { $or: or }, { populate: ['user'], orderBy: { id: 'asc' } });
  const users = new Map(memberships.map((m) => [m.user.id, m.user]));
  const recipients: Recipient[] = [];
  for (const user of users.values()) {
    if (user.id === actorUserId) continue;
    const viewer: Viewer = {
      kind: 'user',
      userId: user.id,
      sessionId: null,
      tokenId: null,
      label: user.name,
      grants: await grantsOfUser(em, user.id),
      readOnly: false,
    };
    if (await mayRead(viewer)) recipients.push({ userId: user.id, email: user.email });
  }
  return recipients;
}
