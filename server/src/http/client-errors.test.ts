import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { type TestApp, startTestApp } from '../test-support/app.js';

interface Case {
  name: string;
  /** A JSON body, or a raw string sent as is. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  method?: string;
  search?: string;
  status: number;
  code: string;
  message: RegExp;
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const gql = (query: string, variables?: Record<string, unknown>) => ({ query, variables });
const FUNDING_SOURCE =
  'mutation ($input: CreateFundingSourceInput!) { createFundingSource(input: $input) { userErrors { code } } }';
const fundingSource = (amountCents: number) => ({
  districtId: toGlobalId('District', 1),
  programId: toGlobalId('FundingProgram', 1),
  fiscalYear: 2026,
  name: 'Title I',
  amountCents,
});

const cases: Case[] = [
  {
    name: 'a string for an Int! variable',
    body: gql('query ($n: Int!) { districts(first: $n) { totalCount } }', { n: 'abc' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$n" got invalid value "abc"; Int cannot represent non-integer value/,
  },
  {
    name: 'a missing required variable',
    body: gql('query ($n: Int!) { districts(first: $n) { totalCount } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Variable "\$n" of required type "Int!" was not provided/,
  },
  {
    name: '1.5 for a SafeInt',
    body: gql(FUNDING_SOURCE, { input: fundingSource(1.5) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /at "input.amountCents".*SafeInt/,
  },
  {
    name: '2^53 for a SafeInt',
    body: gql(FUNDING_SOURCE, { input: fundingSource(2 ** 53) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /9007199254740992 at "input.amountCents".*SafeInt/,
  },
  {
    name: 'an unknown enum value in a variable',
    body: gql('query ($k: [PartnerKind!]) { district(slug: "x") { partners(kinds: $k) { totalCount } } }', {
      k: ['NOPE'],
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Value "NOPE" does not exist in "PartnerKind" enum/,
  },
  {
    name: 'a syntax error',
    body: gql('{ districts '),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Expected Name, found <EOF>/,
  },
  {
    name: 'more tokens than the limit',
    body: gql(`{ ${'__typename '.repeat(2_100)} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^The query has more than 2000 tokens, the limit\./,
  },
  {
    name: 'a cost over the limit',
    body: gql(
      '{ partnerOrganizations(first: 100) { nodes { opportunities(first: 100) { nodes { id title } } } } }',
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Query cost \d+ is over the limit of 5000 by \d+\./,
  },
  {
    name: 'nodes(ids:) with 20,000 ids',
    body: gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      // Short ids: 20,000 real ones would pass the body limit first.
      ids: Array.from({ length: 20_000 }, (_, i) => `d${i}`),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"ids" takes at most 100 ids, got 20000\./,
  },
  {
    name: 'a JSON body nested 10,000 deep',
    raw: `{"query":"{ __typename }","variables":{"a":${deep(10_000)}}}`,
    status: 400,
    code: 'BAD_REQUEST',
    message: /nests arrays and objects deeper than 64 levels/,
  },
  {
    name: 'GET variables nested 1,000 deep',
    method: 'GET',
    search: `?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"a":${deep(1_000)}}`)}`,
    headers: { 'apollo-require-preflight': 'true' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /at most 64 levels deep/,
  },
  {
    name: 'no query',
    body: { variables: {} },
    status: 400,
    code: 'BAD_REQUEST',
    message: /non-empty `query`/,
  },
  {
    name: 'a query that is not a string',
    body: { query: 5 },
    status: 400,
    code: 'BAD_REQUEST',
    message: /must be strings/,
  },
  {
    name: 'variables that are not an object',
    body: { query: '{ __typename }', variables: [1] },
    status: 400,
    code: 'BAD_REQUEST',
    message: /`variables` in a POST body must be an object/,
  },
  {
    name: 'an unknown operationName',
    body: { query: 'query A { __typename }', operationName: 'B' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /Unknown operation named "B"/,
  },
  {
    name: 'a GET without the preflight header',
    method: 'GET',
    search: `?query=${encodeURIComponent('{ __typename }')}`,
    headers: {},
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery.*apollo-require-preflight/s,
  },
  {
    name: 'a text/plain body',
    raw: '{"query":"{ __typename }"}',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'an XML content type',
    raw: '<query/>',
    headers: { 'content-type': 'application/xml' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /invalid Content-Type/,
  },
  { name: 'invalid JSON', raw: '{nope', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  {
    name: 'a query deeper than the limit',
    body: gql(
      '{ districts(first: 1) { nodes { partners(first: 1) { nodes { partnerships(first: 1) { nodes { district { partners(first: 1) { nodes { partnerships(first: 1) { nodes { partner { name } } } } } } } } } } } } }',
    ),
    status: 400,
    code: 'QUERY_TOO_DEEP',
    message: /^Query depth limit of 10 exceeded, found 13\. Nest fewer fields\./,
  },
  {
    name: 'more aliases than the limit',
    body: gql(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: districts(first: 1) { totalCount }`).join(' ')} }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Aliases limit of 15 exceeded, found 20\./,
  },
  {
    name: 'more directives than the limit',
    body: gql(`{ ${Array.from({ length: 25 }, (_, i) => `a${i}: __typename @skip(if: false)`).join(' ')} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Directives limit of 20 exceeded, found 25\./,
  },
  {
    name: 'first: 1000',
    body: gql('{ districts(first: 1000) { totalCount } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"first" must be between 0 and 100, got 1000\./,
  },
  {
    name: 'first: -1 in a nested list',
    body: gql('{ district(slug: "x") { partners(first: -1) { totalCount } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"first" must be between 0 and 100, got -1\./,
  },
  {
    name: 'a cursor that is not one',
    body: gql('{ districts(first: 1, after: "garbage!!") { totalCount } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"after" is not a cursor from this list\./,
  },
  {
    name: 'a malformed id in node(id:)',
    body: gql('{ node(id: "garbage") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"garbage" is not an id from this API/,
  },
  {
    name: 'an id of an unknown type in nodes(ids:)',
    body: gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [toGlobalId('Nope', 1)] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /is not an id from this API/,
  },
  {
    name: 'a malformed id in a mutation input',
    body: gql('mutation { deleteGoal(input: { id: "garbage", version: 1 }) { deletedId } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^"garbage" is not the id of a Goal\./,
  },
  {
    name: 'an id of another type in a mutation input',
    body: gql('mutation ($id: ID!) { deleteGoal(input: { id: $id, version: 1 }) { deletedId } }', {
      id: toGlobalId('District', 1),
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /is not the id of a Goal\./,
  },
  {
    name: 'the id of a goal that does not exist',
    body: gql('mutation ($id: ID!) { deleteGoal(input: { id: $id, version: 1 }) { deletedId } }', {
      id: toGlobalId('Goal', 999_999),
    }),
    status: 404,
    code: 'NOT_FOUND',
    message: /^No Goal has the id/,
  },
];

describe('client mistakes over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t?.close());

  it.each(cases)('answers $status $code to $name', async (c) => {
    const res = await fetch(`${t.app.url}/graphql${c.search ?? ''}`, {
      method: c.method ?? 'POST',
      headers: c.headers ?? { 'content-type': 'application/json' },
      body: c.method === 'GET' ? undefined : (c.raw ?? JSON.stringify(c.body)),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect({ status: res.status, code: body.errors[0]?.extensions.code }).toEqual({
      status: c.status,
      code: c.code,
    });
    expect(body.errors[0]?.message).toMatch(c.message);
  });

  it('still answers 200 to a correct operation, and to an id of ours that names nothing', async () => {
    const { res, body } = await t.gql('query ($id: ID!) { node(id: $id) { id } }', {
      id: toGlobalId('District', 999_999),
    });
    expect(res.status).toBe(200);
    expect(body).toEqual({ data: { node: null } });
  });
});
