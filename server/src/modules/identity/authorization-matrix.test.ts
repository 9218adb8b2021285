import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '@partnerhub/shared';
import { type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../schema.js';
import { ACTORS, type AuthzCase, type AuthzWorld, buildAuthzWorld } from '../../test-support/authz.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';

// Every module's rows are in `test-support/authorization/*.authz.ts`.
const modulesDir = path.resolve(import.meta.dirname, '../../test-support/authorization');
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
  // `node(id:)` answers null for what the caller may not know exists: that is a denial too.
  const data = (result.data ?? {}) as Record<string, unknown>;
  if ('node' in data && data.node === null) return { verdict: 'denied', detail: 'hidden' };
  const payloads = Object.values(data);
  const userErrors = payloads.flatMap((p) =>
    p && typeof p === 'object' && 'userErrors' in p
      ? (p.userErrors as { code: string; message: string }[])
      : [],
  );
  if (userErrors.some((e) => DENIED.has(e.code))) return { verdict: 'denied', detail: 'userError' };
  if (userErrors.length) return { verdict: 'broken', detail: JSON.stringify(userErrors) };
  return { verdict: 'allowed', detail: '' };
}

/**
 * Every row of every table, hashed per table: a denied request must leave all of them as they were
 * (the audit log, memberships, invitations, tokens, partnerships, contacts, and the update log of the
 * live documents included). One statement prints every table's rows as sorted text (every column, blobs
 * included), since a statement per table and actor was most of the matrix's time.
 */
type Fingerprint = (world: AuthzWorld) => Promise<Map<string, string>>;

async function fingerprinter(
  world: AuthzWorld,
  dialect: (typeof TEST_DIALECTS)[number],
): Promise<Fingerprint> {
  const connection = world.em().getConnection();
  const tables = [
    ...new Set([
      ...Object.values(world.orm.getMetadata().getAll())
        .filter((meta) => !meta.embeddable && !meta.virtual && meta.tableName)
        .map((meta) => meta.tableName),
      'collab_update',
    ]),
  ].sort();
  const printed = await Promise.all(
    tables.map(async (table, i) => {
      if (dialect === 'postgresql')
        return `(select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) from "${table}" r) as h${i}`;
      const columns = await connection.execute<{ name: string }[]>(
        `select name from pragma_table_info('${table}')`,
      );
      const row = columns.map((c) => `quote("${c.name}")`).join(` || ',' || `);
      return `(select group_concat(r, char(10)) from (select ${row} as r from "${table}" order by r)) as h${i}`;
    }),
  );
  const statement = `select ${printed.join(', ')}`;
  return async (w) => {
    const [row] = await w.em().getConnection().execute<Record<string, string | null>[]>(statement);
    return new Map(
      tables.map((table, i) => [
        table,
        createHash('sha256')
          .update(String(row![`h${i}`] ?? ''))
          .digest('hex'),
      ]),
    );
  };
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([table, print]) => before.get(table) !== print).map(([table]) => table);
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
  let fingerprint: Fingerprint;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect, { collab: true });
    world = await buildAuthzWorld(h.orm, h.services.collab);
    fingerprint = await fingerprinter(world, dialect);
  }, 60_000);
  afterAll(() => h?.close());

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const wrong: string[] = [];
      for (const actor of ACTORS) {
        const expected = c.allowed === 'everyone' || c.allowed.includes(actor) ? 'allowed' : 'denied';
        const request = await c.prepare(world, actor);
        const before = expected === 'denied' ? await fingerprint(world) : null;
        const result = await h.run(request.query, request.variables, {
          as: world.viewers[actor],
          ip: `10.9.${ACTORS.indexOf(actor)}.1`,
        });
        const outcome = outcomeOf(result);
        if (outcome.verdict !== expected)
          wrong.push(`${actor}: expected ${expected}, got ${outcome.verdict} ${outcome.detail}`);
        const changed = before ? changedTables(before, await fingerprint(world)) : [];
        if (changed.length) wrong.push(`${actor}: denied but data changed in ${changed.join(', ')}`);
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});
