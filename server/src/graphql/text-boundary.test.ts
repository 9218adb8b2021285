import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { buildDistrict } from '../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../test-support/identity-factories.js';
import type { Viewer } from '../modules/access/index.js';
import type { District } from '../modules/organizations/index.js';
import { toGlobalId } from './global-id.js';

const CREATE_GOAL = `mutation ($input: CreateGoalInput!) {
  createGoal(input: $input) { goal { id title description } userErrors { field code message } } }`;
const GOALS = `query ($slug: String!) { district(slug: $slug) { plan { goals { title description } } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { field code message } } }`;

interface GoalData {
  createGoal: {
    goal: { title: string; description: string | null } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

describe.each(TEST_DIALECTS)('text that cannot be stored, on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let admin: Viewer;
  const createGoal = (input: Record<string, unknown>) =>
    h.run<GoalData>(
      CREATE_GOAL,
      { input: { districtId: toGlobalId('District', district.id), ...input } },
      { as: admin },
    );
  const goalTitles = async () => {
    const r = await h.run<{ district: { plan: { goals: { title: string }[] } | null } }>(
      GOALS,
      { slug: district.slug },
      { as: admin },
    );
    return r.data?.district.plan?.goals.map((g) => g.title) ?? [];
  };

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }));
  });
  afterAll(() => h?.close());

  it('answers a NUL, a lone surrogate or a non-character in a goal with a userError on the field, storing nothing', async () => {
    for (const title of ['Graduation\u0000rate', 'Graduation \uD800 rate', 'Graduation\uFFFF']) {
      const r = await createGoal({ title, description: 'ok' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.createGoal.goal).toBeNull();
      expect(r.data!.createGoal.userErrors).toEqual([
        {
          field: ['input', 'title'],
          code: 'INVALID',
          message: expect.stringMatching(/^Remove the /) as string,
        },
      ]);
    }
    expect(await goalTitles()).toEqual([]);
  });

  it('reports every offending string of an input, and refuses line breaks in one-line fields', async () => {
    const both = await createGoal({ title: 'a\u0007', description: 'b\u0000' });
    expect(both.data!.createGoal.userErrors.map((e) => e.field)).toEqual([
      ['input', 'title'],
      ['input', 'description'],
    ]);
    const lines = await createGoal({ title: 'Two\nlines' });
    expect(lines.data!.createGoal.userErrors).toEqual([
      {
        field: ['input', 'title'],
        code: 'INVALID',
        message: 'Remove the line break (character 4): this field is one line.',
      },
    ]);
  });

  it('stores any other text, emoji and line breaks in long texts included, and reads it back unchanged', async () => {
    const title = 'Lectura 📚 — 東京 𝔘';
    const description = 'First line\r\nsecond\tline';
    const r = await createGoal({ title, description });
    expect(r.data!.createGoal).toMatchObject({ goal: { title, description }, userErrors: [] });
    expect(await goalTitles()).toEqual([title]);
  });

  it('answers a NUL in a sign-in e-mail with a userError, not an unexpected error', async () => {
    const r = await h.run<{ signIn: { userErrors: { field: string[] }[] } }>(SIGN_IN, {
      input: { email: 'a\u0000@example.org', password: 'whatever it is' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.signIn.userErrors.map((e) => e.field)).toEqual([['input', 'email']]);
  });

  it('answers unstorable text in a query argument with BAD_USER_INPUT', async () => {
    const bySlug = await h.run(`{ district(slug: "x\\u0000") { id } }`);
    expect(bySlug.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const search = await h.run(
      `query ($slug: String!, $q: String) { district(slug: $slug) {
      opportunities(filter: { query: $q }) { totalCount } } }`,
      { slug: district.slug, q: 'nurse \uDC00' },
    );
    expect(search.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', expect.stringContaining('filter.query: Remove the broken character') as string],
    ]);
  });
});
