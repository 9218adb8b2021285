import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { recordAudit, saveAudited } from '../audit/index.js';
import { User } from '../identity/index.js';
import type { District } from '../organizations/index.js';
import { CommentThread } from './comment-thread.entity.js';
import { Comment } from './comment.entity.js';
import type {
  CommentThreadStateInput,
  CreateCommentThreadInput,
  DeleteCommentInput,
  ReplyToCommentThreadInput,
  UpdateCommentInput,
} from './comment.inputs.js';
import { notifyMentions } from './comment.notices.js';
import { checkMentions } from './comment.mentions.js';
import type { CommentPayload, CommentThreadPayload, DeleteCommentPayload } from './comment.payloads.js';
import { threadTarget } from './comment.targets.js';

const MAX_BODY = 10_000;
const MAX_COMMENTS = 500;

const audited = (thread: CommentThread) => ({
  target: { type: 'CommentThread', id: thread.id },
  districtId: thread.district.id,
});

/** Opens a thread with its first comment on one target of the district; audited, mentions mailed. */
export async function createCommentThread(
  ctx: Context,
  district: District,
  input: CreateCommentThreadInput,
): Promise<CommentThreadPayload> {
  const check = new InputChecks();
  const body = check.text('body', input.body, { max: MAX_BODY, required: true, multiline: true });
  const target = await threadTarget(ctx.em, check, district.id, input);
  const mentioned = await checkMentions(ctx.em, check, input.mentionIds, {
    kind: input.targetKind,
    districtId: district.id,
  });
  if (!check.ok) return { thread: null, userErrors: check.errors };
  const author = ctx.em.getReference(User, ctx.viewer.userId!);
  const thread = await ctx.em.transactional(async (tx) => {
    const created = tx.create(CommentThread, {
      district,
      targetKind: input.targetKind,
      createdBy: author,
      ...target,
    });
    tx.create(Comment, {
      thread: created,
      author,
      body: body!,
      mentionedUserIds: mentioned.map((u) => u.id),
    });
    await tx.flush();
    recordAudit(tx, ctx, {
      action: 'commentThread.create',
      ...audited(created),
      changes: {
        targetKind: { from: null, to: input.targetKind },
        body: { from: null, to: body },
        ...(target.quote ? { quote: { from: null, to: target.quote } } : {}),
      },
    });
    return created;
  });
  await notifyMentions(ctx, thread, `thread:${thread.id}`, body!, mentioned);
  return { thread, userErrors: [] };
}

/** Adds a comment at the end of a thread, resolved or not; audited, mentions mailed. */
export async function replyToCommentThread(
  ctx: Context,
  thread: CommentThread,
  input: ReplyToCommentThreadInput,
): Promise<CommentPayload> {
  const check = new InputChecks();
  const body = check.text('body', input.body, { max: MAX_BODY, required: true, multiline: true });
  const mentioned = await checkMentions(ctx.em, check, input.mentionIds, {
    kind: thread.targetKind,
    districtId: thread.district.id,
  });
  if (!check.ok) return { comment: null, thread: null, userErrors: check.errors };
  if ((await ctx.em.count(Comment, { thread })) >= MAX_COMMENTS)
    return {
      comment: null,
      thread: null,
      userErrors: [userError(null, `A thread holds at most ${MAX_COMMENTS} comments; open a new one.`)],
    };
  const comment = await ctx.em.transactional(async (tx) => {
    const created = tx.create(Comment, {
      thread,
      author: tx.getReference(User, ctx.viewer.userId!),
      body: body!,
      mentionedUserIds: mentioned.map((u) => u.id),
    });
    await tx.flush();
    recordAudit(tx, ctx, {
      action: 'comment.create',
      target: { type: 'Comment', id: created.id },
      districtId: thread.district.id,
      changes: { body: { from: null, to: body } },
    });
    return created;
  });
  await notifyMentions(ctx, thread, `comment:${comment.id}`, body!, mentioned);
  return { comment, thread, userErrors: [] };
}

/** Marks a thread resolved (or open again), refusing stale copies; audited. */
export async function setThreadResolved(
  ctx: Context,
  thread: CommentThread,
  input: CommentThreadStateInput,
  resolved: boolean,
): Promise<CommentThreadPayload> {
  if (resolved === (thread.resolvedAt != null))
    return {
      thread: null,
      userErrors: [
        userError(null, resolved ? 'The thread is already resolved.' : 'The thread is already open.'),
      ],
    };
  const userErrors = await saveAudited(ctx.em, ctx, {
    entity: thread,
    version: input.version,
    changes: resolved
      ? { resolvedAt: new Date(), resolvedBy: ctx.em.getReference(User, ctx.viewer.userId!) }
      : { resolvedAt: null, resolvedBy: null },
    record: { action: resolved ? 'commentThread.resolve' : 'commentThread.reopen', ...audited(thread) },
  });
  return userErrors.length ? { thread: null, userErrors } : { thread, userErrors: [] };
}

/** Changes the text of one's own comment, refusing stale copies; newly named people are mailed. */
export async function updateComment(
  ctx: Context,
  comment: Comment,
  input: UpdateCommentInput,
): Promise<CommentPayload> {
  const thread = comment.thread;
  const check = new InputChecks();
  const body = check.text('body', input.body, { max: MAX_BODY, required: true, multiline: true });
  const mentioned = await checkMentions(ctx.em, check, input.mentionIds, {
    kind: thread.targetKind,
    districtId: thread.district.id,
  });
  if (!check.ok) return { comment: null, thread: null, userErrors: check.errors };
  const fresh = mentioned.filter((u) => !comment.mentionedUserIds.includes(u.id));
  const userErrors = await saveAudited(ctx.em, ctx, {
    entity: comment,
    version: input.version,
    changes: { body: body!, mentionedUserIds: mentioned.map((u) => u.id) },
    record: {
      action: 'comment.update',
      target: { type: 'Comment', id: comment.id },
      districtId: thread.district.id,
    },
  });
  if (userErrors.length) return { comment: null, thread: null, userErrors };
  await notifyMentions(ctx, thread, `comment:${comment.id}`, body!, fresh);
  return { comment, thread, userErrors: [] };
}

/** Deletes one's own comment; deleting a thread's only comment deletes the thread. Audited. */
export async function deleteComment(
  ctx: Context,
  comment: Comment,
  input: DeleteCommentInput,
): Promise<DeleteCommentPayload> {
  if (comment.version !== input.version) return { deletedId: null, thread: null, userErrors: staleErrors() };
  const thread = comment.thread;
  const last = (await ctx.em.count(Comment, { thread })) === 1;
  await ctx.em.transactional(async (tx) => {
    recordAudit(tx, ctx, {
      action: 'comment.delete',
      target: { type: 'Comment', id: comment.id },
      districtId: thread.district.id,
      changes: { body: { from: comment.body, to: null } },
    });
    tx.remove(comment);
    if (last) {
      recordAudit(tx, ctx, { action: 'commentThread.delete', ...audited(thread) });
      tx.remove(thread);
    }
    await tx.flush();
  });
  return { deletedId: toGlobalId('Comment', comment.id), thread: last ? null : thread, userErrors: [] };
}
