import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from './compiled-execution.js';

const later = <T>(ms: number, value: () => T): Promise<T> =>
  new Promise((resolve) => setTimeout(resolve, ms)).then(value);

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
});

// Rows whose fields fail in every way a leaf can: null where not allowed, an error as the value,
// a null list item, a value the scalar refuses, one and two lists deep.
const Row = new GraphQLObjectType({
  name: 'Row',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString) },
    note: { type: GraphQLString },
    tags: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    grid: { type: new GraphQLList(new GraphQLList(GraphQLInt)) },
    // Values each scalar turns into another, or refuses.
    count: { type: GraphQLInt },
    label: { type: GraphQLString },
    flag: { type: GraphQLBoolean },
    ratio: { type: GraphQLFloat },
    key: { type: GraphQLID },
  },
});

const ROWS = [
  {
    name: 'a',
    note: 'fine',
    tags: ['x', 'y'],
    grid: [[1, 2], [3]],
    count: '3',
    label: 5,
    flag: 1,
    ratio: '0.5',
    key: 7,
  },
  { name: null, note: 'lost with its row', tags: [], grid: [] },
  {
    name: 'c',
    note: new Error('note refused'),
    tags: ['x', null],
    grid: [[1, 'two'], null, [null, 4.5]],
    count: 2 ** 31,
    label: { valueOf: () => 'from valueOf' },
    flag: 'yes',
    ratio: Infinity,
    key: true,
  },
];

// A field resolved from its row alone, which the compiled executor calls in place (see
// node.resolver.ts); the extra arguments it was given are counted, per call.
const extraArguments: number[] = [];
const refOf = Object.assign(
  (row: { n: number | null }, ...rest: unknown[]) => {
    extraArguments.push(rest.length);
    return row.n === null ? null : `ref-${row.n}`;
  },
  { readsParentOnly: true },
);
const Ref = new GraphQLObjectType({
  name: 'Ref',
  fields: { ref: { type: new GraphQLNonNull(GraphQLID), resolve: refOf }, n: { type: GraphQLInt } },
});

const Options = new GraphQLInputObjectType({
  name: 'Options',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString) },
    loud: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      // Each id settles after its delay; "bad" ones are refused. Items settle out of order.
      items: {
        type: new GraphQLList(Item),
        args: { delays: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLInt))) } },
        resolve: (_, { delays }: { delays: number[] }) =>
          delays.map((ms, i) =>
            later(ms, () => {
              if (ms % 2) throw new GraphQLError(`item ${i} refused`, { extensions: { code: 'FORBIDDEN' } });
              return { id: String(i) };
            }),
          ),
      },
      rows: { type: new GraphQLList(Row), resolve: () => ROWS },
      refs: { type: new GraphQLList(Ref), resolve: () => [{ n: 1 }, { n: null }, { n: 3 }] },
      greet: {
        type: GraphQLString,
        args: { options: { type: new GraphQLNonNull(Options) } },
        resolve: (_, { options }: { options: { name: string; loud: boolean } }) =>
          options.loud ? options.name.toUpperCase() : options.name,
      },
      echo: {
        type: GraphQLString,
        args: { text: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_, { text }: { text: string }) => text,
      },
      twice: {
        type: GraphQLInt,
        args: { n: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_, { n }: { n: number }) => n * 2,
      },
    },
  }),
});

async function run(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
  { reference = false } = {},
) {
  // As the server runs it (apollo.ts): cache control's plugin would wrap every field's resolver.
  const plugins = [ApolloServerPluginCacheControlDisabled()];
  const apollo = reference
    ? new ApolloServer({ schema, plugins })
    : new ApolloServer({ gateway: compiledExecution(schema), plugins });
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query, variables, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  } finally {
    await apollo.stop();
  }
}

describe('compiled execution', () => {
  it('keeps every list item in its place when items are refused out of order', async () => {
    // The second item is refused first, the first one last, after the items behind it.
    const result = await run('query($d: [Int!]!) { items(delays: $d) { id } }', { d: [31, 1, 10, 2] });
    expect(result.data).toEqual({ items: [null, null, { id: '2' }, { id: '3' }] });
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['items', 1], 'FORBIDDEN'],
      [['items', 0], 'FORBIDDEN'],
    ]);
  });

  it('reports errors of leaves in lists with the path and locations graphql-js gives', async () => {
    const query = `{
      rows { name note tags grid count label flag ratio key }
    }`;
    const errors = (result: Awaited<ReturnType<typeof run>>) =>
      (result.errors ?? [])
        .map(({ message, path, locations }) => ({ message, path, locations }))
        .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
    const [compiled, reference] = [
      await run(query),
      await run(query, undefined, undefined, { reference: true }),
    ];
    expect(compiled.data).toEqual(reference.data);
    expect(errors(compiled)).toEqual(errors(reference));
    expect(errors(compiled).map((e) => e.path)).toEqual([
      ['rows', 1, 'name'],
      ['rows', 2, 'count'],
      ['rows', 2, 'flag'],
      ['rows', 2, 'grid', 0, 1],
      ['rows', 2, 'grid', 2, 1],
      ['rows', 2, 'key'],
      ['rows', 2, 'note'],
      ['rows', 2, 'ratio'],
      ['rows', 2, 'tags', 1],
    ]);
    expect(compiled.data?.rows).toContainEqual(
      expect.objectContaining({ count: 3, label: '5', flag: true, ratio: 0.5, key: '7' }),
    );
    expect(errors(compiled)[0]?.locations).toEqual([{ line: 2, column: 14 }]);
  });

  it('calls a resolver of the row alone in place, with the results and errors graphql-js gives', async () => {
    const query = '{ refs { ref n } }';
    extraArguments.length = 0;
    const compiled = await run(query);
    expect(extraArguments).toEqual([0, 0, 0]);
    expect(compiled).toEqual(await run(query, undefined, undefined, { reference: true }));
    expect(compiled.data).toEqual({ refs: [{ ref: 'ref-1', n: 1 }, null, { ref: 'ref-3', n: 3 }] });
    expect(compiled.errors?.map((e) => e.path)).toEqual([['refs', 1, 'ref']]);

    const twice = 'query($x: Boolean!) { refs { n ref again: ref @include(if: $x) } }';
    extraArguments.length = 0;
    expect((await run(twice, { x: true })).data?.refs).toEqual([
      { n: 1, ref: 'ref-1', again: 'ref-1' },
      null,
      { n: 3, ref: 'ref-3', again: 'ref-3' },
    ]);
    expect((await run(twice, { x: false })).data?.refs).toEqual([
      { n: 1, ref: 'ref-1' },
      null,
      { n: 3, ref: 'ref-3' },
    ]);
    expect(extraArguments).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('fills in an input object variable’s defaults', async () => {
    const result = await run('query($o: Options!) { greet(options: $o) }', { o: { name: 'Robin' } });
    expect(result).toEqual({ data: { greet: 'Robin' } });
  });

  it('answers a variable of the wrong type as a client mistake', async () => {
    const result = await run('query($n: Int!) { twice(n: $n) }', { n: 'two' });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await run('query($n: Int!) { twice(n: $n) }', { n: 21 })).toEqual({ data: { twice: 42 } });
  });

  it('treats text in the query as data, never as code of the compiled function', async () => {
    const hostile = '"); throw 1; ("` ${globalThis.x = 1} \u2028 \\ </script> \u0000 end';
    const block = '`${globalThis.x = 2}` \\ end';
    const result = await run(
      `query { a: echo(text: ${JSON.stringify(hostile)}) b: echo(text: """${block}""") }`,
    );
    expect(result).toEqual({ data: { a: hostile, b: block } });
    expect((globalThis as { x?: unknown }).x).toBeUndefined();
  });

  it('refuses an operation name the document does not have, rather than run its only operation', async () => {
    const result = await run('query A { twice(n: 1) }', undefined, 'B');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});
