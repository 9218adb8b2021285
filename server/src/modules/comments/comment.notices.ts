import type { Context } from '../../graphql/context.js';
import type { User } from '../identity/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { District } from '../organizations/index.js';
import { otherMayRead } from './comment.access.js';
import type { CommentThread } from './comment-thread.entity.js';
import { CommentTargetKind } from './comment.enums.js';

const SECTION: Record<CommentTargetKind, { label: string; path: string }> = {
  [CommentTargetKind.VISION]: { label: 'the vision', path: 'vision' },
  [CommentTargetKind.OBJECTIVE]: { label: 'an objective of the plan', path: 'plan' },
  [CommentTargetKind.SUBMISSION_SECTION]: { label: 'the flexibility submission', path: 'flexibility' },
};

/**
 * Tells each person named in a comment where to read it (in the app, and by e-mail as they chose),
 * if they may read the thread now. Called after the comment committed: a notice that cannot be
 * recorded is logged and never undoes the comment; the author is not told of their own words.
 * `commentKey` names the comment, so naming the same person in it again tells them once.
 */
export async function notifyMentions(
  ctx: Context,
  thread: CommentThread,
  commentKey: string,
  body: string,
  mentioned: readonly User[],
): Promise<void> {
  if (!mentioned.length) return;
  try {
    const district = await ctx.em.findOneOrFail(District, thread.district.id);
    const where = SECTION[thread.targetKind];
    await notify(ctx.em, {
      kind: NotificationKind.COMMENT_MENTION,
      title: `${ctx.viewer.label} mentioned you in a comment on ${district.name}'s ${where.label.replace(/^(the|an) /, '')}`,
      body: [
        `${ctx.viewer.label} mentioned you in a comment on ${where.label} of ${district.name}:`,
        body.length > 2000 ? `${body.slice(0, 2000)}…` : body,
      ].join('\n\n'),
      path: `/workspace/d/${district.slug}/${where.path}`,
      dedupeKey: `mention:${commentKey}`,
      audiences: [],
      userIds: mentioned.map((u) => u.id),
      mayRead: (viewer) => otherMayRead(ctx.em, viewer, thread.targetKind, thread.district.id),
      actorUserId: ctx.viewer.userId,
    });
  } catch (error) {
    ctx.log.error({ err: error }, 'mention notifications could not be recorded');
  }
}
