import { createHash } from 'node:crypto';
import { Role } from '@partnerhub/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, publishListings } from '../../test-support/factories.js';
import { buildMember } from '../../test-support/identity-factories.js';
import { signInCookie, startTwoInstances } from '../../test-support/revocation.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { District } from '../organizations/index.js';

const SEARCH = `query PublicSearch($slug: String!) {
  district(slug: $slug) { opportunities(first: 50) { totalCount nodes { title } } }
}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Get {
  query?: string;
  hash?: boolean;
  v?: string;
  headers?: Record<string, string>;
}

/** A GET the way the client sends public reads. */
async function get(app: TestApp, slug: string, { query = SEARCH, hash = false, v, headers = {} }: Get) {
  const params = new URLSearchParams({ variables: JSON.stringify({ slug }) });
  if (!hash) params.set('query', query);
  if (hash)
    params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }));
  if (v) params.set('v', v);
  const res = await fetch(`${app.app.url}/graphql?${params.toString()}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return { res, text: await res.text() };
}

const keyOf = (version: { id: number }) => toGlobalId('OpportunityListVersion', version.id);

describe.each(TEST_DIALECTS)('public reads that caches may keep, on %s', (dialect) => {
  let t: TestApp;
  let em: EntityManager;
  let district: District;
  let firstKey: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    em = t.app.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    firstKey = keyOf(await publishListings(em, district, [{ title: 'Mentors' }]));
  });
  afterAll(() => t?.close());

  it('keeps an anonymous answer under the newest version a few minutes, with a strong ETag and a 304', async () => {
    const { res, text } = await get(t, district.slug, { v: firstKey });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('vary')).toContain('Cookie');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(JSON.parse(text).data.district.opportunities.totalCount).toBe(1);

    const again = await get(t, district.slug, { v: firstKey, headers: { 'if-none-match': etag } });
    expect(again.res.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.res.headers.get('etag')).toBe(etag);
    expect(again.res.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('makes caches ask again once a publish has made the key old, and the new key shows the new list', async () => {
    const stale = await get(t, district.slug, { v: firstKey });
    const newKey = keyOf(await publishListings(em, district, [{ title: 'Mentors' }, { title: 'Interns' }]));
    const old = await get(t, district.slug, {
      v: firstKey,
      headers: { 'if-none-match': stale.res.headers.get('etag')! },
    });
    expect(old.res.status).toBe(200);
    expect(old.res.headers.get('cache-control')).toBe('public, no-cache');
    expect(JSON.parse(old.text).data.district.opportunities.totalCount).toBe(2);

    const fresh = await get(t, district.slug, { v: newKey });
    expect(fresh.res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(JSON.parse(fresh.text).data.district.opportunities.totalCount).toBe(2);
    firstKey = newKey;
  });

  it('lets caches keep but always check answers without a current key', async () => {
    for (const v of [
      undefined,
      'not-a-key',
      toGlobalId('Opportunity', 1),
      toGlobalId('OpportunityListVersion', 999_999),
    ]) {
      const { res } = await get(t, district.slug, { v });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      expect(res.headers.get('etag')).toBeTruthy();
    }
  });

  it('never lets a shared cache keep what a signed-in person, an error or a POST gets', async () => {
    const cookie = await signInCookie(t, (await buildMember(em, Role.DISTRICT_STAFF, { district })).email);
    const signedIn = await get(t, district.slug, { v: firstKey, headers: { cookie } });
    expect(signedIn.res.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.res.headers.get('etag')).toBeNull();

    const broken = await get(t, district.slug, { query: '{ district(slug: "x") { nope } }', v: firstKey });
    expect(broken.res.headers.get('cache-control') ?? '').not.toMatch(/public/);
    expect(broken.res.headers.get('etag')).toBeNull();

    const posted = await t.gql(SEARCH, { slug: district.slug });
    expect(posted.res.headers.get('etag')).toBeNull();
    expect(posted.res.headers.get('cache-control')).toBeNull();
  });

  it('understands a query by its hash once its text was sent, and never lets the miss be kept', async () => {
    const query = `${SEARCH} # ${dialect}`;
    const miss = await get(t, district.slug, { query, hash: true, v: firstKey });
    expect(JSON.parse(miss.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.res.headers.get('cache-control') ?? '').not.toMatch(/public/);

    const params = new URLSearchParams({
      query,
      variables: JSON.stringify({ slug: district.slug }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
    });
    await fetch(`${t.app.url}/graphql?${params.toString()}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    params.delete('query');
    const res = await fetch(`${t.app.url}/graphql?${params.toString()}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await res.json()) as { data: { district: unknown } }).data.district).toBeTruthy();
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('persisted queries with several instances', () => {
  let instances: Awaited<ReturnType<typeof startTwoInstances>>;
  beforeAll(async () => {
    instances = await startTwoInstances('postgresql', process.env.TEST_REDIS_URL!);
  });
  afterAll(() => instances?.close());

  it('a query registered through one instance is understood by its hash on the other', async () => {
    const em = instances.first.app.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    await publishListings(em, district, [{ title: 'Mentors' }]);
    const query = `${SEARCH} # shared ${Math.random()}`;
    const params = new URLSearchParams({
      query,
      variables: JSON.stringify({ slug: district.slug }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
    });
    const headers = { 'apollo-require-preflight': 'true' };
    await fetch(`${instances.first.app.url}/graphql?${params.toString()}`, { headers });
    params.delete('query');
    const res = await fetch(`${instances.second.app.url}/graphql?${params.toString()}`, { headers });
    const body = (await res.json()) as { data: { district: { opportunities: { totalCount: number } } } };
    expect(body.data.district.opportunities.totalCount).toBe(1);
  });
});
