import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDistrict, publishListings } from '../test-support/factories.js';
import { createGraphqlHarness, type GraphqlHarness, silentLog } from '../test-support/graphql.js';
import { type Context, createContext } from './context.js';

const SEARCH = `query Search($slug: String!) {
  district(slug: $slug) {
    opportunities(first: 10, orderBy: DEADLINE) { totalCount edges { node { id title partner { id } } } }
  }
}`;

// Apollo hands resolvers a shallow copy of the context; the copy must not make what is lazy eager.
describe('request context under Apollo', () => {
  let harness: GraphqlHarness;
  let slug: string;

  beforeAll(async () => {
    harness = await createGraphqlHarness('sqlite');
    const em = harness.orm.em.fork();
    const district = await buildDistrict(em);
    await publishListings(em, district, [{ title: 'Robotics mentor' }, { title: 'Bakery internship' }]);
    slug = district.slug;
  });
  afterAll(() => harness.close());

  it('forks no entity manager for an operation whose resolvers never use it', async () => {
    const fork = vi.spyOn(harness.orm.em, 'fork');
    try {
      const result = await harness.run(`{ __typename }`);
      expect(result.errors).toBeUndefined();
      expect(fork).not.toHaveBeenCalled();
    } finally {
      fork.mockRestore();
    }
  });

  it('forks once for a search, whose read takes the entity manager', async () => {
    const fork = vi.spyOn(harness.orm.em, 'fork');
    try {
      const result = await harness.run<{ district: { opportunities: { totalCount: number } } }>(SEARCH, {
        slug,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.district.opportunities.totalCount).toBe(2);
      expect(fork).toHaveBeenCalledTimes(1);
    } finally {
      fork.mockRestore();
    }
  });

  it('forks once, on first use, shared by the context and the copy the resolvers get', () => {
    const fork = vi.spyOn(harness.orm.em, 'fork');
    try {
      const context = createContext(harness.orm, silentLog, harness.services, { requestId: 'copy' });
      // What Apollo's `internalExecuteOperation` does to the context it is given.
      const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as Context, context);
      expect(fork).not.toHaveBeenCalled();
      expect(copy.em).toBe(copy.em);
      expect(fork).toHaveBeenCalledTimes(1);
      expect(context.em).toBe(copy.em);
      expect(fork).toHaveBeenCalledTimes(1);
      expect(copy.log).toBe(context.log);
      expect(copy.requestId).toBe('copy');
    } finally {
      fork.mockRestore();
    }
  });
});
