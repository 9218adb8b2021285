import type { Context } from '../../graphql/context.js';
import type { User } from '../identity/index.js';
import { District } from '../organizations/index.js';
import type { CommentThread } from './comment-thread.entity.js';
import { CommentTargetKind } from './comment.enums.js';

const SECTION: Record<CommentTargetKind, { label: string; path: string }> = {
  [CommentTargetKind.VISION]: { label: 'the vision', path: 'vision' },
  [CommentTargetKind.OBJECTIVE]: { label: 'an objective of the plan', path: 'plan' },
  [CommentTargetKind.SUBMISSION_SECTION]: { label: 'the flexibility submission', path: 'flexibility' },
};

/**
 * Tells each person named in a comment where to read it. A failed delivery is logged and never undoes
 * the comment; the author is not mailed about their own words.
 */
export async function mailMentions(
  ctx: Context,
  thread: CommentThread,
  body: string,
  mentioned: readonly User[],
): Promise<void> {
  const recipients = mentioned.filter((u) => u.id !== ctx.viewer.userId);
  if (!recipients.length) return;
  const district = await ctx.em.findOneOrFail(District, thread.district.id);
  const where = SECTION[thread.targetKind];
  const link = `${ctx.app.publicUrl}/workspace/d/${district.slug}/${where.path}`;
  for (const user of recipients) {
    try {
      await ctx.app.mailer.send({
        to: user.email,
        subject: `${ctx.viewer.label} mentioned you in a comment on ${district.name}'s ${where.label.replace(/^(the|an) /, '')}`,
        text: [
          `${ctx.viewer.label} mentioned you in a comment on ${where.label} of ${district.name}:`,
          '',
          body.length > 2000 ? `${body.slice(0, 2000)}…` : body,
          '',
          `Read and answer it in your workspace: ${link}`,
        ].join('\n'),
      });
    } catch (error) {
      ctx.log.error({ err: error }, 'mention e-mail failed');
    }
  }
}
