import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildStateAgency } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import { AuditEntry } from '../audit/index.js';
import type { StateAgency } from '../organizations/index.js';

const CREATE = `mutation ($input: CreateProviderCriterionInput!) { createProviderCriterion(input: $input) {
  criterion { id title description position version archived } userErrors { field code message } } }`;
const UPDATE = `mutation ($input: UpdateProviderCriterionInput!) { updateProviderCriterion(input: $input) {
  criterion { id title position version archived } userErrors { field code message } } }`;
const PUBLIC = `query { stateAgency(state: "OH") { viewerCanManageCriteria criteria { title position } } }`;

interface Criterion {
  id: string;
  title: string;
  description: string | null;
  position: number;
  version: number;
  archived: boolean;
}
type Payload = { criterion: Criterion | null; userErrors: { field: string[]; code: string }[] };

describe.each(TEST_DIALECTS)('provider criteria on %s', (dialect) => {
  let h: GraphqlHarness;
  let agency: StateAgency;
  let admin: Viewer;
  let reviewer: Viewer;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    agency = await buildStateAgency(em, { state: 'OH' });
    admin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: agency }));
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency }));
  });
  afterAll(() => h.close());

  const create = async (title: string, description: string | null = null) =>
    (
      await h.run<{ createProviderCriterion: Payload }>(
        CREATE,
        { input: { stateAgencyId: toGlobalId('StateAgency', agency.id), title, description } },
        { as: admin },
      )
    ).data!.createProviderCriterion;
  const update = async (input: Record<string, unknown>) =>
    (await h.run<{ updateProviderCriterion: Payload }>(UPDATE, { input }, { as: admin })).data!
      .updateProviderCriterion;

  it('publishes criteria in order, moves and archives them, all audited', async () => {
    const first = (await create('  Evidence of effectiveness  ', 'ESSA tiers 1 to 3.')).criterion!;
    const second = (await create('Knows the district’s conditions')).criterion!;
    expect(first).toMatchObject({ title: 'Evidence of effectiveness', position: 0, archived: false });
    expect(second.position).toBe(1);

    const moved = await update({ id: second.id, version: second.version, position: 0 });
    expect(moved.userErrors).toEqual([]);
    const third = (await create('Works with partners the district already has')).criterion!;
    await update({ id: third.id, version: third.version, position: 1 });
    const publicList = await h.run<{
      stateAgency: { viewerCanManageCriteria: boolean; criteria: { title: string; position: number }[] };
    }>(PUBLIC);
    expect(publicList.data!.stateAgency.criteria).toEqual([
      { title: 'Knows the district’s conditions', position: 0 },
      { title: 'Works with partners the district already has', position: 1 },
      { title: 'Evidence of effectiveness', position: 2 },
    ]);
    expect(publicList.data!.stateAgency.viewerCanManageCriteria).toBe(false);

    const archived = await update({ id: second.id, version: moved.criterion!.version, archived: true });
    expect(archived.criterion!.archived).toBe(true);
    const after = await h.run<{ stateAgency: { criteria: { title: string }[] } }>(PUBLIC);
    expect(after.data!.stateAgency.criteria.map((c) => c.title)).toEqual([
      'Works with partners the district already has',
      'Evidence of effectiveness',
    ]);
    // Archived ones are gone for the public, also by id.
    const hidden = await h.run<{ node: null }>(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: second.id,
    });
    expect(hidden.data!.node).toBeNull();

    const entries = await h.orm.em
      .fork()
      .find(AuditEntry, { targetType: 'StateAgency', targetId: agency.id });
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['state.criterion.create', 'state.criterion.update']),
    );
  });

  it('refuses a stale copy, an empty or overlong title, control characters, and state reviewers', async () => {
    const criterion = (await create('Local presence')).criterion!;
    await update({ id: criterion.id, version: criterion.version, title: 'Local presence in the region' });
    const stale = await update({ id: criterion.id, version: criterion.version, title: 'Lost update' });
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE']);
    expect((await create('   ')).userErrors.map((e) => e.field)).toEqual([['input', 'title']]);
    expect((await create('x'.repeat(201))).userErrors.map((e) => e.field)).toEqual([['input', 'title']]);
    expect((await create('Bell\u0007')).userErrors.map((e) => e.field)).toEqual([['input', 'title']]);
    const denied = await h.run(
      CREATE,
      { input: { stateAgencyId: toGlobalId('StateAgency', agency.id), title: 'Reviewer idea' } },
      { as: reviewer },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
