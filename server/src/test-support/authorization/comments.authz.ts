import { toGlobalId } from '../../graphql/global-id.js';
import { type Actor, type AuthzCase, type AuthzWorld, DISTRICT_READERS } from '../authz.js';
import { VISION_START, buildCommentThread } from '../factories/comments.js';
import { buildGoal, buildObjective } from '../factories/plan.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;
/**
 * People of the district and its state's staff; API tokens never write comments, a reviewer a district
 * invited only reads, and the world's partner does not take part in the vision.
 */
const COMMENTERS: readonly Actor[] = ['districtAdmin', 'districtStaff', 'stateAdmin', 'stateReviewer'];

async function objectiveThread(world: AuthzWorld, actor: Actor) {
  const em = world.em();
  const objective = await buildObjective(em, await buildGoal(em, world.district));
  const author = world.viewers[actor].userId ?? world.viewers.districtStaff.userId!;
  return { objective, ...(await buildCommentThread(em, world.district, author, { objective })) };
}

export const authzCases: AuthzCase[] = [
  {
    name: 'createCommentThread',
    allowed: COMMENTERS,
    async prepare(world) {
      const em = world.em();
      const objective = await buildObjective(em, await buildGoal(em, world.district));
      return {
        query: mutation('createCommentThread', 'CreateCommentThreadInput'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            targetKind: 'OBJECTIVE',
            objectiveId: toGlobalId('Objective', objective.id),
            body: 'Which schools start first?',
          },
        },
      };
    },
  },
  {
    name: 'createCommentThread',
    allowed: COMMENTERS,
    async prepare(world) {
      return {
        query: mutation('createCommentThread', 'CreateCommentThreadInput'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            targetKind: 'VISION',
            anchor: { start: VISION_START, end: VISION_START, quote: 'Every learner thrives.' },
            body: 'Who wrote this sentence?',
          },
        },
      };
    },
  },
  {
    name: 'replyToCommentThread',
    allowed: COMMENTERS,
    async prepare(world, actor) {
      const { thread } = await objectiveThread(world, actor);
      return {
        query: mutation('replyToCommentThread', 'ReplyToCommentThreadInput'),
        variables: { input: { threadId: toGlobalId('CommentThread', thread.id), body: 'In August.' } },
      };
    },
  },
  {
    name: 'resolveCommentThread',
    allowed: COMMENTERS,
    async prepare(world, actor) {
      const { thread } = await objectiveThread(world, actor);
      return {
        query: mutation('resolveCommentThread', 'CommentThreadStateInput'),
        variables: { input: { threadId: toGlobalId('CommentThread', thread.id), version: thread.version } },
      };
    },
  },
  {
    name: 'reopenCommentThread',
    allowed: COMMENTERS,
    async prepare(world, actor) {
      const { thread } = await objectiveThread(world, actor);
      const em = world.em();
      await em
        .getConnection()
        .execute('update comment_thread set resolved_at = ?, version = version + 1 where id = ?', [
          new Date(),
          thread.id,
        ]);
      return {
        query: mutation('reopenCommentThread', 'CommentThreadStateInput'),
        variables: {
          input: { threadId: toGlobalId('CommentThread', thread.id), version: thread.version + 1 },
        },
      };
    },
  },
  {
    name: 'updateComment',
    allowed: COMMENTERS,
    async prepare(world, actor) {
      const { comment } = await objectiveThread(world, actor);
      return {
        query: mutation('updateComment', 'UpdateCommentInput'),
        variables: {
          input: { id: toGlobalId('Comment', comment.id), version: comment.version, body: 'Changed.' },
        },
      };
    },
  },
  {
    name: 'deleteComment',
    allowed: COMMENTERS,
    async prepare(world, actor) {
      const { comment } = await objectiveThread(world, actor);
      return {
        query: mutation('deleteComment', 'DeleteCommentInput'),
        variables: { input: { id: toGlobalId('Comment', comment.id), version: comment.version } },
      };
    },
  },
  {
    name: 'District.commentThreads',
    allowed: DISTRICT_READERS,
    async prepare(world, actor) {
      await objectiveThread(world, actor);
      return {
        query: `query ($slug: String!) { district(slug: $slug) { commentThreads(state: ALL, first: 5) { totalCount nodes { id comments { body authorName } } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'District.commentThreads',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      await buildCommentThread(world.em(), world.district, world.viewers.districtStaff.userId!, {
        vision: true,
      });
      return {
        query: `query ($slug: String!) { district(slug: $slug) { commentThreads(targetKind: VISION, first: 5) { nodes { anchor { quote } } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'District.openCommentCount',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      return {
        query: `query ($slug: String!) { district(slug: $slug) { openCommentCount } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'District.commentMentionCandidates',
    allowed: [...COMMENTERS, 'districtTokenReadWrite'],
    async prepare(world) {
      return {
        query: `query ($slug: String!) { district(slug: $slug) { commentMentionCandidates(targetKind: OBJECTIVE, search: "") { id name } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'CommentThread.comments',
    allowed: DISTRICT_READERS,
    async prepare(world, actor) {
      const { thread } = await objectiveThread(world, actor);
      return {
        query: `query ($id: ID!) { node(id: $id) { id ... on CommentThread { comments { body } } } }`,
        variables: { id: toGlobalId('CommentThread', thread.id) },
      };
    },
  },
];
