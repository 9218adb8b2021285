import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphqlHarness, createGraphqlHarness } from '../test-support/graphql.js';

describe('query limits', () => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness('sqlite');
  });
  afterAll(() => h.close());

  it('rejects a query over the cost limit and says by how much', async () => {
    const result = await h.run(`{
      partnerOrganizations(first: 100) { nodes { opportunities(first: 100) { nodes { id title } } } }
    }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/^Query cost \d+ is over the limit of 5000 by \d+\./);
    expect(result.data).toBeUndefined();
  });

  it('accepts a normal search page', async () => {
    const result = await h.run(
      `{ districts(first: 50) { nodes { opportunities(first: 50) { totalCount } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });

  it('rejects a query deeper than the limit, naming the limit and the depth found', async () => {
    const result = await h.run(
      `{ districts(first: 1) { nodes { partners(first: 1) { nodes { partnerships(first: 1) { nodes { district { partners(first: 1) { nodes { partnerships(first: 1) { nodes { partner { name } } } } } } } } } } } } }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded, found 1\d/);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: districts(first: 1) { totalCount }`).join(
      '\n',
    );
    const result = await h.run(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 20/);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
