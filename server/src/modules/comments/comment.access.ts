import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import { type Viewer, can } from '../access/index.js';
import { districtDocumentSubject, requestDistrictDocumentSubject } from '../partnerships/index.js';
import { CommentTargetKind } from './comment.enums.js';

/** The two questions asked of every thread: who reads it, who writes in it. */
export function actionsFor(kind: CommentTargetKind) {
  return kind === CommentTargetKind.VISION
    ? ({ read: 'vision:readComments', write: 'vision:comment' } as const)
    : ({ read: 'review:read', write: 'review:comment' } as const);
}

/** Whether the request's viewer may read (or write in) threads of that kind in the district. */
export async function canOnThreads(
  ctx: Context,
  kind: CommentTargetKind,
  districtId: number,
  mode: 'read' | 'write',
): Promise<boolean> {
  const action = actionsFor(kind)[mode];
  if (action === 'review:read' || action === 'review:comment') return can(ctx.viewer, action, { districtId });
  return can(ctx.viewer, action, await requestDistrictDocumentSubject(ctx, districtId));
}

/** The same question for someone other than the viewer (a person being mentioned). */
export async function otherMayRead(
  em: EntityManager,
  viewer: Viewer,
  kind: CommentTargetKind,
  districtId: number,
): Promise<boolean> {
  const action = actionsFor(kind).read;
  if (action === 'review:read') return can(viewer, action, { districtId });
  return can(viewer, action, await districtDocumentSubject(em, districtId));
}
