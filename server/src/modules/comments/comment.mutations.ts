import { ErrorCode } from '@partnerhub/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { loadNode } from '../../graphql/load-node.js';
import { District } from '../organizations/index.js';
import {
  CommentThreadStateInput,
  CreateCommentThreadInput,
  DeleteCommentInput,
  ReplyToCommentThreadInput,
  UpdateCommentInput,
} from './comment.inputs.js';
import { CommentPayload, CommentThreadPayload, DeleteCommentPayload } from './comment.payloads.js';
import { authorizeThreads } from './comment.read.js';
import { threadOf } from './comment.resolver.js';
import {
  createCommentThread,
  deleteComment,
  replyToCommentThread,
  setThreadResolved,
  updateComment,
} from './comment.service.js';
import { CommentThread } from './comment-thread.entity.js';
import { Comment } from './comment.entity.js';

/** Comments are people's words: an API token may read threads but never write in them. */
function assertPerson(ctx: Context): void {
  if (ctx.viewer.kind !== 'user')
    throw new PublicError(ErrorCode.FORBIDDEN, 'Comments are written by people, not by API tokens.');
}

async function writableThread(ctx: Context, id: string): Promise<CommentThread> {
  const thread = await loadNode(ctx, CommentThread, id, { argument: 'input.threadId' });
  await authorizeThreads(ctx, thread.targetKind, thread.district.id, 'write');
  assertPerson(ctx);
  return thread;
}

/** One's own comment in a thread one may still write in. */
async function ownComment(ctx: Context, id: string): Promise<Comment> {
  const comment = await loadNode(ctx, Comment, id, { argument: 'input.id' });
  const thread = await threadOf(ctx, comment);
  await authorizeThreads(ctx, thread.targetKind, thread.district.id, 'write');
  assertPerson(ctx);
  if (comment.author.id !== ctx.viewer.userId)
    throw new PublicError(ErrorCode.FORBIDDEN, 'Only its author changes or deletes a comment.');
  return comment;
}

@Resolver()
export class CommentMutations {
  @Mutation(() => CommentThreadPayload, {
    description:
      'Opens a thread on a submission section or an objective (district staff, state staff) or on a range of the vision text (people who edit the vision, state staff).',
  })
  async createCommentThread(@Arg('input') input: CreateCommentThreadInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    await authorizeThreads(ctx, input.targetKind, district.id, 'write');
    assertPerson(ctx);
    return createCommentThread(ctx, district, input);
  }

  @Mutation(() => CommentPayload, { description: 'Adds a comment to a thread (whoever may open one there).' })
  async replyToCommentThread(@Arg('input') input: ReplyToCommentThreadInput, @Ctx() ctx: Context) {
    return replyToCommentThread(ctx, await writableThread(ctx, input.threadId), input);
  }

  @Mutation(() => CommentThreadPayload, { description: 'Marks a thread resolved (whoever may reply).' })
  async resolveCommentThread(@Arg('input') input: CommentThreadStateInput, @Ctx() ctx: Context) {
    return setThreadResolved(ctx, await writableThread(ctx, input.threadId), input, true);
  }

  @Mutation(() => CommentThreadPayload, { description: 'Opens a resolved thread again (whoever may reply).' })
  async reopenCommentThread(@Arg('input') input: CommentThreadStateInput, @Ctx() ctx: Context) {
    return setThreadResolved(ctx, await writableThread(ctx, input.threadId), input, false);
  }

  @Mutation(() => CommentPayload, { description: 'Changes the text of your own comment.' })
  async updateComment(@Arg('input') input: UpdateCommentInput, @Ctx() ctx: Context) {
    return updateComment(ctx, await ownComment(ctx, input.id), input);
  }

  @Mutation(() => DeleteCommentPayload, {
    description: 'Deletes your own comment; deleting the only comment of a thread deletes the thread.',
  })
  async deleteComment(@Arg('input') input: DeleteCommentInput, @Ctx() ctx: Context) {
    return deleteComment(ctx, await ownComment(ctx, input.id), input);
  }
}
