import type { EntityManager } from '@mikro-orm/core';
import { Comment, CommentThread } from '../../modules/comments/index.js';
import { User } from '../../modules/identity/index.js';
import type { District } from '../../modules/organizations/index.js';
import type { Objective } from '../../modules/planning/index.js';
import * as Y from 'yjs';

/** An encoded relative position at the start of a vision paragraph's text. */
export const VISION_START = Buffer.from(
  Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('t'), 0)),
).toString('base64');

/** An open thread written straight through the entities (no audit entry), with one comment by `authorId`. */
export async function buildCommentThread(
  em: EntityManager,
  district: District,
  authorId: number,
  target: { objective: Objective } | { vision: true },
): Promise<{ thread: CommentThread; comment: Comment }> {
  const author = em.getReference(User, authorId);
  const thread = em.create(CommentThread, {
    district,
    createdBy: author,
    ...('objective' in target
      ? { targetKind: 'OBJECTIVE', objective: target.objective }
      : {
          targetKind: 'VISION',
          anchorStart: VISION_START,
          anchorEnd: VISION_START,
          quote: 'Every learner thrives.',
        }),
  });
  const comment = em.create(Comment, { thread, author, body: 'Which schools start first?' });
  await em.persist([thread, comment]).flush();
  return { thread, comment };
}
