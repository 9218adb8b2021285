import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildStateAgency } from '../../test-support/factories.js';
import { buildAllocation, buildSource } from '../../test-support/factories/funding.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { buildVisionVersion } from '../../test-support/factories/vision.js';
import { deliverQueuedMail } from '../../test-support/notifications.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, buildUser, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { User } from '../identity/index.js';
import { AuditEntry } from '../audit/index.js';
import type { District, StateAgency } from '../organizations/index.js';
import { flexibilitySummaries, submissionDistrictId } from './index.js';

const ERRORS = 'userErrors { field code message }';
const START = `mutation ($input: StartFlexibilityApplicationInput!) { startFlexibilityApplication(input: $input) {
  application { id version stage } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateFlexibilityApplicationInput!) { updateFlexibilityApplication(input: $input) {
  application { id version assurances { kind narrative } } ${ERRORS} } }`;
const AREA = `mutation ($input: CreateFlexibilityAreaInput!) { createFlexibilityArea(input: $input) {
  area { id version status additional } ${ERRORS} } }`;
const SUBMIT = `mutation ($input: SubmitFlexibilityApplicationInput!) { submitFlexibilityApplication(input: $input) {
  application { id version stage } submission { id number kind sections { key lines } } ${ERRORS} } }`;
const DECIDE = `mutation ($input: DecideFlexibilityApplicationInput!) { decideFlexibilityApplication(input: $input) {
  application { id version stage } decision { kind rationale requiredChanges decidedByName stageBefore stageAfter } ${ERRORS} } }`;
const PUBLIC = `query ($slug: String!) { district(slug: $slug) { flexibilityApplication {
  stage period { label } nextDeadline { label date } grantedAreas { area requirement justification }
  decisions(first: 10) { totalCount nodes { kind rationale decidedByName } } viewerCanDecide } } }`;
const PRIVATE = `query ($slug: String!) { district(slug: $slug) { flexibilityApplication {
  areas { area } submissions(first: 10) { totalCount nodes { number changes { key op lines { op text previousText } } } } } } }`;

interface Payload {
  application: { id: string; version: number; stage: string } | null;
  area?: { id: string; version: number; status: string; additional: boolean } | null;
  submission?: {
    id: string;
    number: number;
    kind: string;
    sections: { key: string; lines: string[] }[];
  } | null;
  decision?: { kind: string; rationale: string; stageAfter: string } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

describe.each(TEST_DIALECTS)('flexibility application on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let agency: StateAgency;
  let admin: Viewer;
  let staff: Viewer;
  let stateAdmin: Viewer;
  let stateAdminUser: User;
  let stateReviewer: Viewer;
  let otherStateAdmin: Viewer;
  let objectiveId: string;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    agency = await buildStateAgency(em);
    const other = await buildStateAgency(em, { state: 'GA' });
    const adminUser = await buildUser(em, { email: `admin-${district.id}@district.test` });
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }, adminUser));
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
    stateAdminUser = await buildMember(em, Role.STATE_ADMIN, { stateAgency: agency });
    stateAdmin = await viewerOfUser(em, stateAdminUser);
    stateReviewer = await viewerOfUser(
      em,
      await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency }),
    );
    otherStateAdmin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: other }));
    const goal = await buildGoal(em, district, 'Every learner has a mentor');
    const objective = await buildObjective(em, goal, {
      title: 'Recruit mentors',
      conditions: ['PARTNERSHIPS'],
    });
    objectiveId = toGlobalId('Objective', objective.id);
    await buildAllocation(em, await buildSource(em, district), objective, 50_000_00);
    const version = await buildVisionVersion(em, district, { paragraphs: ['Every learner thrives.'] });
    version.adoptedAt = new Date();
    version.adoptedOn = '2026-11-01';
    await em.flush();
  });
  afterAll(() => h.close());

  const run = async (q: string, input: Record<string, unknown>, as: Viewer): Promise<Payload> => {
    const r = await h.run<Record<string, Payload>>(q, { input }, { as });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0]!;
  };
  const ok = async (q: string, input: Record<string, unknown>, as: Viewer) => {
    const payload = await run(q, input, as);
    expect(payload.userErrors).toEqual([]);
    return payload;
  };

  it('runs the cycle from draft to approval, with snapshots, a diff, decisions, audit and e-mail', async () => {
    const started = await ok(
      START,
      { districtId: toGlobalId('District', district.id), firstSchoolYear: 2027 },
      staff,
    );
    let app = started.application!;
    expect(app.stage).toBe('DRAFT');
    const taken = await run(
      START,
      { districtId: toGlobalId('District', district.id), firstSchoolYear: 2027 },
      admin,
    );
    expect(taken.userErrors[0]?.code).toBe('TAKEN');

    app = (
      await ok(
        UPDATE,
        {
          id: app.id,
          version: app.version,
          assurances: [
            { kind: 'PLANNING_PROCESS', narrative: 'Board, teachers, students and parents met monthly.' },
          ],
        },
        staff,
      )
    ).application!;
    await ok(
      AREA,
      {
        applicationId: app.id,
        area: 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS',
        requirement: 'Seat time for credit',
        justification: 'Students earn credit in internships.',
        objectiveIds: [objectiveId],
        conditions: ['PARTNERSHIPS'],
      },
      staff,
    );
    const foreign = await run(
      AREA,
      {
        applicationId: app.id,
        area: 'TECHNOLOGY_AND_DATA',
        requirement: 'x',
        objectiveIds: [toGlobalId('Objective', 999_999)],
      },
      staff,
    );
    expect(foreign.userErrors[0]?.field).toEqual(['input', 'objectiveIds']);

    // Staff prepare; admins speak for the district.
    await expect(
      run(SUBMIT, { id: app.id, version: app.version, kind: 'APPLICATION' }, staff),
    ).rejects.toThrow(/FORBIDDEN/);
    const wrongKind = await run(
      SUBMIT,
      { id: app.id, version: app.version, kind: 'IMPLEMENTATION_PLAN' },
      admin,
    );
    expect(wrongKind.userErrors[0]?.field).toEqual(['input', 'kind']);
    const applied = await ok(SUBMIT, { id: app.id, version: app.version, kind: 'APPLICATION' }, admin);
    app = applied.application!;
    expect(app.stage).toBe('APPLIED');
    const sections = Object.fromEntries(applied.submission!.sections.map((s) => [s.key, s.lines]));
    expect(sections['vision']).toContain('Every learner thrives.');
    expect(sections['plan']?.join('\n')).toContain('Recruit mentors');
    expect(sections['funding']?.join('\n')).toContain('$50,000.00');
    expect(sections['area:LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS']).toContain(
      'Requirement to waive or modify: Seat time for credit',
    );

    // Another state's admin, and a reviewer where the agency does not let reviewers decide, may not.
    for (const who of [otherStateAdmin, stateReviewer, admin])
      await expect(
        run(
          DECIDE,
          { id: app.id, version: app.version, kind: 'CONDITIONAL_APPROVAL', rationale: 'Fine.' },
          who,
        ),
      ).rejects.toThrow(/FORBIDDEN/);
    const stale = await run(
      DECIDE,
      { id: app.id, version: app.version - 1, kind: 'CONDITIONAL_APPROVAL', rationale: 'Fine.' },
      stateAdmin,
    );
    expect(stale.userErrors[0]?.code).toBe('STALE');
    app = (
      await ok(
        DECIDE,
        {
          id: app.id,
          version: app.version,
          kind: 'CONDITIONAL_APPROVAL',
          rationale: 'A sound planning year.',
        },
        stateAdmin,
      )
    ).application!;
    expect(app.stage).toBe('CONDITIONALLY_APPROVED');

    app = (await ok(SUBMIT, { id: app.id, version: app.version, kind: 'IMPLEMENTATION_PLAN' }, admin))
      .application!;
    const noChanges = await run(
      DECIDE,
      { id: app.id, version: app.version, kind: 'RETURN_FOR_REVISION', rationale: 'Not yet.' },
      stateAdmin,
    );
    expect(noChanges.userErrors[0]?.field).toEqual(['input', 'requiredChanges']);
    app = (
      await ok(
        DECIDE,
        {
          id: app.id,
          version: app.version,
          kind: 'RETURN_FOR_REVISION',
          rationale: 'The funding alignment is thin.',
          requiredChanges: 'Describe how Title II supports the mentors.',
        },
        stateAdmin,
      )
    ).application!;
    expect(app.stage).toBe('RETURNED');

    app = (
      await ok(
        UPDATE,
        {
          id: app.id,
          version: app.version,
          assurances: [{ kind: 'FUNDING_ALIGNMENT', narrative: 'Title II pays for mentor training.' }],
        },
        staff,
      )
    ).application!;
    app = (await ok(SUBMIT, { id: app.id, version: app.version, kind: 'IMPLEMENTATION_PLAN' }, admin))
      .application!;
    expect(app.stage).toBe('PLAN_SUBMITTED');

    // Reviewers decide once the agency allows it.
    const em = h.orm.em.fork();
    await em.nativeUpdate('StateAgency', { id: agency.id }, { reviewersMayDecide: true });
    app = (
      await ok(
        DECIDE,
        { id: app.id, version: app.version, kind: 'APPROVAL', rationale: 'Ready to implement.' },
        stateReviewer,
      )
    ).application!;
    expect(app.stage).toBe('APPROVED');

    const pub = await h.run<{ district: { flexibilityApplication: Record<string, unknown> } }>(PUBLIC, {
      slug: district.slug,
    });
    expect(pub.errors).toBeUndefined();
    const publicView = pub.data!.district.flexibilityApplication as {
      stage: string;
      grantedAreas: { requirement: string }[];
      decisions: { totalCount: number; nodes: { kind: string }[] };
      nextDeadline: { date: string };
      period: { label: string };
    };
    expect(publicView.stage).toBe('APPROVED');
    expect(publicView.period.label).toBe('2027-28 to 2031-32');
    expect(publicView.nextDeadline.date).toBe('2032-06-30');
    expect(publicView.grantedAreas.map((a) => a.requirement)).toEqual(['Seat time for credit']);
    expect(publicView.decisions.nodes.map((d) => d.kind)).toEqual([
      'APPROVAL',
      'RETURN_FOR_REVISION',
      'CONDITIONAL_APPROVAL',
    ]);
    const anonymousPrivate = await h.run(PRIVATE, { slug: district.slug });
    expect(anonymousPrivate.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const priv = await h.run<{
      district: {
        flexibilityApplication: {
          submissions: {
            totalCount: number;
            nodes: { number: number; changes: { key: string; op: string }[] }[];
          };
        };
      };
    }>(PRIVATE, { slug: district.slug }, { as: stateReviewer });
    expect(priv.errors).toBeUndefined();
    const submissions = priv.data!.district.flexibilityApplication.submissions;
    expect(submissions.totalCount).toBe(3);
    const newest = submissions.nodes[0]!;
    expect(newest.changes).toEqual([
      expect.objectContaining({ key: 'assurance:FUNDING_ALIGNMENT', op: 'CHANGED' }),
    ]);

    // Decisions reach the district's admins through the notification queue.
    await deliverQueuedMail(h.orm, h.services.mailer);
    const mails = h.services.mailer.devMailbox!.filter((m) => m.to === `admin-${district.id}@district.test`);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining('Approval'),
      expect.stringContaining('Returned for revision'),
      expect.stringContaining('Conditional approval'),
    ]);
    expect(mails[1]!.text).toContain('Describe how Title II supports the mentors.');

    const audit = await h.orm.em
      .fork()
      .find(
        AuditEntry,
        { districtId: district.id, action: { $like: 'flexibility.%' } },
        { orderBy: { id: 'asc' } },
      );
    expect(audit.map((a) => a.action)).toEqual([
      'flexibility.start',
      'flexibility.update',
      'flexibility.area.create',
      'flexibility.submit',
      'flexibility.decide',
      'flexibility.submit',
      'flexibility.decide',
      'flexibility.update',
      'flexibility.submit',
      'flexibility.decide',
    ]);

    const summaries = await flexibilitySummaries(h.orm.em.fork() as EntityManager, [district.id, 999_999]);
    expect(summaries.get(district.id)).toEqual({
      stage: 'APPROVED',
      firstSchoolYear: 2027,
      nextDeadline: { label: 'Sustainability plan', date: '2032-06-30' },
    });
    expect(summaries.has(999_999)).toBe(false);
  });

  it('reviews an additional area requested during implementation the same way', async () => {
    const em = h.orm.em.fork() as EntityManager;
    const other = await buildDistrict(em);
    const otherAdmin = await viewerOfUser(
      em,
      await buildMember(em, Role.DISTRICT_ADMIN, { district: other }),
    );
    // Grants are expanded at sign-in: the state admin signs in again to reach the new district.
    const stateAdmin = await viewerOfUser(em, stateAdminUser);
    let app = (
      await ok(START, { districtId: toGlobalId('District', other.id), firstSchoolYear: 2026 }, otherAdmin)
    ).application!;
    await ok(
      AREA,
      { applicationId: app.id, area: 'CURRICULUM_AND_INSTRUCTION', requirement: 'Educator roles' },
      otherAdmin,
    );
    app = (await ok(SUBMIT, { id: app.id, version: app.version, kind: 'APPLICATION' }, otherAdmin))
      .application!;
    app = (
      await ok(
        DECIDE,
        { id: app.id, version: app.version, kind: 'CONDITIONAL_APPROVAL', rationale: 'Go.' },
        stateAdmin,
      )
    ).application!;
    app = (await ok(SUBMIT, { id: app.id, version: app.version, kind: 'IMPLEMENTATION_PLAN' }, otherAdmin))
      .application!;
    app = (
      await ok(DECIDE, { id: app.id, version: app.version, kind: 'APPROVAL', rationale: 'Go.' }, stateAdmin)
    ).application!;
    const extra = (
      await ok(
        AREA,
        { applicationId: app.id, area: 'TECHNOLOGY_AND_DATA', requirement: 'Procurement rules' },
        otherAdmin,
      )
    ).area!;
    expect(extra).toMatchObject({ status: 'PROPOSED', additional: true });
    const submitted = await ok(
      SUBMIT,
      { id: app.id, version: app.version, kind: 'ADDITIONAL_AREA' },
      otherAdmin,
    );
    app = submitted.application!;
    expect(app.stage).toBe('APPROVED');
    expect(
      await submissionDistrictId(
        em,
        Number(Buffer.from(submitted.submission!.id, 'base64url').toString().split(':')[1]),
      ),
    ).toBe(other.id);
    const returned = await ok(
      DECIDE,
      {
        id: app.id,
        version: app.version,
        kind: 'ADDITIONAL_AREA_RETURN',
        areaId: extra.id,
        rationale: 'Say which rules.',
        requiredChanges: 'Name the procurement rule.',
      },
      stateAdmin,
    );
    app = returned.application!;
    app = (await ok(SUBMIT, { id: app.id, version: app.version, kind: 'ADDITIONAL_AREA' }, otherAdmin))
      .application!;
    app = (
      await ok(
        DECIDE,
        {
          id: app.id,
          version: app.version,
          kind: 'ADDITIONAL_AREA_APPROVAL',
          areaId: extra.id,
          rationale: 'Granted.',
        },
        stateAdmin,
      )
    ).application!;
    const pub = await h.run<{ district: { flexibilityApplication: { grantedAreas: { area: string }[] } } }>(
      PUBLIC,
      {
        slug: other.slug,
      },
    );
    expect(pub.data!.district.flexibilityApplication.grantedAreas.map((a) => a.area)).toEqual([
      'CURRICULUM_AND_INSTRUCTION',
      'TECHNOLOGY_AND_DATA',
    ]);
  });
});
