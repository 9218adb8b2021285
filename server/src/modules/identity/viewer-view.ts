import type { EntityManager } from '@mikro-orm/knex';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';
import { ViewerKind, type ViewerType } from './identity.types.js';
import type { Viewer } from '../access/index.js';
import { ApiTokenScope } from '@partnerhub/shared';

/** The GraphQL view of a viewer, with memberships and their organizations loaded. */
export async function viewerView(em: EntityManager, viewer: Viewer): Promise<ViewerType> {
  if (viewer.kind === 'token')
    return {
      kind: ViewerKind.API_TOKEN,
      user: null,
      memberships: [],
      apiTokenScope: viewer.readOnly ? ApiTokenScope.READ : ApiTokenScope.READ_WRITE,
    };
  if (viewer.kind === 'anonymous' || viewer.userId === null)
    return { kind: ViewerKind.ANONYMOUS, user: null, memberships: [], apiTokenScope: null };
  return userView(em, viewer.userId);
}

/** The view of a signed-in user by id (also right after signing in, before the viewer exists). */
export async function userView(em: EntityManager, userId: number): Promise<ViewerType> {
  const [user, memberships] = await Promise.all([
    em.findOneOrFail(User, userId),
    em.find(
      Membership,
      { user: userId },
      { populate: ['district', 'partner', 'stateAgency'], orderBy: { id: 'asc' } },
    ),
  ]);
  return { kind: ViewerKind.USER, user, memberships, apiTokenScope: null };
}
