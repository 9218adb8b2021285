import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { pageFrom, toConnection } from '../../graphql/relay.js';
import { authorize } from '../access/index.js';
import { requestDistrictDocumentSubject } from '../partnerships/index.js';
import { actionsFor, canOnThreads } from './comment.access.js';
import { CommentTargetKind, CommentThreadState } from './comment.enums.js';
import { CommentThread } from './comment-thread.entity.js';
import { SUBMISSION_TYPE } from './comment.targets.js';
import type { CommentThreadArgs } from './comment.types.js';

const KINDS = Object.values(CommentTargetKind);

/**
 * Asserts the viewer may read (or write in) threads of that kind in the district.
 * @throws PublicError UNAUTHENTICATED or FORBIDDEN.
 */
export async function authorizeThreads(
  ctx: Context,
  kind: CommentTargetKind,
  districtId: number,
  mode: 'read' | 'write',
): Promise<void> {
  const action = actionsFor(kind)[mode];
  if (action === 'review:read' || action === 'review:comment') authorize(ctx.viewer, action, { districtId });
  else authorize(ctx.viewer, action, await requestDistrictDocumentSubject(ctx, districtId));
}

function badId(argument: string): never {
  throw new PublicError(ErrorCode.BAD_USER_INPUT, `"${argument}" is not an id of that kind.`, { argument });
}

/** One page of the district's threads the viewer may read, oldest first, narrowed by the arguments. */
export async function listThreads(ctx: Context, districtId: number, args: CommentThreadArgs) {
  let kinds: CommentTargetKind[];
  if (args.targetKind) {
    await authorizeThreads(ctx, args.targetKind, districtId, 'read');
    kinds = [args.targetKind];
  } else {
    kinds = [];
    for (const kind of KINDS) if (await canOnThreads(ctx, kind, districtId, 'read')) kinds.push(kind);
    if (!kinds.length) await authorizeThreads(ctx, CommentTargetKind.OBJECTIVE, districtId, 'read');
  }
  const where: FilterQuery<CommentThread> = { district: districtId, targetKind: { $in: kinds } };
  if (args.objectiveId) where.objective = idOfType(args.objectiveId, 'Objective') ?? badId('objectiveId');
  if (args.submissionId)
    where.submissionId = idOfType(args.submissionId, SUBMISSION_TYPE) ?? badId('submissionId');
  if (args.sectionKey) where.sectionKey = args.sectionKey;
  if (args.state === CommentThreadState.OPEN) where.resolvedAt = null;
  if (args.state === CommentThreadState.RESOLVED) where.resolvedAt = { $ne: null };
  const page = pageFrom(args);
  const [items, total] = await ctx.em.findAndCount(CommentThread, where, {
    orderBy: { id: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
  return toConnection(items, total, page);
}

/** How many threads are open in each district (every kind of target); districts with none are absent. */
export async function openCommentCounts(
  em: EntityManager,
  districtIds: readonly number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (!districtIds.length) return counts;
  const ids = [...new Set(districtIds)];
  const rows = await em
    .getConnection()
    .execute<{ d: number | string; n: number | string }[]>(
      `select district_id as d, count(*) as n from comment_thread where resolved_at is null and district_id in (${ids.map(() => '?').join(', ')}) group by district_id`,
      ids,
    );
  for (const row of rows) counts.set(Number(row.d), Number(row.n));
  return counts;
}
