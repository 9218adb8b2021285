import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  buildStateAgency,
} from '../../test-support/factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, buildUser, viewerOfUser } from '../../test-support/identity-factories.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import { AuditEntry } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { ImplementationPlan } from '../planning/index.js';

const ERRORS = 'userErrors { field code message }';
const UPDATE = `mutation ($input: UpdateDistrictConditionInput!) { updateDistrictCondition(input: $input) {
  condition { condition status narrative version updatedBy { name } } ${ERRORS} } }`;
const ADD = `mutation ($input: AddConditionEvidenceInput!) { addConditionEvidence(input: $input) {
  evidence { id version kind title url date note } ${ERRORS} } }`;
const EDIT = `mutation ($input: UpdateConditionEvidenceInput!) { updateConditionEvidence(input: $input) {
  evidence { id version title url } ${ERRORS} } }`;
const REMOVE = `mutation ($input: RemoveConditionEvidenceInput!) { removeConditionEvidence(input: $input) {
  removedId ${ERRORS} } }`;
const PUBLISH = `mutation ($input: PublishReadinessInput!) { publishReadiness(input: $input) {
  readiness { published publishedAt } ${ERRORS} } }`;
const UNPUBLISH = `mutation ($input: PublishReadinessInput!) { unpublishReadiness(input: $input) {
  readiness { published } ${ERRORS} } }`;
const READ = `query ($slug: String!) { district(slug: $slug) { readiness { published viewerCanEdit viewerCanPublish
  summary { notStarted emerging inPlace sustained }
  conditions { condition label status narrative updatedAt version evidence { title date } objectives { title status } } } } }`;

type Result = Record<
  string,
  { userErrors: { field: string[] | null; code: string }[] } & Record<string, never>
>;

interface Readiness {
  published: boolean;
  viewerCanEdit: boolean;
  viewerCanPublish: boolean;
  summary: Record<string, number>;
  conditions: {
    condition: string;
    label: string;
    status: string;
    narrative: string | null;
    version: number;
    evidence: { title: string; date: string }[];
    objectives: { title: string; status: string }[];
  }[];
}

describe.each(TEST_DIALECTS)('district readiness on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let admin: Viewer;
  let staff: Viewer;
  let stateReviewer: Viewer;
  let otherStateAdmin: Viewer;
  let partnerAdmin: Viewer;
  let otherDistrictAdmin: Viewer;
  let districtId: string;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    districtId = toGlobalId('District', district.id);
    const agency = await buildStateAgency(em);
    const otherAgency = await buildStateAgency(em, { state: 'GA' });
    const adminUser = await buildUser(em, { name: 'Dana Admin', email: `dana-${district.id}@district.test` });
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }, adminUser));
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
    stateReviewer = await viewerOfUser(
      em,
      await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency }),
    );
    otherStateAdmin = await viewerOfUser(
      em,
      await buildMember(em, Role.STATE_ADMIN, { stateAgency: otherAgency }),
    );
    const partner = await buildPartner(em);
    await buildPartnership(em, { district, partner });
    partnerAdmin = await viewerOfUser(em, await buildMember(em, Role.PARTNER_ADMIN, { partner }));
    otherDistrictAdmin = await viewerOfUser(
      em,
      await buildMember(em, Role.DISTRICT_ADMIN, { district: await buildDistrict(em) }),
    );
    const goal = await buildGoal(em, district, 'Every learner has a path');
    await buildObjective(em, goal, { title: 'Review the curriculum', conditions: ['CURRICULUM'] });
    await buildObjective(em, goal, { title: 'Recruit mentors', conditions: ['PARTNERSHIPS'] });
  });
  afterAll(() => h.close());

  const run = async (q: string, input: Record<string, unknown>, as: Viewer) => {
    const r = await h.run<Result>(q, { input }, { as });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0]! as Record<string, unknown> & {
      userErrors: { field: string[] | null; code: string }[];
    };
  };
  const read = async (as: Viewer): Promise<Readiness | null> => {
    const r = await h.run<{ district: { readiness: Readiness | null } }>(
      READ,
      { slug: district.slug },
      { as },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.district.readiness;
  };

  it('keeps status and narrative per condition, versioned and audited, with who changed it', async () => {
    const before = await read(staff);
    expect(before!.conditions.map((c) => c.condition)).toHaveLength(10);
    expect(before!.summary).toEqual({ notStarted: 10, emerging: 0, inPlace: 0, sustained: 0 });
    const curriculum = before!.conditions.find((c) => c.condition === 'CURRICULUM')!;
    expect(curriculum.objectives.map((o) => o.title)).toEqual(['Review the curriculum']);
    expect([before!.viewerCanEdit, before!.viewerCanPublish]).toEqual([true, false]);

    const input = { districtId, condition: 'CURRICULUM', status: 'EMERGING', narrative: ' Mapping done. ' };
    const first = await run(UPDATE, { ...input, expectedVersion: 0 }, admin);
    expect(first.userErrors).toEqual([]);
    expect(first.condition).toMatchObject({
      status: 'EMERGING',
      narrative: 'Mapping done.',
      version: 1,
      updatedBy: { name: 'Dana Admin' },
    });
    // A second writer who also read version 0 is refused rather than overwriting.
    const racing = await run(UPDATE, { ...input, status: 'IN_PLACE', expectedVersion: 0 }, staff);
    expect(racing.userErrors).toEqual([
      expect.objectContaining({ code: 'STALE', field: ['input', 'expectedVersion'] }),
    ]);
    const second = await run(UPDATE, { ...input, status: 'IN_PLACE', expectedVersion: 1 }, staff);
    expect(second.condition).toMatchObject({ status: 'IN_PLACE', version: 2 });
    const stale = await run(UPDATE, { ...input, expectedVersion: 1 }, admin);
    expect(stale.userErrors[0]!.code).toBe('STALE');

    const after = await read(stateReviewer);
    expect(after!.summary).toMatchObject({ notStarted: 9, inPlace: 1 });
    const em = h.orm.em.fork();
    const entries = await em.find(AuditEntry, { districtId: district.id, action: 'conditions.update' });
    expect(entries).toHaveLength(2);
    expect(entries[1]!.changes).toMatchObject({ status: { from: 'EMERGING', to: 'IN_PLACE' } });
  });

  it('refuses narratives that are too long or hold control characters, with field paths', async () => {
    const base = { districtId, condition: 'INSTRUCTION', status: 'EMERGING', expectedVersion: 0 };
    const long = await run(UPDATE, { ...base, narrative: 'x'.repeat(4_001) }, admin);
    expect(long.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'narrative'], code: 'INVALID' }),
    ]);
    const control = await run(UPDATE, { ...base, narrative: 'Bad\u0000text' }, admin);
    expect(control.userErrors[0]!.field).toEqual(['input', 'narrative']);
  });

  it('adds, edits and removes dated evidence; only http(s) addresses', async () => {
    const base = { districtId, condition: 'CURRICULUM', kind: 'CURRICULUM_REVIEW', title: 'Board review' };
    const bad = await run(ADD, { ...base, url: 'javascript:alert(1)', date: '2026-02-30' }, staff);
    expect(bad.userErrors.map((e) => e.field)).toEqual([
      ['input', 'url'],
      ['input', 'date'],
    ]);
    const missing = await run(ADD, { ...base, title: ' ' }, staff);
    expect(missing.userErrors.map((e) => e.field)).toEqual([
      ['input', 'title'],
      ['input', 'date'],
    ]);
    const added = await run(ADD, { ...base, url: 'https://example.org/review', date: '2026-09-15' }, staff);
    expect(added.userErrors).toEqual([]);
    const evidence = added.evidence as { id: string; version: number };
    const edited = await run(EDIT, { id: evidence.id, version: evidence.version, url: '' }, admin);
    expect(edited.evidence).toMatchObject({ url: null, title: 'Board review' });
    const stale = await run(EDIT, { id: evidence.id, version: evidence.version, title: 'Other' }, admin);
    expect(stale.userErrors[0]!.code).toBe('STALE');
    const readBack = (await read(admin))!.conditions.find((c) => c.condition === 'CURRICULUM')!;
    expect(readBack.evidence).toEqual([{ title: 'Board review', date: '2026-09-15' }]);
    const removed = await run(
      REMOVE,
      { id: evidence.id, version: (edited.evidence as { version: number }).version },
      admin,
    );
    expect(removed.removedId).toBe(evidence.id);
    const actions = (
      await h.orm.em
        .fork()
        .find(AuditEntry, { districtId: district.id, action: { $like: 'conditions.evidence.%' } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      'conditions.evidence.add',
      'conditions.evidence.update',
      'conditions.evidence.remove',
    ]);
  });

  it('is the district’s until published: then anyone reads it, without who changed it', async () => {
    for (const outsider of [ANONYMOUS, partnerAdmin, otherDistrictAdmin, otherStateAdmin])
      expect(await read(outsider)).toBeNull();
    expect((await read(stateReviewer))!.viewerCanEdit).toBe(false);
    const denied = await h.run(PUBLISH, { input: { districtId } }, { as: staff });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const published = await run(PUBLISH, { districtId }, admin);
    expect(published.readiness).toMatchObject({ published: true });
    const publicView = await read(ANONYMOUS);
    expect(publicView!.conditions.find((c) => c.condition === 'CURRICULUM')!.status).toBe('IN_PLACE');
    // The plan is not published, so its objectives stay the district's.
    expect(publicView!.conditions.every((c) => c.objectives.length === 0)).toBe(true);
    const who = await h.run(
      `query ($slug: String!) { district(slug: $slug) { readiness { conditions { updatedBy { name } } } } }`,
      { slug: district.slug },
    );
    expect(who.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Once the plan is public, its tagged objectives are too, as title and status only.
    const em = h.orm.em.fork();
    em.create(ImplementationPlan, { district: district.id, publishedAt: new Date() });
    await em.flush();
    const objectives = await h.run<{ district: { readiness: { conditions: { objectives: object[] }[] } } }>(
      `query ($slug: String!) { district(slug: $slug) { readiness { conditions { objectives { id title status } } } } }`,
      { slug: district.slug },
    );
    expect(objectives.data!.district.readiness.conditions.flatMap((c) => c.objectives)).toHaveLength(2);
    const privateParts = await h.run(
      `query ($slug: String!) { district(slug: $slug) { readiness { conditions { objectives { statusHistory { changedByName } } } } } }`,
      { slug: district.slug },
    );
    expect(privateParts.errors?.[0]?.message).toMatch(/Cannot query field "statusHistory"/);

    await run(UNPUBLISH, { districtId }, admin);
    expect(await read(ANONYMOUS)).toBeNull();
  });
});
