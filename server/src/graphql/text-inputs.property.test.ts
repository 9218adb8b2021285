import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, textProblem } from '@partnerhub/shared';
import fc from 'fast-check';
import {
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS, type AuthzCase, type AuthzWorld, buildAuthzWorld } from '../test-support/authz.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../test-support/graphql.js';
import { buildAppSchema } from '../schema.js';

// Every mutation has a row in `test-support/authorization/*.authz.ts` (the authorization matrix insists), which builds
// a valid request with fresh targets: the base each string input is varied from.
const modulesDir = path.resolve(import.meta.dirname, '../test-support/authorization');
const cases = new Map(
  (
    await Promise.all(
      readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.authz.ts'))
        .map(
          async (f) => ((await import(path.join(modulesDir, f))) as { authzCases: AuthzCase[] }).authzCases,
        ),
    )
  )
    .flat()
    .map((c) => [c.name, c]),
);

const RUNS = Number(process.env.TEXT_PROPERTY_RUNS ?? 3);
/** Fields whose stored value is a normal form of the input (lower-cased, upper-cased, a parsed URL). */
const NORMALIZED = /email|website|url|state|slug/i;

interface StringInput {
  mutation: string;
  /** Path inside `input`; a list field is varied at its first item. */
  path: string[];
  /** ID inputs only get unstorable text: any other value just names nothing. */
  id: boolean;
}

/** Every String and ID field of every mutation's `input`, nested input objects included. */
function stringInputs(schema: GraphQLSchema): StringInput[] {
  const out: StringInput[] = [];
  const walk = (mutation: string, type: GraphQLInputObjectType, prefix: string[], seen: Set<string>) => {
    for (const field of Object.values(type.getFields())) {
      const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      const named = getNamedType(field.type);
      const at = list ? [...prefix, field.name, '0'] : [...prefix, field.name];
      if (isScalarType(named) && (named.name === 'String' || named.name === 'ID'))
        out.push({ mutation, path: at, id: named.name === 'ID' });
      else if (isInputObjectType(named) && !seen.has(named.name))
        walk(mutation, named, at, new Set([...seen, named.name]));
    }
  };
  for (const [name, field] of Object.entries((schema.getMutationType() as GraphQLObjectType).getFields())) {
    const input = field.args.find((a) => a.name === 'input');
    const named = input && getNamedType(input.type);
    if (named && isInputObjectType(named)) walk(name, named, [], new Set([named.name]));
  }
  return out;
}

/** The payload's object that may echo the field back, e.g. `goal` for `createGoal(input: { title })`. */
function echoOf(schema: GraphQLSchema, mutation: string, field: string) {
  const payload = getNamedType((schema.getMutationType() as GraphQLObjectType).getFields()[mutation]!.type);
  if (!isObjectType(payload)) return null;
  for (const [key, f] of Object.entries(payload.getFields())) {
    const type = getNamedType(f.type);
    if (key === 'userErrors' || !isObjectType(type)) continue;
    const echoed = type.getFields()[field];
    if (echoed && getNamedType(echoed.type).name === 'String')
      return { key, typeName: type.name, hasId: 'id' in type.getFields() };
  }
  return null;
}

function setAt(target: Record<string, unknown>, at: string[], value: string): void {
  let node: Record<string, unknown> | unknown[] = target;
  at.forEach((key, i) => {
    const last = i === at.length - 1;
    const container = node as Record<string, unknown>;
    if (last) container[key] = value;
    else {
      container[key] ??= /^\d+$/.test(at[i + 1]!) ? [] : {};
      node = container[key] as Record<string, unknown>;
    }
  });
}

const UNSTORABLE = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\u0001',
  '\u001B',
  '\u007F',
  '\u0085',
  '\uDBFF\uDFFE',
];
const unstorable = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...UNSTORABLE), fc.string({ maxLength: 8 }))
  .map(([a, bad, b]) => a + bad + b);
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      maxLength: 3,
    }),
  },
  { weight: 1, arbitrary: unstorable },
);

type Result = {
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  data?: Record<
    string,
    { userErrors?: { field: string[] | null; code: string }[] } & Record<string, unknown>
  > | null;
};

describe.each(TEST_DIALECTS)('every string input of the API on %s', (dialect) => {
  let h: GraphqlHarness;
  let world: AuthzWorld;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
    h = await createGraphqlHarness(dialect, { collab: true });
    world = await buildAuthzWorld(h.orm, h.services.collab);
  }, 60_000);
  afterAll(() => h?.close());

  it('has a base request for every mutation with a string input', () => {
    const missing = [...new Set(stringInputs(schema).map((s) => s.mutation))].filter((m) => !cases.has(m));
    expect(missing).toEqual([]);
  });

  // A base request is reused until a run may have used up its targets (a delete, an accepted link).
  const bases = new Map<string, Record<string, unknown>>();

  /** Runs the mutation with `value` at `input.path`, as the first actor its row allows. */
  async function attempt({ mutation, path: at }: StringInput, value: string) {
    const row = cases.get(mutation)!;
    const actor = ACTORS.find((a) => row.allowed === 'everyone' || row.allowed.includes(a))!;
    let base = bases.get(mutation);
    if (!base) {
      base = ((await row.prepare(world, actor)).variables?.input ?? {}) as Record<string, unknown>;
      bases.set(mutation, base);
    }
    if (!textProblem(value, { multiline: true })) bases.delete(mutation);
    const input = structuredClone(base);
    setAt(input, at, value);
    const echo = at.length === 1 ? echoOf(schema, mutation, at[0]!) : null;
    const echoSelection = echo ? `${echo.key} { ${echo.hasId ? 'id ' : ''}${at[0]} }` : '';
    const inputType = getNamedType(
      (schema.getMutationType() as GraphQLObjectType).getFields()[mutation]!.args[0]!.type,
    ).name;
    const query = `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${echoSelection} userErrors { field code } } }`;
    const result = (await h.run(query, { input }, { as: world.viewers[actor] })) as Result;
    return { result, echo, actor };
  }

  it('answers any text with success or a userError, never an unexpected error, and stores what it reports', async () => {
    const inputs = stringInputs(schema);
    let stored = 0;
    for (const target of inputs) {
      await fc.assert(
        fc.asyncProperty(target.id ? unstorable : anyText, async (value) => {
          const { result, echo, actor } = await attempt(target, value);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          expect(
            codes,
            `${target.mutation} ${target.path.join('.')} ${JSON.stringify(result.errors)}`,
          ).not.toContain(ErrorCode.INTERNAL_SERVER_ERROR);
          const payload = result.data?.[target.mutation];
          const field = ['input', ...target.path];
          if (textProblem(value, { multiline: true })) {
            expect(result.errors).toBeUndefined();
            expect(payload?.userErrors?.map((e) => e.field)).toContainEqual(field);
            return;
          }
          if (result.errors?.length || payload?.userErrors?.length || !echo) return;
          const echoed = (payload?.[echo.key] as Record<string, string> | null)?.[target.path[0]!];
          if (echoed === undefined || echoed === null) return;
          stored++;
          // Blank text may stand for a default (a source named after its program).
          if (!NORMALIZED.test(target.path[0]!) && value.trim()) expect(echoed).toBe(value.trim());
          if (!echo.hasId) return;
          const id = (payload?.[echo.key] as { id: string }).id;
          const again = (await h.run(
            `query ($id: ID!) { node(id: $id) { ... on ${echo.typeName} { ${target.path[0]} } } }`,
            { id },
            { as: world.viewers[actor] },
          )) as { data?: { node: Record<string, string> | null } };
          if (again.data?.node) expect(again.data.node[target.path[0]!]).toBe(echoed);
        }),
        { numRuns: RUNS, seed: Number(process.env.TEXT_PROPERTY_SEED ?? Date.now() % 1_000_000) },
      );
    }
    // The property is only worth something if valid text does reach the database.
    expect(stored).toBeGreaterThan(inputs.length / 4);
  }, 300_000);
});
