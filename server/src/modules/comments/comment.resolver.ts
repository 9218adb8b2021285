import { ErrorCode } from '@partnerhub/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { User } from '../identity/index.js';
import { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { canOnThreads } from './comment.access.js';
import { CommentTargetKind } from './comment.enums.js';
import { mentionCandidates } from './comment.mentions.js';
import { authorizeThreads, listThreads, openCommentCounts } from './comment.read.js';
import { CommentThread } from './comment-thread.entity.js';
import { Comment } from './comment.entity.js';
import { SUBMISSION_TYPE } from './comment.targets.js';
import { CommentPerson, CommentThreadArgs, CommentThreadConnection, VisionAnchor } from './comment.types.js';

const person = (user: User): CommentPerson => ({ id: toGlobalId('User', user.id), name: user.name });

@Resolver(() => District)
export class DistrictCommentsResolver {
  @FieldResolver(() => CommentThreadConnection, {
    description:
      "Comment threads on the district's submissions, objectives and vision that you may read, oldest first.",
  })
  commentThreads(@Root() district: District, @Args() args: CommentThreadArgs, @Ctx() ctx: Context) {
    return listThreads(ctx, district.id, args);
  }

  @FieldResolver(() => Int, {
    description: 'How many comment threads are open in the district (district staff and its state staff).',
  })
  async openCommentCount(@Root() district: District, @Ctx() ctx: Context): Promise<number> {
    await authorizeThreads(ctx, CommentTargetKind.OBJECTIVE, district.id, 'read');
    return (await openCommentCounts(ctx.em, [district.id])).get(district.id) ?? 0;
  }

  @FieldResolver(() => [CommentPerson], {
    description: 'People who can read threads of that kind and whose name contains `search`, to mention.',
  })
  async commentMentionCandidates(
    @Root() district: District,
    @Arg('targetKind', () => CommentTargetKind, { defaultValue: CommentTargetKind.OBJECTIVE })
    targetKind: CommentTargetKind,
    @Arg('search', () => String, { defaultValue: '' }) search: string,
    @Ctx() ctx: Context,
  ): Promise<CommentPerson[]> {
    await authorizeThreads(ctx, targetKind, district.id, 'write');
    return (await mentionCandidates(ctx, district, targetKind, search)).map(person);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may comment on its submissions and objectives.' })
  viewerCanReviewComment(@Root() district: District, @Ctx() ctx: Context): Promise<boolean> {
    return canOnThreads(ctx, CommentTargetKind.OBJECTIVE, district.id, 'write');
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may read the comments on the vision text.' })
  viewerCanReadVisionComments(@Root() district: District, @Ctx() ctx: Context): Promise<boolean> {
    return canOnThreads(ctx, CommentTargetKind.VISION, district.id, 'read');
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may comment on the vision text.' })
  viewerCanCommentOnVision(@Root() district: District, @Ctx() ctx: Context): Promise<boolean> {
    return canOnThreads(ctx, CommentTargetKind.VISION, district.id, 'write');
  }
}

@Resolver(() => CommentThread)
export class CommentThreadResolver {
  @FieldResolver(() => Objective, { nullable: true, description: 'The objective, for OBJECTIVE threads.' })
  async objective(@Root() thread: CommentThread, @Ctx() ctx: Context): Promise<Objective | null> {
    return thread.objective ? ctx.em.findOne(Objective, thread.objective.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The submission, for SUBMISSION_SECTION threads.' })
  submissionId(@Root() thread: CommentThread): string | null {
    return thread.submissionId ? toGlobalId(SUBMISSION_TYPE, thread.submissionId) : null;
  }

  @FieldResolver(() => VisionAnchor, { nullable: true, description: 'The range, for VISION threads.' })
  anchor(@Root() thread: CommentThread): VisionAnchor | null {
    return thread.anchorStart && thread.anchorEnd
      ? { start: thread.anchorStart, end: thread.anchorEnd, quote: thread.quote ?? '' }
      : null;
  }

  @FieldResolver(() => Boolean)
  resolved(@Root() thread: CommentThread): boolean {
    return thread.resolvedAt != null;
  }

  @FieldResolver(() => String, { nullable: true })
  async resolvedByName(@Root() thread: CommentThread, @Ctx() ctx: Context): Promise<string | null> {
    return thread.resolvedBy ? ((await ctx.em.findOne(User, thread.resolvedBy.id))?.name ?? null) : null;
  }

  @FieldResolver(() => [Comment], { description: 'Every comment, oldest first (at most 500).' })
  comments(@Root() thread: CommentThread, @Ctx() ctx: Context): Promise<Comment[]> {
    return ctx.em.find(Comment, { thread }, { orderBy: { id: 'asc' }, populate: ['author'] });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may reply, resolve and reopen it.' })
  viewerCanReply(@Root() thread: CommentThread, @Ctx() ctx: Context): Promise<boolean> {
    return mayWrite(ctx, thread);
  }
}

const mayWrite = async (ctx: Context, thread: CommentThread) =>
  ctx.viewer.kind === 'user' && (await canOnThreads(ctx, thread.targetKind, thread.district.id, 'write'));

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => String)
  async authorName(@Root() comment: Comment, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.em.findOneOrFail(User, comment.author.id)).name;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it was changed after it was written.' })
  edited(@Root() comment: Comment): boolean {
    return comment.version > 1;
  }

  @FieldResolver(() => [CommentPerson], { description: 'The people named in it.' })
  async mentions(@Root() comment: Comment, @Ctx() ctx: Context): Promise<CommentPerson[]> {
    if (!comment.mentionedUserIds.length) return [];
    return (
      await ctx.em.find(User, { id: { $in: comment.mentionedUserIds } }, { orderBy: { name: 'asc' } })
    ).map(person);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you wrote it and may still change or delete it.' })
  async viewerCanEdit(@Root() comment: Comment, @Ctx() ctx: Context): Promise<boolean> {
    return comment.author.id === ctx.viewer.userId && (await mayWrite(ctx, await threadOf(ctx, comment)));
  }
}

/** The comment's thread, loaded. */
export async function threadOf(ctx: Context, comment: Comment): Promise<CommentThread> {
  const thread = await ctx.em.findOne(CommentThread, comment.thread.id);
  if (!thread) throw new PublicError(ErrorCode.NOT_FOUND, 'The thread of this comment is gone.');
  return thread;
}
