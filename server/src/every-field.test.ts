import { idOfType } from './graphql/global-id.js';
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { EntityManager } from '@mikro-orm/knex';
import {
  ApiTokenScope,
  CollabDocKind,
  Role,
  createListingMap,
  docName,
  listingsOf,
} from '@partnerhub/shared';
import {
  type IntrospectionQuery,
  Lexer,
  Source,
  TokenKind,
  buildClientSchema,
  getIntrospectionQuery,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPHQL_LIMITS } from './config.js';
import { DEMO_ACCOUNTS, User } from './modules/identity/index.js';
import { demoFiscalYear } from './db/seed/demo-plan.js';
import { seedDemoData } from './db/seed/seed.js';
import { queryCost } from './graphql/request-checks.js';
import { ANONYMOUS, type Viewer } from './modules/access/index.js';
import { District, PartnerOrganization, StateAgency } from './modules/organizations/index.js';
import { toGlobalId } from './graphql/global-id.js';
import { buildStateAgency } from './test-support/factories.js';
import { ProviderCriterion } from './modules/state-overview/index.js';
import { typeParagraphs } from './test-support/vision.js';
import { TEST_DIALECTS } from './test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from './test-support/graphql.js';
import {
  buildApiToken,
  buildMember,
  viewerOfToken,
  viewerOfUser,
} from './test-support/identity-factories.js';
import { inviteFixture } from './test-support/identity-fixtures.js';
import {
  type ArgumentSources,
  type WalkResult,
  reachableObjectTypes,
  walkSchema,
} from './test-support/schema-walk.js';

/**
 * Fields of reachable types that no actor can reach with the demo data, each with the reason. The
 * walk fails when one of them starts answering, so the list only ever shrinks.
 */
const UNREACHABLE: Record<string, string> = {};

// Below the token limit of 2,000 with room for the closing braces.
const MAX_TOKENS = 1_900;

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

function ok<T>(result: Awaited<ReturnType<GraphqlHarness['run']>>, field: string): T {
  expect(result.errors).toBeUndefined();
  const payload = (result.data as Record<string, { userErrors?: unknown[] }>)[field]!;
  expect(payload.userErrors ?? []).toEqual([]);
  return payload as T;
}

/**
 * Writes the demo seed does not make, so that what they produce is reachable too: an audited change,
 * a second published version with a changed listing, a draft listing with problems, and a vision
 * adopted and edited since.
 */
async function demoWrites(h: GraphqlHarness, as: Viewer, district: District): Promise<void> {
  const run = h.run;
  const collab = h.services.collab!;
  const editor = { userId: null, label: 'Test editor' };
  const vision = docName(CollabDocKind.VISION, district.id);
  const read = await run<{
    district: { id: string; version: number; opportunities: { nodes: { listingId: string }[] } };
  }>(
    `{ district(slug: "maple-ridge") { id version opportunities(first: 1, filter: { openOnly: true }) { nodes { listingId } } } }`,
    {},
    { as },
  );
  const { id: districtId, version, opportunities } = read.data!.district;
  const write = (query: string, field: string, input: Record<string, unknown>) =>
    run(query, { input }, { as }).then((r) => ok<Record<string, unknown>>(r, field));
  const errors = 'userErrors { field message code }';
  await write(
    `mutation($input: UpdateDistrictInput!) { updateDistrict(input: $input) { ${errors} } }`,
    'updateDistrict',
    { id: districtId, version, description: 'Every learner, one work-based experience.' },
  );
  await write(
    `mutation($input: UpdateDraftOpportunityInput!) { updateDraftOpportunity(input: $input) { ${errors} } }`,
    'updateDraftOpportunity',
    { districtId, listingId: opportunities.nodes[0]!.listingId, title: 'Renamed listing' },
  );
  await write(
    `mutation($input: PublishOpportunityListInput!) { publishOpportunityList(input: $input) { ${errors} } }`,
    'publishOpportunityList',
    { districtId, summary: 'Renamed one listing.' },
  );
  // A listing a live editor left without its required fields: the draft now has problems.
  await collab.applyServerEdit(docName(CollabDocKind.OPPORTUNITIES, district.id), editor, (doc) =>
    listingsOf(doc).push([createListingMap({ title: 'Half-written listing' })]),
  );
  await collab.applyServerEdit(vision, editor, (doc) => typeParagraphs(doc, ['Every learner.']));
  const saved = await write(
    `mutation($input: SaveVisionVersionInput!) { saveVisionVersion(input: $input) { version { id } ${errors} } }`,
    'saveVisionVersion',
    { districtId, name: 'First draft' },
  );
  await write(
    `mutation($input: AdoptVisionVersionInput!) { adoptVisionVersion(input: $input) { ${errors} } }`,
    'adoptVisionVersion',
    {
      versionId: (saved.version as { id: string }).id,
      adoptedOn: '2026-01-15',
      resolution: 'Board resolution 2026-04',
    },
  );
  // Edited since: the live vision differs from the adopted version.
  await collab.applyServerEdit(vision, editor, (doc) =>
    typeParagraphs(doc, ['Every learner.', 'One experience.']),
  );
}

/**
 * A flexibility application through one whole review: applied, conditionally approved, plan
 * submitted and approved, so that submissions, their changes and decisions exist. The agency of the
 * district's state decides; it is created when the demo data has none.
 */
async function flexibilityWrites(h: GraphqlHarness, as: Viewer, district: District): Promise<void> {
  const em = h.orm.em.fork() as EntityManager;
  const agency =
    (await em.findOne(StateAgency, { state: district.state })) ??
    (await buildStateAgency(em, { state: district.state }));
  const stateAdmin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: agency }));
  const errors = 'userErrors { field message code }';
  const app = `application { id version } ${errors}`;
  type App = { application: { id: string; version: number } };
  const write = (viewer: Viewer, name: string, input: Record<string, unknown>, selection = app) =>
    h
      .run(
        `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`,
        { input },
        { as: viewer },
      )
      .then((r) => ok<App>(r, name).application);
  let a = await write(as, 'startFlexibilityApplication', {
    districtId: toGlobalId('District', district.id),
    firstSchoolYear: 2027,
  });
  await write(
    as,
    'createFlexibilityArea',
    {
      applicationId: a.id,
      area: 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS',
      requirement: 'Seat time',
      justification: 'Internships.',
    },
    `area { id } ${errors}`,
  );
  a = await write(as, 'submitFlexibilityApplication', { id: a.id, version: a.version, kind: 'APPLICATION' });
  a = await write(stateAdmin, 'decideFlexibilityApplication', {
    id: a.id,
    version: a.version,
    kind: 'CONDITIONAL_APPROVAL',
    rationale: 'A sound planning year.',
  });
  a = await write(as, 'updateFlexibilityApplication', {
    id: a.id,
    version: a.version,
    assurances: [{ kind: 'PLANNING_PROCESS', narrative: 'Monthly community meetings.' }],
  });
  a = await write(as, 'submitFlexibilityApplication', {
    id: a.id,
    version: a.version,
    kind: 'IMPLEMENTATION_PLAN',
  });
  await write(stateAdmin, 'decideFlexibilityApplication', {
    id: a.id,
    version: a.version,
    kind: 'RETURN_FOR_REVISION',
    rationale: 'Align the funding.',
    requiredChanges: 'Name the Title II sources.',
  });
}

/**
 * Review threads the demo seed does not make: on an objective (with a mention and a reply) and on a
 * range of the vision, written by the state's reviewer.
 */
async function commentWrites(h: GraphqlHarness, reviewer: Viewer, district: District, answerer: Viewer) {
  const em = h.orm.em.fork() as EntityManager;
  const [objective] = await em
    .getConnection()
    .execute<{ id: number }[]>('select id from plan_objective where district_id = ? order by id limit 1', [
      district.id,
    ]);
  const admin = await em.findOneOrFail(User, { email: DEMO_ACCOUNTS[0]!.email });
  const errors = 'userErrors { field message code }';
  const create = (input: Record<string, unknown>) =>
    h
      .run(
        `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } ${errors} } }`,
        { input: { districtId: toGlobalId('District', district.id), ...input } },
        { as: reviewer },
      )
      .then((r) => ok<{ thread: { id: string } }>(r, 'createCommentThread').thread);
  const thread = await create({
    targetKind: 'OBJECTIVE',
    objectiveId: toGlobalId('Objective', objective!.id),
    body: 'Which schools start first?',
    mentionIds: [toGlobalId('User', admin.id)],
  });
  ok(
    await h.run(
      `mutation($input: ReplyToCommentThreadInput!) { replyToCommentThread(input: $input) { ${errors} } }`,
      { input: { threadId: thread.id, body: 'Two high schools, in August.' } },
      { as: answerer },
    ),
    'replyToCommentThread',
  );
  const text = new Y.Doc().getText('vision');
  text.insert(0, 'Every learner thrives.');
  const at = (i: number) =>
    Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, i))).toString('base64');
  await create({
    targetKind: 'VISION',
    anchor: { start: at(0), end: at(13), quote: 'Every learner' },
    body: 'Every learner, or every student?',
  });
}

async function demoActors(em: EntityManager, invitationDistrict: District) {
  const user = async (role: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    return viewerOfUser(em, await em.findOneOrFail(User, { email: account.email }));
  };
  const district = await em.findOneOrFail(District, { slug: 'maple-ridge' });
  const partner = await em.findOneOrFail(PartnerOrganization, { slug: 'riverbend-manufacturing' });
  const stateAgency =
    (await em.findOne(StateAgency, { state: district.state })) ??
    (await buildStateAgency(em, { state: district.state }));
  if (!(await em.count(ProviderCriterion, { stateAgency })))
    await em
      .persist(em.create(ProviderCriterion, { stateAgency, title: 'Evidence of effectiveness', position: 0 }))
      .flush();
  const token = async (scope: ApiTokenScope, org: { district?: District; partner?: PartnerOrganization }) =>
    viewerOfToken(em, await buildApiToken(em, scope, org));
  const actors: Record<string, Viewer> = {
    anonymous: ANONYMOUS,
    districtAdmin: await user('DISTRICT_ADMIN'),
    districtStaff: await user('DISTRICT_STAFF'),
    stateReviewer: await user('STATE_REVIEWER'),
    partnerAdmin: await user('PARTNER_ADMIN'),
    partnerMember: await user('PARTNER_MEMBER'),
    districtTokenRead: await token(ApiTokenScope.READ, { district }),
    partnerTokenReadWrite: await token(ApiTokenScope.READ_WRITE, { partner }),
    stateAdmin: await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency })),
  };
  return { actors, invitation: await inviteFixture(em, invitationDistrict) };
}

describe.each(TEST_DIALECTS)('every reachable field answers, on %s', (dialect) => {
  let h: GraphqlHarness;
  let actors: Record<string, Viewer>;
  const results = new Map<string, WalkResult>();
  let reachable: string[] = [];

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect, { collab: true, draftFromNewestVersion: true });
    // The demo installation: demo accounts are listed.
    h.services.demo = true;
    await seedDemoData(h.orm.em.fork());
    const em = h.orm.em.fork() as EntityManager;
    const maple = await em.findOneOrFail(District, { slug: 'maple-ridge' });
    const demo = await demoActors(em, maple);
    actors = demo.actors;
    await demoWrites(h, actors.districtAdmin!, maple);
    await flexibilityWrites(h, actors.districtAdmin!, maple);
    await commentWrites(h, actors.stateReviewer!, maple, actors.districtStaff!);
    const introspection = await h.run<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data!);
    reachable = reachableObjectTypes(schema).flatMap((t) =>
      Object.keys(t.getFields()).map((f) => `${t.name}.${f}`),
    );
    const sources: ArgumentSources = {
      'Query.invitation.token': () => [demo.invitation],
      'Query.auditLog.organizationId': (found) => [
        ...(found.ids.get('District') ?? []),
        ...(found.ids.get('PartnerOrganization') ?? []),
      ],
      'ProviderCriterionStanding.viewerCanAssess.districtId': (found) => found.ids.get('District') ?? null,
      'Vision.diff.versionId': (found) => found.ids.get('VisionVersion') ?? null,
      'VettingRecord.expiresWithinDays.days': () => [30],
      // Every partner of the demo (a partner without a partnership included) as one list.
      'OpportunityDraft.holdBacks.partnerIds': (found) => [
        (found.ids.get('PartnerOrganization') ?? []).map((id) => idOfType(id, 'PartnerOrganization')!),
      ],
      'Query.stateAgency.state': () => ['OH'],
      'Query.indicatorCatalog.districtId': (found) => found.ids.get('District') ?? [],
      // The school year of the demo evaluation's values (Year 1 of the demo plan).
      'StateAgency.evaluationOverview.schoolYear': () => [demoFiscalYear(new Date()) - 1],
    };
    const limits = DEFAULT_GRAPHQL_LIMITS;
    const fits = (text: string) =>
      tokenCount(text) <= MAX_TOKENS && queryCost(schema, parse(text)) <= limits.maxCost;
    await Promise.all(
      Object.entries(actors).map(async ([name, viewer]) => {
        const result = await walkSchema({
          schema,
          run: (query) => h.run(query, {}, { as: viewer }),
          sources,
          maxDepth: limits.maxDepth,
          maxAliases: limits.maxAliases,
          fits,
        });
        results.set(name, result);
      }),
    );
    if (process.env.SCHEMA_WALK_REPORT) {
      const byField: Record<string, string[]> = {};
      for (const field of reachable)
        byField[field] = [...results].filter(([, r]) => r.covered.has(field)).map(([a]) => a);
      const walks = Object.fromEntries(
        [...results].map(([a, r]) => [a, { operations: r.operations, fields: r.covered.size, ms: r.ms }]),
      );
      writeFileSync(process.env.SCHEMA_WALK_REPORT, JSON.stringify({ walks, byField }, null, 2));
    }
  }, 180_000);
  afterAll(() => h?.close());

  it('answers every query without an error other than FORBIDDEN, NOT_FOUND or UNAUTHENTICATED', () => {
    const failures = [...results].flatMap(([actor, r]) =>
      r.failures.map((f) => `${actor}: ${f.error}\n  ${f.query}`),
    );
    expect(failures.slice(0, 25), `${failures.length} failing queries`).toEqual([]);
  });

  it('queries every field of every reachable type, except the listed unreachable ones', () => {
    const covered = new Set([...results.values()].flatMap((r) => [...r.covered]));
    const missing = reachable.filter((f) => !covered.has(f) && !(f in UNREACHABLE));
    expect(missing, 'fields no query reached (reach them, or list them with a reason)').toEqual([]);
    const stale = Object.keys(UNREACHABLE).filter((f) => covered.has(f) || !reachable.includes(f));
    expect(stale, 'listed as unreachable but reached, or gone from the schema').toEqual([]);
  });

  it('walks as every actor, each reading what it may see', () => {
    expect(Object.keys(actors).sort()).toEqual([...results.keys()].sort());
    const size = (actor: string) => results.get(actor)!.covered.size;
    expect(size('districtAdmin')).toBeGreaterThan(size('anonymous'));
    expect(size('partnerAdmin')).toBeGreaterThan(size('anonymous'));
  });

  it('reads a row in full after a partial read of the same row earlier in the request', async () => {
    // The partner list and the draft's offerers read a few columns of the same rows first.
    const result = await h.run(
      `{ district(slug: "maple-ridge") { opportunityDraft { offerers { name } }
           partners(first: 20) { nodes { slug version } } }
         partnerOrganization(slug: "riverbend-manufacturing") {
           partnerships(first: 5) { nodes { status version } } } }`,
      {},
      { as: actors.districtAdmin! },
    );
    expect(result.errors).toBeUndefined();
    const partners = (result.data as { district: { partners: { nodes: { version: number }[] } } }).district
      .partners.nodes;
    expect(partners.length).toBeGreaterThan(1);
    expect(partners.every((p) => p.version >= 1)).toBe(true);
  });
});
