import { ApolloServer, type ApolloServerOptionsWithGateway, HeaderMap } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';

type Gateway = ApolloServerOptionsWithGateway<{ who: string }>['gateway'];
type GatewayGraphQLRequestContext = Parameters<
  NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>
>[0];

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { hello: { type: GraphQLString, args: { x: { type: GraphQLString } } } },
  }),
});

/** An Apollo server whose gateway executor sets the response status and keeps what it was handed. */
async function serverSeeing(seen: GatewayGraphQLRequestContext[]) {
  const apollo = new ApolloServer<{ who: string }>({
    gateway: {
      load: () =>
        Promise.resolve({
          executor: (requestContext) => {
            seen.push(requestContext);
            requestContext.response!.http!.status = 203;
            return Promise.resolve({ data: { hello: 'hi' } });
          },
        }),
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => {};
      },
      stop: () => Promise.resolve(),
    },
  });
  await apollo.start();
  return apollo;
}

// The compiled execution runs as Apollo's gateway executor. The patch to @apollo/server
// (patches/@apollo__server@*.patch) builds the executor's request context without per-request
// accessors in object literals or spread copies: V8 allocated those in its old generation, where,
// dead, they kept each request's data alive through young collections (bench/README.md).
describe("the gateway executor's request context", () => {
  it('sets the response status through an accessor shared by every request, not one of its own', async () => {
    const seen: GatewayGraphQLRequestContext[] = [];
    const apollo = await serverSeeing(seen);
    const ask = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: 'query Q($x: String) { hello(x: $x) }', operationName: 'Q', variables: { x: 'y' } },
        },
        context: () => Promise.resolve({ who: 'someone' }),
      });
    const [first, second] = [await ask(), await ask()];
    await apollo.stop();

    expect([first.status, second.status]).toEqual([203, 203]);
    expect(seen).toHaveLength(2);
    const [a, b] = seen.map((c) => c.response!.http!);
    expect(Object.getOwnPropertyDescriptor(a, 'status')).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(a!.status).toBe(203);
    // What the executor reads is still the request's own.
    expect(seen[0]!.request).toMatchObject({ operationName: 'Q', variables: { x: 'y' } });
    expect(seen[0]!.operationName).toBe('Q');
    expect(seen[0]!.context).toMatchObject({ who: 'someone' });
    expect(seen[0]!.document?.kind).toBe('Document');
  });
});
