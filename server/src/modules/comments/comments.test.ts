import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  buildStateAgency,
} from '../../test-support/factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { visionDocOf } from '../../test-support/factories/vision.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { deliverQueuedMail } from '../../test-support/notifications.js';
import type { Viewer } from '../access/index.js';
import type { District } from '../organizations/index.js';
import type { Objective } from '../planning/index.js';
import { openCommentCounts, provideSubmissionDistrict } from './index.js';

const THREAD_FIELDS = `id version targetKind sectionKey submissionId resolved resolvedByName viewerCanReply
  anchor { start end quote } objective { title }
  comments { id version body authorName edited viewerCanEdit mentions { name } }`;
const CREATE = `mutation ($input: CreateCommentThreadInput!) {
  createCommentThread(input: $input) { thread { ${THREAD_FIELDS} } userErrors { field code message } } }`;
const REPLY = `mutation ($input: ReplyToCommentThreadInput!) {
  replyToCommentThread(input: $input) { comment { id version body } thread { id } userErrors { field code message } } }`;
const RESOLVE = `mutation ($input: CommentThreadStateInput!) {
  resolveCommentThread(input: $input) { thread { id version resolved resolvedByName } userErrors { field code } } }`;
const REOPEN = `mutation ($input: CommentThreadStateInput!) {
  reopenCommentThread(input: $input) { thread { id version resolved } userErrors { field code } } }`;
const UPDATE = `mutation ($input: UpdateCommentInput!) {
  updateComment(input: $input) { comment { id version body edited } userErrors { field code } } }`;
const DELETE = `mutation ($input: DeleteCommentInput!) {
  deleteComment(input: $input) { deletedId thread { id } userErrors { field code } } }`;
const THREADS = `commentThreads(targetKind: $kind, state: $state, objectiveId: $objectiveId, first: 20) {
    totalCount nodes { ${THREAD_FIELDS} } }`;
const LIST = `query ($slug: String!, $kind: CommentTargetKind, $state: CommentThreadState!, $objectiveId: ID) {
  district(slug: $slug) { openCommentCount ${THREADS} } }`;
const VISION_LIST = `query ($slug: String!, $kind: CommentTargetKind, $state: CommentThreadState!, $objectiveId: ID) {
  district(slug: $slug) { ${THREADS} } }`;
const CANDIDATES = `query ($slug: String!, $kind: CommentTargetKind!, $search: String!) {
  district(slug: $slug) { commentMentionCandidates(targetKind: $kind, search: $search) { id name } } }`;

interface Thread {
  id: string;
  version: number;
  resolved: boolean;
  anchor: { start: string; end: string; quote: string } | null;
  comments: {
    id: string;
    version: number;
    body: string;
    viewerCanEdit: boolean;
    mentions: { name: string }[];
  }[];
}
type Person = 'staff' | 'admin' | 'reviewer' | 'otherReviewer' | 'invited' | 'partner' | 'outsider';
type Errors = { field: string[] | null; code: string; message?: string }[];

const encode = (pos: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(pos)).toString('base64');

describe.each(TEST_DIALECTS)('comment threads on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let objective: Objective;
  const people = {} as Record<Person, Viewer>;
  const userIds = {} as Record<Person, string>;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em, { state: 'WY' });
    const agency = await buildStateAgency(em, { state: 'WY' });
    const otherAgency = await buildStateAgency(em, { state: 'MT' });
    const partner = await buildPartner(em);
    const partnership = await buildPartnership(em, { district, partner });
    partnership.participatesInVision = true;
    await em.flush();
    objective = await buildObjective(em, await buildGoal(em, district), {
      title: 'Mentors for every student',
    });
    const roles: [Person, Role, Parameters<typeof buildMember>[2]][] = [
      ['staff', Role.DISTRICT_STAFF, { district }],
      ['admin', Role.DISTRICT_ADMIN, { district }],
      ['reviewer', Role.STATE_REVIEWER, { stateAgency: agency }],
      ['otherReviewer', Role.STATE_REVIEWER, { stateAgency: otherAgency }],
      ['invited', Role.STATE_REVIEWER, { district }],
      ['partner', Role.PARTNER_MEMBER, { partner }],
      ['outsider', Role.DISTRICT_ADMIN, { district: await buildDistrict(em, { state: 'WY' }) }],
    ];
    for (const [name, role, org] of roles) {
      const user = await buildMember(em, role, org);
      people[name] = await viewerOfUser(em, user);
      userIds[name] = toGlobalId('User', user.id);
    }
  });
  afterAll(() => h.close());

  const run = async <T>(q: string, variables: Record<string, unknown>, as: Viewer) => {
    const r = await h.run<T>(q, variables, { as });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const codeOf = async (q: string, variables: Record<string, unknown>, as: Viewer) =>
    (await h.run(q, variables, { as })).errors?.[0]?.extensions?.code;
  const districtId = () => toGlobalId('District', district.id);
  const onObjective = (body: string, extra: Record<string, unknown> = {}) => ({
    input: {
      districtId: districtId(),
      targetKind: 'OBJECTIVE',
      objectiveId: toGlobalId('Objective', objective.id),
      body,
      ...extra,
    },
  });
  const create = async (input: { input: Record<string, unknown> }, as: Viewer) =>
    (await run<{ createCommentThread: { thread: Thread | null; userErrors: Errors } }>(CREATE, input, as))
      .createCommentThread;

  it('lets a state reviewer open a thread on an objective, mention staff, and the district answer', async () => {
    await deliverQueuedMail(h.orm, h.services.mailer);
    const mailsBefore = h.services.mailer.devMailbox!.length;
    const { thread, userErrors } = await create(
      onObjective('Which schools start first?', { mentionIds: [userIds.staff] }),
      people.reviewer,
    );
    expect(userErrors).toEqual([]);
    expect(thread!.comments).toMatchObject([{ body: 'Which schools start first?', mentions: [{}] }]);
    // The mention is e-mailed through the notification queue.
    await deliverQueuedMail(h.orm, h.services.mailer);
    expect(h.services.mailer.devMailbox!.length).toBe(mailsBefore + 1);
    expect(h.services.mailer.devMailbox![0]!.text).toContain('Which schools start first?');
    const { replyToCommentThread: reply } = await run<{ replyToCommentThread: { userErrors: Errors } }>(
      REPLY,
      { input: { threadId: thread!.id, body: 'Lincoln and Roosevelt, in August.' } },
      people.staff,
    );
    expect(reply.userErrors).toEqual([]);
    const { district: listed } = await run<{
      district: { openCommentCount: number; commentThreads: { totalCount: number; nodes: Thread[] } };
    }>(
      LIST,
      {
        slug: district.slug,
        kind: 'OBJECTIVE',
        state: 'OPEN',
        objectiveId: toGlobalId('Objective', objective.id),
      },
      people.reviewer,
    );
    const found = listed.commentThreads.nodes.find((t) => t.id === thread!.id)!;
    expect(found.comments.map((c) => [c.body, c.viewerCanEdit])).toEqual([
      ['Which schools start first?', true],
      ['Lincoln and Roosevelt, in August.', false],
    ]);
    expect(listed.openCommentCount).toBeGreaterThan(0);
  });

  it('refuses mentions of people who cannot read the thread', async () => {
    const { thread, userErrors } = await create(
      onObjective('Ask the partner?', { mentionIds: [userIds.partner, userIds.outsider] }),
      people.staff,
    );
    expect(thread).toBeNull();
    expect(userErrors.map((e) => e.field)).toEqual([
      ['input', 'mentionIds', '0'],
      ['input', 'mentionIds', '1'],
    ]);
  });

  it('offers only people who can read the thread as mentions', async () => {
    const names = async (kind: string, search = '') =>
      (
        await run<{ district: { commentMentionCandidates: { id: string }[] } }>(
          CANDIDATES,
          { slug: district.slug, kind, search },
          people.staff,
        )
      ).district.commentMentionCandidates.map((c) => c.id);
    const review = await names('OBJECTIVE');
    expect(review).toEqual(expect.arrayContaining([userIds.staff, userIds.reviewer, userIds.invited]));
    expect(review).not.toContain(userIds.partner);
    expect(review).not.toContain(userIds.outsider);
    expect(review).not.toContain(userIds.otherReviewer);
    expect(await names('VISION')).toContain(userIds.partner);
    expect(await names('OBJECTIVE', 'uSeR')).toEqual(expect.arrayContaining([userIds.staff]));
    expect(await names('OBJECTIVE', 'nobody by that name')).toEqual([]);
  });

  it('resolves and reopens with version checks; resolved threads leave the open list', async () => {
    const { thread } = await create(onObjective('Budget for mentors?'), people.reviewer);
    const resolved = await run<{ resolveCommentThread: { thread: Thread & { resolvedByName: string } } }>(
      RESOLVE,
      { input: { threadId: thread!.id, version: thread!.version } },
      people.staff,
    );
    expect(resolved.resolveCommentThread.thread).toMatchObject({ resolved: true });
    const stale = await run<{ reopenCommentThread: { userErrors: Errors } }>(
      REOPEN,
      { input: { threadId: thread!.id, version: thread!.version } },
      people.reviewer,
    );
    expect(stale.reopenCommentThread.userErrors[0]!.code).toBe('STALE');
    const list = async (state: string) =>
      (
        await run<{ district: { commentThreads: { nodes: Thread[] } } }>(
          LIST,
          { slug: district.slug, state },
          people.staff,
        )
      ).district.commentThreads.nodes.map((t) => t.id);
    expect(await list('OPEN')).not.toContain(thread!.id);
    expect(await list('RESOLVED')).toContain(thread!.id);
    const reopened = await run<{ reopenCommentThread: { thread: Thread } }>(
      REOPEN,
      { input: { threadId: thread!.id, version: resolved.resolveCommentThread.thread.version } },
      people.reviewer,
    );
    expect(reopened.reopenCommentThread.thread.resolved).toBe(false);
    expect(await list('OPEN')).toContain(thread!.id);
  });

  it('lets only the author change or delete a comment; the last one takes the thread with it', async () => {
    const { thread } = await create(onObjective('Typo here'), people.staff);
    const comment = thread!.comments[0]!;
    expect(
      await codeOf(UPDATE, { input: { id: comment.id, version: comment.version, body: 'No' } }, people.admin),
    ).toBe('FORBIDDEN');
    const updated = await run<{ updateComment: { comment: { body: string; edited: boolean } } }>(
      UPDATE,
      { input: { id: comment.id, version: comment.version, body: 'Fixed text' } },
      people.staff,
    );
    expect(updated.updateComment.comment).toEqual(
      expect.objectContaining({ body: 'Fixed text', edited: true }),
    );
    const stale = await run<{ deleteComment: { userErrors: Errors } }>(
      DELETE,
      { input: { id: comment.id, version: comment.version } },
      people.staff,
    );
    expect(stale.deleteComment.userErrors[0]!.code).toBe('STALE');
    const deleted = await run<{ deleteComment: { deletedId: string; thread: null } }>(
      DELETE,
      { input: { id: comment.id, version: comment.version + 1 } },
      people.staff,
    );
    expect(deleted.deleteComment).toEqual({ deletedId: comment.id, thread: null, userErrors: [] });
  });

  it('keeps other states, district-held reviewers and partners out of review threads', async () => {
    expect(await codeOf(CREATE, onObjective('Hello'), people.otherReviewer)).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, onObjective('Hello'), people.invited)).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, onObjective('Hello'), people.partner)).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, onObjective('Hello'), people.outsider)).toBe('FORBIDDEN');
    const list = { slug: district.slug, kind: 'OBJECTIVE', state: 'ALL' };
    expect(await codeOf(LIST, list, people.otherReviewer)).toBe('FORBIDDEN');
    expect(await codeOf(LIST, list, people.partner)).toBe('FORBIDDEN');
  });

  it('checks the text and the target of a new thread', async () => {
    const { userErrors } = await create(
      onObjective('Hi', { sectionKey: 'areas', mentionIds: [] }),
      people.staff,
    );
    expect(userErrors.map((e) => e.field?.join('.'))).toEqual(['input.sectionKey']);
    const nul = await create(onObjective('bad\u0000text'), people.staff);
    expect(nul.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.body']);
    const long = await create(onObjective('x'.repeat(10_001)), people.staff);
    expect(long.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.body']);
    const em = h.orm.em.fork() as EntityManager;
    const foreign = await buildObjective(em, await buildGoal(em, await buildDistrict(em, { state: 'WY' })));
    const elsewhere = await create(
      onObjective('Hi', { objectiveId: toGlobalId('Objective', foreign.id) }),
      people.staff,
    );
    expect(elsewhere.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.objectiveId']);
  });

  it('anchors vision threads to relative positions that follow edits', async () => {
    const doc = visionDocOf(['Every learner thrives. Families are partners.']);
    const text = (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const at = (i: number) => encode(Y.createRelativePositionFromTypeIndex(text, i));
    const vision = {
      districtId: districtId(),
      targetKind: 'VISION',
      anchor: { start: at(23), end: at(45), quote: 'Families are partners.' },
      body: 'Which families did we ask?',
    };
    const byPartner = await create({ input: vision }, people.partner);
    expect(byPartner.userErrors).toEqual([]);
    const { thread } = await create({ input: vision }, people.reviewer);
    expect(thread!.anchor!.quote).toBe('Families are partners.');
    text.insert(0, 'Today: ');
    const start = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(Buffer.from(thread!.anchor!.start, 'base64')),
      doc,
    );
    expect(start!.index).toBe(30);
    expect(await codeOf(CREATE, { input: vision }, people.invited)).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, { input: vision }, people.otherReviewer)).toBe('FORBIDDEN');
    const bad = await create(
      { input: { ...vision, anchor: { start: '!!', end: at(1), quote: 'x' } } },
      people.staff,
    );
    expect(bad.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.anchor.start']);
    const partnerView = await run<{ district: { commentThreads: { nodes: Thread[] } } }>(
      VISION_LIST,
      { slug: district.slug, state: 'ALL' },
      people.partner,
    );
    expect(partnerView.district.commentThreads.nodes.every((t) => t.anchor)).toBe(true);
  });

  it('opens threads on a submission section once the submission is known', async () => {
    const section = {
      districtId: districtId(),
      targetKind: 'SUBMISSION_SECTION',
      submissionId: toGlobalId('FlexibilitySubmission', 7),
      sectionKey: 'areas',
      body: 'Seat time waiver needs a plan for credit recovery.',
    };
    const unknown = await create({ input: section }, people.reviewer);
    expect(unknown.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.submissionId']);
    provideSubmissionDistrict((_em, id) => Promise.resolve(id === 7 ? district.id : null));
    try {
      const { thread, userErrors } = await create({ input: section }, people.reviewer);
      expect(userErrors).toEqual([]);
      expect(thread).toMatchObject({ sectionKey: 'areas', submissionId: section.submissionId });
    } finally {
      provideSubmissionDistrict(() => Promise.resolve(null));
    }
  });

  it('counts open threads per district for the state overview', async () => {
    const counts = await openCommentCounts(h.orm.em.fork() as EntityManager, [
      district.id,
      district.id + 9999,
    ]);
    expect(counts.get(district.id)).toBeGreaterThan(0);
    expect(counts.has(district.id + 9999)).toBe(false);
  });
});
