import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { canOnThreads } from './comment.access.js';
import { CommentMutations } from './comment.mutations.js';
import { CommentResolver, CommentThreadResolver, DistrictCommentsResolver } from './comment.resolver.js';
import { CommentThread } from './comment-thread.entity.js';
import { Comment } from './comment.entity.js';

export { CommentThread } from './comment-thread.entity.js';
export { Comment } from './comment.entity.js';
export { registerCommentEnums } from './comment.enums.js';
export { openCommentCounts } from './comment.read.js';
export { provideSubmissionDistrict } from './comment.targets.js';

export const commentResolvers = [
  DistrictCommentsResolver,
  CommentThreadResolver,
  CommentResolver,
  CommentMutations,
] as const;

const readable = async (ctx: Context, thread: CommentThread | null) =>
  thread && (await canOnThreads(ctx, thread.targetKind, thread.district.id, 'read')) ? thread : null;

export const commentNodeLoaders: NodeLoaders = {
  CommentThread: async (ctx, id) => readable(ctx, await ctx.em.findOne(CommentThread, id)),
  Comment: async (ctx, id) => {
    const comment = await ctx.em.findOne(Comment, id, { populate: ['thread'] });
    return comment && (await readable(ctx, comment.thread)) ? comment : null;
  },
};
