import type { EntityManager } from '@mikro-orm/knex';
import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { buildAppSchema } from '../../schema.js';
import { startTestApp } from '../../test-support/app.js';
import { ACTORS, type Actor, type AuthzWorld, buildAuthzWorld } from '../../test-support/authz.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { EvaluationSetting, Indicator, IndicatorTarget, IndicatorValue } from './index.js';
import { evaluationCsv } from './evaluation.routes.js';

/** The district's evaluation editors: the only ones who see small cells. */
const EDITORS: readonly Actor[] = ['districtAdmin', 'districtStaff', 'districtTokenReadWrite'];
const SMALL = 4;

interface Cell {
  subgroup: string;
  n: number | null;
  value: number | null;
  suppression: string;
}
type Read = (h: GraphqlHarness, world: AuthzWorld, actor: Actor) => Promise<Cell[]>;

const CELL = 'subgroup n value suppression';
const collect = (data: unknown): Cell[] => {
  const out: Cell[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('suppression' in v) out.push(v as Cell);
      else Object.values(v).forEach(walk);
    }
  };
  walk(data);
  return out;
};
const query =
  (text: string, id: (w: AuthzWorld) => string): Read =>
  async (h, world, actor) =>
    collect((await h.run(text, { id: id(world) }, { as: world.viewers[actor] })).data);
const districtId = (w: AuthzWorld) => toGlobalId('District', w.district.id);

/**
 * Every path that serves evaluation values. The schema walk below fails when a field returning
 * IndicatorCell has no entry here, so a new path cannot skip this test.
 */
const PATHS: Record<string, Read> = {
  'EvaluationIndicator.values': query(
    `query ($id: ID!) { node(id: $id) { ... on District { evaluation { indicators { values { ${CELL} } } } } } }`,
    districtId,
  ),
  'IndicatorTarget.latestValue': async (h, world, actor) => [
    ...(await query(
      `query ($id: ID!) { node(id: $id) { ... on District { evaluation { indicators { targets { latestValue { ${CELL} } } } } } } }`,
      districtId,
    )(h, world, actor)),
    ...(await query(
      `query ($id: ID!) { nodes(ids: [$id]) { ... on Objective { indicatorTargets { latestValue { ${CELL} } } } } }`,
      () => objectiveId,
    )(h, world, actor)),
  ],
  'EvaluationOverviewIndicator.value': query(
    `query ($id: ID!) { node(id: $id) { ... on StateAgency { evaluationOverview(schoolYear: 2026) { indicators { value { ${CELL} } } } } } }`,
    (w) => toGlobalId('StateAgency', w.stateAgency.id),
  ),
  'UpsertIndicatorValuesPayload.values': async (h, world, actor) =>
    collect(
      (
        await h.run(
          `mutation ($input: UpsertIndicatorValuesInput!) { upsertIndicatorValues(input: $input) { values { ${CELL} } } }`,
          {
            input: {
              districtId: districtId(world),
              values: [
                {
                  indicatorId: attendanceId,
                  schoolYear: 2026,
                  subgroup: 'ECONOMICALLY_DISADVANTAGED',
                  value: 81,
                  n: SMALL,
                },
              ],
            },
          },
          { as: world.viewers[actor] },
        )
      ).data,
    ),
  'CSV /exports/districts/<slug>/evaluation.csv': async (h, world, actor) => {
    const em = h.orm.em.fork() as EntityManager;
    const visible = (await em.findOne(EvaluationSetting, { district: world.district.id }))?.publishedAt;
    if (!visible) return [];
    const [, ...lines] = (await evaluationCsv(em, world.viewers[actor], world.district.id))
      .trim()
      .split('\r\n');
    return lines.map((line) => {
      const c = line.split(',');
      return {
        subgroup: c[4]!,
        n: c[7] ? Number(c[7]) : null,
        value: c[6] ? Number(c[6]) : null,
        suppression: c[9]!,
      };
    });
  },
};

let attendanceId = '';
let objectiveId = '';

/** Attendance with a small cell and its complement, a small chronic-absence total, a linked target. */
async function seedTable(em: EntityManager, district: { id: number }, published: boolean) {
  const attendance = await em.findOneOrFail(Indicator, { scopeKey: '', code: 'ATTENDANCE_RATE' });
  const chronic = await em.findOneOrFail(Indicator, { scopeKey: '', code: 'CHRONIC_ABSENCE_RATE' });
  const cell = (indicator: Indicator, subgroup: string, value: number, n: number) =>
    em.create(IndicatorValue, {
      district: district.id,
      indicator,
      schoolYear: 2026,
      subgroup: subgroup as never,
      value,
      n,
    });
  cell(attendance, 'ALL_STUDENTS', 94, 120);
  cell(attendance, 'ECONOMICALLY_DISADVANTAGED', 81, SMALL);
  cell(attendance, 'NOT_ECONOMICALLY_DISADVANTAGED', 94.4, 116);
  cell(chronic, 'ALL_STUDENTS', 20, SMALL + 1);
  if (published) em.create(EvaluationSetting, { district: district.id, publishedAt: new Date() });
  await em.flush();
  return attendance;
}

describe('every path serving evaluation values is listed', () => {
  it('lists each field that returns IndicatorCell', async () => {
    const schema = await buildAppSchema();
    const fields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((t) =>
        Object.values(t.getFields())
          .filter((f) => getNamedType(f.type).name === 'IndicatorCell')
          .map((f) => `${t.name}.${f.name}`),
      );
    expect(fields.sort()).toEqual(
      Object.keys(PATHS)
        .filter((p) => !p.startsWith('CSV'))
        .sort(),
    );
  });
});

describe.each(TEST_DIALECTS)('evaluation read paths on %s', (dialect) => {
  let h: GraphqlHarness;
  let world: AuthzWorld;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    world = await buildAuthzWorld(h.orm);
    const em = h.orm.em.fork() as EntityManager;
    const attendance = await seedTable(em, world.district, true);
    attendanceId = toGlobalId('Indicator', attendance.id);
    const objective = await buildObjective(em, await buildGoal(em, world.district, 'Attend'), {
      title: 'Attend',
    });
    objectiveId = toGlobalId('Objective', objective.id);
    em.create(IndicatorTarget, {
      district: world.district.id,
      indicator: attendance,
      schoolYear: 2026,
      subgroup: 'ECONOMICALLY_DISADVANTAGED',
      value: 90,
      objectiveIds: [objective.id],
    });
    await em.flush();
  }, 60_000);
  afterAll(() => h?.close());

  it.each(Object.entries(PATHS))('%s: raw for editors, suppressed for everyone else', async (_path, read) => {
    const wrong: string[] = [];
    let nonEditorSaw = 0;
    for (const actor of ACTORS) {
      const cells = await read(h, world, actor);
      if (EDITORS.includes(actor)) {
        if (cells.some((c) => c.suppression !== 'NONE'))
          wrong.push(`${actor}: an editor got a suppressed cell`);
        continue;
      }
      nonEditorSaw += cells.length;
      for (const c of cells) {
        if (c.n !== null && c.n < 10) wrong.push(`${actor}: sees n=${c.n} of ${c.subgroup}`);
        if (c.suppression === 'SUPPRESSED' && (c.n !== null || c.value !== null))
          wrong.push(`${actor}: a suppressed cell carries its value`);
        if (c.subgroup === 'NOT_ECONOMICALLY_DISADVANTAGED' && c.suppression !== 'SUPPRESSED')
          wrong.push(`${actor}: the complement of a small cell is shown`);
      }
    }
    expect(wrong).toEqual([]);
    if (_path !== 'UpsertIndicatorValuesPayload.values') expect(nonEditorSaw).toBeGreaterThan(0);
  });

  it('editors see the small cells as entered', async () => {
    const cells = await PATHS['EvaluationIndicator.values']!(h, world, 'districtStaff');
    expect(cells.find((c) => c.subgroup === 'ECONOMICALLY_DISADVANTAGED')?.n).toBe(SMALL);
  });
});

describe.each(TEST_DIALECTS)('the evaluation CSV route on %s', (dialect) => {
  it('serves a published evaluation suppressed to the public and refuses an unpublished one', async () => {
    const app = await startTestApp(dialect);
    try {
      const em = app.app.orm.em.fork() as EntityManager;
      const published = await buildDistrict(em);
      const unpublished = await buildDistrict(em);
      await seedTable(em, published, true);
      await seedTable(em, unpublished, false);
      const open = await fetch(`${app.app.url}/exports/districts/${published.slug}/evaluation.csv`);
      expect(open.status).toBe(200);
      const text = await open.text();
      expect(text).toContain('ECONOMICALLY_DISADVANTAGED');
      expect(text).not.toMatch(/,81,4,/);
      expect(text.split('\r\n').filter((l) => l.endsWith(',SUPPRESSED'))).toHaveLength(3);
      const huge = await fetch(`${app.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($input: ImportIndicatorValuesInput!) { importIndicatorValues(input: $input) { applied } }',
          variables: { input: { districtId: 'x', csv: 'a'.repeat(10 * 1024 * 1024 + 1), dryRun: true } },
        }),
      });
      expect(huge.status).toBe(413);
      const closed = await fetch(`${app.app.url}/exports/districts/${unpublished.slug}/evaluation.csv`);
      expect(closed.status).toBe(401);
    } finally {
      await app.close();
    }
  }, 60_000);
});
