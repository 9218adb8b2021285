import type { EntityManager } from '@mikro-orm/knex';
import { Role, SEED_INDICATORS } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildStateAgency } from '../../test-support/factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import { AuditEntry } from '../audit/index.js';
import type { District, StateAgency } from '../organizations/index.js';
import { Indicator } from './index.js';

const ERRORS = 'userErrors { field code message }';
const UPSERT = `mutation ($input: UpsertIndicatorValuesInput!) { upsertIndicatorValues(input: $input) {
  values { id subgroup value n suppression withheldFromReaders version } ${ERRORS} } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on District { evaluation {
  minimumN published viewerCanEdit viewerSeesUnsuppressed
  indicators(category: CULTURE) { indicator { code unit subgroups conditions }
    targets { schoolYear value objectives { title } latestValue { value n suppression } }
    values(schoolYear: 2026) { subgroup schoolNcesId value n source suppression withheldFromReaders } } } } } }`;
const MIN_N = `mutation ($input: SetEvaluationMinimumNInput!) { setEvaluationMinimumN(input: $input) {
  minimumN evaluation { minimumN } ${ERRORS} } }`;
const PUBLISH = `mutation ($input: EvaluationSummaryInput!) { publishEvaluationSummary(input: $input) {
  evaluation { published publishedAt } ${ERRORS} } }`;
const IMPORT = `mutation ($input: ImportIndicatorValuesInput!) { importIndicatorValues(input: $input) {
  rowCount applied problems { row column message } ${ERRORS} } }`;
const TARGET = `mutation ($input: UpsertIndicatorTargetInput!) { upsertIndicatorTarget(input: $input) {
  target { id value objectives { title } } ${ERRORS} } }`;

interface Cell {
  subgroup: string;
  schoolNcesId: string | null;
  value: number | null;
  n: number | null;
  suppression: string;
  withheldFromReaders?: boolean;
}
interface Read {
  node: {
    evaluation: {
      minimumN: number;
      published: boolean;
      viewerSeesUnsuppressed: boolean;
      indicators: {
        indicator: { code: string };
        targets: { value: number; objectives: { title: string }[]; latestValue: Cell | null }[];
        values: Cell[];
      }[];
    } | null;
  };
}

describe.each(TEST_DIALECTS)('evaluation on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let agency: StateAgency;
  let admin: Viewer;
  let staff: Viewer;
  let reviewer: Viewer;
  let stateAdmin: Viewer;
  let attendance: string;
  let districtId: string;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    agency = await buildStateAgency(em);
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }));
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency }));
    stateAdmin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: agency }));
    const indicator = await em.findOneOrFail(Indicator, { scopeKey: '', code: 'ATTENDANCE_RATE' });
    attendance = toGlobalId('Indicator', indicator.id);
    districtId = toGlobalId('District', district.id);
  }, 60_000);
  afterAll(() => h?.close());

  const cell = (subgroup: string, value: number, n: number, extra: Record<string, unknown> = {}) => ({
    indicatorId: attendance,
    schoolYear: 2026,
    subgroup,
    value,
    n,
    ...extra,
  });
  const read = async (as: Viewer) =>
    (await h.run<Read>(READ, { id: districtId }, { as })).data!.node.evaluation;
  const attendanceCells = (r: Read['node']['evaluation']) =>
    r!.indicators.find((i) => i.indicator.code === 'ATTENDANCE_RATE')!.values;

  it('saves values all or none, naming the field of each bad row', async () => {
    const bad = await h.run<{ upsertIndicatorValues: { userErrors: { field: string[] }[] } }>(
      UPSERT,
      {
        input: {
          districtId,
          values: [cell('ALL_STUDENTS', 94, 120), cell('ASIAN', 101, 12), cell('WHITE', 90, -1)],
        },
      },
      { as: staff },
    );
    expect(bad.data!.upsertIndicatorValues.userErrors.map((e) => e.field)).toEqual([
      ['input', 'values', '1', 'value'],
      ['input', 'values', '2', 'n'],
    ]);
    const em = h.orm.em.fork();
    expect(await em.count(AuditEntry, { districtId: district.id, action: 'indicatorValue.create' })).toBe(0);

    const saved = await h.run<{ upsertIndicatorValues: { values: Cell[]; userErrors: unknown[] } }>(
      UPSERT,
      {
        input: {
          districtId,
          values: [
            cell('ALL_STUDENTS', 94, 120, { source: 'SIS export' }),
            cell('ECONOMICALLY_DISADVANTAGED', 88, 6),
            cell('NOT_ECONOMICALLY_DISADVANTAGED', 94.4, 114),
            cell('STUDENTS_WITH_DISABILITIES', 91, 30),
            cell('STUDENTS_WITHOUT_DISABILITIES', 94.6, 90),
          ],
        },
      },
      { as: staff },
    );
    expect(saved.data!.upsertIndicatorValues.userErrors).toEqual([]);
    expect(saved.data!.upsertIndicatorValues.values).toHaveLength(5);
    expect(
      saved.data!.upsertIndicatorValues.values.filter((c) => c.withheldFromReaders).map((c) => c.subgroup),
    ).toEqual(['ECONOMICALLY_DISADVANTAGED', 'NOT_ECONOMICALLY_DISADVANTAGED']);
    expect(await em.count(AuditEntry, { districtId: district.id, action: 'indicatorValue.create' })).toBe(5);
  });

  it('refuses a stale copy of a cell and deletes a current one, audited', async () => {
    const first = await h.run<{ upsertIndicatorValues: { values: { id: string; version: number }[] } }>(
      UPSERT,
      { input: { districtId, values: [cell('ASIAN', 95, 40, { schoolYear: 2025 })] } },
      { as: staff },
    );
    const saved = first.data!.upsertIndicatorValues.values[0]!;
    const stale = await h.run<{ upsertIndicatorValues: { userErrors: { field: string[]; code: string }[] } }>(
      UPSERT,
      {
        input: {
          districtId,
          values: [cell('ASIAN', 96, 40, { schoolYear: 2025, version: saved.version + 1 })],
        },
      },
      { as: staff },
    );
    expect(stale.data!.upsertIndicatorValues.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'values', '0', 'version'], code: 'STALE' }),
    ]);
    const deleted = await h.run<{ deleteIndicatorValue: { deletedId: string | null } }>(
      `mutation ($input: DeleteEvaluationItemInput!) { deleteIndicatorValue(input: $input) { deletedId ${ERRORS} } }`,
      { input: { id: saved.id, version: saved.version } },
      { as: admin },
    );
    expect(deleted.data!.deleteIndicatorValue.deletedId).toBe(saved.id);
    const em = h.orm.em.fork();
    expect(await em.count(AuditEntry, { districtId: district.id, action: 'indicatorValue.delete' })).toBe(1);
  });

  it('shows editors every cell and everyone else the small cell and its complement withheld', async () => {
    const raw = attendanceCells(await read(admin));
    expect(raw.every((c) => c.suppression === 'NONE')).toBe(true);
    expect(raw.find((c) => c.subgroup === 'ECONOMICALLY_DISADVANTAGED')!.n).toBe(6);
    const seen = attendanceCells(await read(reviewer));
    const withheld = seen.filter((c) => c.suppression === 'SUPPRESSED').map((c) => c.subgroup);
    expect(withheld.sort()).toEqual(['ECONOMICALLY_DISADVANTAGED', 'NOT_ECONOMICALLY_DISADVANTAGED']);
    for (const c of seen.filter((x) => x.suppression === 'SUPPRESSED')) {
      expect(c.value).toBeNull();
      expect(c.n).toBeNull();
    }
    expect(seen.find((c) => c.subgroup === 'ALL_STUDENTS')).toMatchObject({ n: 120, value: 94 });
    // Editors are told which cells readers will not see.
    expect(
      raw
        .filter((c) => c.withheldFromReaders)
        .map((c) => c.subgroup)
        .sort(),
    ).toEqual(withheld);
  });

  it('hides the evaluation from the public until the district publishes it', async () => {
    expect(await read(ANONYMOUS)).toBeNull();
    const published = await h.run<{ publishEvaluationSummary: { evaluation: { published: boolean } } }>(
      PUBLISH,
      { input: { districtId } },
      { as: admin },
    );
    expect(published.data!.publishEvaluationSummary.evaluation.published).toBe(true);
    const seen = attendanceCells(await read(ANONYMOUS));
    expect(seen.filter((c) => c.suppression === 'SUPPRESSED')).toHaveLength(2);
  });

  it('keeps the minimum n at 10 or more, the highest of the state and the district', async () => {
    const low = await h.run<{ setEvaluationMinimumN: { userErrors: { field: string[] }[] } }>(
      MIN_N,
      { input: { districtId, minimumN: 9 } },
      { as: admin },
    );
    expect(low.data!.setEvaluationMinimumN.userErrors[0]!.field).toEqual(['input', 'minimumN']);
    await h.run(
      MIN_N,
      { input: { stateAgencyId: toGlobalId('StateAgency', agency.id), minimumN: 40 } },
      { as: stateAdmin },
    );
    const evaluation = await read(reviewer);
    expect(evaluation!.minimumN).toBe(40);
    const overview = await h.run<{
      node: { evaluationOverview: { district: { id: string }; minimumN: number }[] };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on StateAgency { evaluationOverview(schoolYear: 2026) {
        district { id } minimumN } } } }`,
      { id: toGlobalId('StateAgency', agency.id) },
      { as: reviewer },
    );
    expect(overview.data!.node.evaluationOverview.find((d) => d.district.id === districtId)!.minimumN).toBe(
      40,
    );
    // Disabilities (30) is now small, and its complement goes with it.
    const withheld = attendanceCells(evaluation)
      .filter((c) => c.suppression === 'SUPPRESSED')
      .map((c) => c.subgroup);
    expect(withheld).toContain('STUDENTS_WITH_DISABILITIES');
    expect(withheld).toContain('STUDENTS_WITHOUT_DISABILITIES');
    expect(withheld).not.toContain('ALL_STUDENTS');
    await h.run(
      MIN_N,
      { input: { stateAgencyId: toGlobalId('StateAgency', agency.id), minimumN: null } },
      { as: stateAdmin },
    );
  });

  it('imports CSV after a dry run that reports every problem by line and column', async () => {
    const header = 'indicator_code,school_year,nces_school_id,subgroup,value,n,source';
    const school = `${district.ncesLeaId}00001`;
    const bad = [
      header,
      'ATTENDANCE_RATE,2026,,ASIAN,93,-4,',
      'CHRONIC_ABSENCE_RATE,2026,,ALL_STUDENTS,140,120,',
      'ATTENDANCE_RATE,2026,,MARTIANS,90,20,',
      'INSTRUCTIONAL_PRACTICE_OBSERVATIONS,2026,,WHITE,50,20,',
      'NO_SUCH_THING,2026,,ALL_STUDENTS,50,20,',
      'ATTENDANCE_RATE,2026,999999900001,ALL_STUDENTS,90,20,',
      `ATTENDANCE_RATE,2026,${school},ALL_STUDENTS,90,20,`,
      `ATTENDANCE_RATE,2026,${school},ALL_STUDENTS,91,20,`,
    ].join('\n');
    const dry = await h.run<{
      importIndicatorValues: { applied: boolean; problems: { row: number; column: string | null }[] };
    }>(IMPORT, { input: { districtId, csv: bad, dryRun: false } }, { as: staff });
    expect(dry.data!.importIndicatorValues.applied).toBe(false);
    expect(dry.data!.importIndicatorValues.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'n'],
      [3, 'value'],
      [4, 'subgroup'],
      [5, 'subgroup'],
      [6, 'indicator_code'],
      [7, 'nces_school_id'],
      [9, null],
    ]);
    const good = [header, `ATTENDANCE_RATE,2026-27,${school},ALL_STUDENTS,90,20,"Fall, count"`].join('\r\n');
    const checked = await h.run<{ importIndicatorValues: { applied: boolean; problems: unknown[] } }>(
      IMPORT,
      { input: { districtId, csv: good, dryRun: true } },
      { as: staff },
    );
    expect(checked.data!.importIndicatorValues).toMatchObject({ applied: false, problems: [] });
    const applied = await h.run<{ importIndicatorValues: { applied: boolean } }>(
      IMPORT,
      { input: { districtId, csv: good, dryRun: false } },
      { as: staff },
    );
    expect(applied.data!.importIndicatorValues.applied).toBe(true);
    const nul = await h.run<{ importIndicatorValues: { userErrors: unknown[] } | null }>(
      IMPORT,
      { input: { districtId, csv: `${header}\nA\u0000`, dryRun: true } },
      { as: staff },
    );
    expect(nul.errors?.length ?? nul.data!.importIndicatorValues!.userErrors.length).toBeGreaterThan(0);
  });

  it('links targets to objectives, which show them with the latest value', async () => {
    const em = h.orm.em.fork() as EntityManager;
    const goal = await buildGoal(em, district, 'Every learner attends');
    const objective = await buildObjective(em, goal, { title: 'Raise attendance' });
    const saved = await h.run<{ upsertIndicatorTarget: { userErrors: unknown[] } }>(
      TARGET,
      {
        input: {
          districtId,
          indicatorId: attendance,
          schoolYear: 2026,
          value: 95,
          objectiveIds: [toGlobalId('Objective', objective.id)],
        },
      },
      { as: staff },
    );
    expect(saved.data!.upsertIndicatorTarget.userErrors).toEqual([]);
    const evidence = await h.run<{ node: { indicatorTargets: { value: number; latestValue: Cell }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Objective { indicatorTargets { value latestValue { value n suppression } } } } }`,
      { id: toGlobalId('Objective', objective.id) },
      { as: reviewer },
    );
    expect(evidence.data!.node.indicatorTargets).toEqual([
      { value: 95, latestValue: { value: 94, n: 120, suppression: 'NONE' } },
    ]);
  });

  it("adds a district's indicators beside the seeded ones and keeps an archived one while it holds values", async () => {
    const CREATE = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) {
      indicator { id version code viewerCanUpdate } ${ERRORS} } }`;
    const fields = { category: 'CULTURE', planYears: [1], unit: 'PERCENT', direction: 'HIGHER_IS_BETTER' };
    const taken = await h.run<{ createIndicator: { userErrors: { code: string }[] } }>(
      CREATE,
      { input: { districtId, code: 'ATTENDANCE_RATE', name: 'Again', ...fields } },
      { as: admin },
    );
    expect(taken.data!.createIndicator.userErrors[0]!.code).toBe('TAKEN');
    const make = async (code: string) =>
      (
        await h.run<{
          createIndicator: { indicator: { id: string; version: number; viewerCanUpdate: boolean } };
        }>(CREATE, { input: { districtId, code, name: code, ...fields } }, { as: admin })
      ).data!.createIndicator.indicator;
    const used = await make('MENTOR_MATCH');
    const unused = await make('UNUSED_MEASURE');
    expect(used.viewerCanUpdate).toBe(true);
    await h.run(
      UPSERT,
      {
        input: {
          districtId,
          values: [{ indicatorId: used.id, schoolYear: 2026, subgroup: 'ALL_STUDENTS', value: 70, n: 50 }],
        },
      },
      { as: staff },
    );
    for (const i of [used, unused])
      await h.run(
        `mutation ($input: ArchiveIndicatorInput!) { archiveIndicator(input: $input) { ${ERRORS} } }`,
        { input: { id: i.id, version: i.version } },
        { as: admin },
      );
    const codes = (await read(reviewer))!.indicators.map((i) => i.indicator.code);
    expect(codes).toContain('MENTOR_MATCH');
    expect(codes).not.toContain('UNUSED_MEASURE');
  });

  it('names, for each readiness condition, the indicators that evidence it', async () => {
    const READINESS = `query ($id: ID!) { node(id: $id) { ... on District { readiness {
      conditions { condition indicators { code } } } } } }`;
    const r = await h.run<{
      node: { readiness: { conditions: { condition: string; indicators: { code: string }[] }[] } };
    }>(READINESS, { id: districtId }, { as: reviewer });
    const shown = r.data!.node.readiness.conditions;
    expect(shown).toHaveLength(10);
    for (const c of shown) {
      const seeded = SEED_INDICATORS.filter((i) => i.conditions.includes(c.condition as never)).map(
        (i) => i.code,
      );
      expect(c.indicators.map((i) => i.code).filter((code) => seeded.includes(code))).toEqual(seeded);
    }
    const supports = shown.find((c) => c.condition === 'STUDENT_SUPPORTS')!;
    expect(supports.indicators.map((i) => i.code)).toContain('ATTENDANCE_RATE');
    expect(shown.find((c) => c.condition === 'CURRICULUM')!.indicators.map((i) => i.code)).not.toContain(
      'ATTENDANCE_RATE',
    );
  });
});
