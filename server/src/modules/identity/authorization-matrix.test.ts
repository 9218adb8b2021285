import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '@partnerhub/shared';
import { type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../graphql/schema.js';
import { ACTORS, type AuthzCase, type AuthzWorld, buildAuthzWorld } from '../../test-support/authz.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';

// Every module declares its rows in `*.authz.ts` files beside its resolvers.
const modulesDir = path.resolve(import.meta.dirname, '..');
const caseFiles = readdirSync(modulesDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.authz.ts'),
);
const cases: AuthzCase[] = (
  await Promise.all(
    caseFiles.map(
      async (f) => ((await import(path.join(modulesDir, f))) as { authzCases: AuthzCase[] }).authzCases,
    ),
  )
).flat();

const DENIED = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED]);

type Outcome = { verdict: 'allowed' | 'denied' | 'broken'; detail: string };

function outcomeOf(result: {
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}): Outcome {
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.length && codes.every((c) => DENIED.has(c)))
    return { verdict: 'denied', detail: codes.join(',') };
  if (codes.length) return { verdict: 'broken', detail: JSON.stringify(result.errors) };
  const payloads = Object.values((result.data ?? {}) as Record<string, unknown>);
  const userErrors = payloads.flatMap((p) =>
    p && typeof p === 'object' && 'userErrors' in p
      ? (p.userErrors as { code: string; message: string }[])
      : [],
  );
  if (userErrors.some((e) => DENIED.has(e.code))) return { verdict: 'denied', detail: 'userError' };
  if (userErrors.length) return { verdict: 'broken', detail: JSON.stringify(userErrors) };
  return { verdict: 'allowed', detail: '' };
}

async function auditCount(world: AuthzWorld): Promise<number> {
  const rows = await world
    .em()
    .getConnection()
    .execute<{ n: number | string }[]>('select count(*) as n from audit_entry');
  return Number(rows[0]!.n);
}

function mutationNames(schema: GraphQLSchema): string[] {
  return Object.keys((schema.getMutationType() as GraphQLObjectType).getFields()).sort();
}

describe('authorization matrix: coverage', () => {
  it('has a row for every mutation, and every row names something that exists', async () => {
    const schema = await buildAppSchema();
    const named = new Set(cases.map((c) => c.name));
    const missing = mutationNames(schema).filter((m) => !named.has(m));
    expect(missing, 'mutations without an authorization row (add them to a *.authz.ts file)').toEqual([]);
    for (const c of cases) {
      const [type, field] = c.name.includes('.') ? c.name.split('.') : ['Mutation', c.name];
      const t = schema.getType(type!) as GraphQLObjectType | undefined;
      expect(t?.getFields()[field!], `row "${c.name}" names no field`).toBeDefined();
    }
  });
});

describe.each(TEST_DIALECTS)('authorization matrix on %s', (dialect) => {
  let h: GraphqlHarness;
  let world: AuthzWorld;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect, { collab: true });
    world = await buildAuthzWorld(h.orm, h.services.collab);
  }, 60_000);
  afterAll(() => h?.close());

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const wrong: string[] = [];
      for (const actor of ACTORS) {
        const expected = c.allowed === 'everyone' || c.allowed.includes(actor) ? 'allowed' : 'denied';
        const request = await c.prepare(world, actor);
        const before = await auditCount(world);
        const result = await h.run(request.query, request.variables, {
          as: world.viewers[actor],
          ip: `10.9.${ACTORS.indexOf(actor)}.1`,
        });
        const outcome = outcomeOf(result);
        if (outcome.verdict !== expected)
          wrong.push(`${actor}: expected ${expected}, got ${outcome.verdict} ${outcome.detail}`);
        if (expected === 'denied' && (await auditCount(world)) !== before)
          wrong.push(`${actor}: denied but data changed`);
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});
