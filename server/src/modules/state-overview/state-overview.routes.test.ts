import type { EntityManager } from '@mikro-orm/knex';
import { ApiTokenScope, Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test-support/app.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildStateAgency } from '../../test-support/factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { buildApiToken, buildMember } from '../../test-support/identity-factories.js';
import { signInCookie } from '../../test-support/revocation.js';

describe.each(TEST_DIALECTS)('the state overview CSV download on %s', (dialect) => {
  let t: TestApp;
  let reviewerCookie: string;
  let otherCookie: string;
  let districtToken: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const em = t.app.orm.em.fork() as EntityManager;
    const agency = await buildStateAgency(em, { state: 'OH' });
    const georgia = await buildStateAgency(em, { state: 'GA' });
    const ridge = await buildDistrict(em, { name: 'Maple Ridge Schools' });
    await buildDistrict(em, { name: '@SUM(A1) Local' });
    await buildObjective(em, await buildGoal(em, ridge), { status: 'OFF_TRACK' });
    const reviewer = await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency });
    const other = await buildMember(em, Role.STATE_ADMIN, { stateAgency: georgia });
    reviewerCookie = await signInCookie(t, reviewer.email);
    otherCookie = await signInCookie(t, other.email);
    districtToken = await buildApiToken(em, ApiTokenScope.READ, { district: ridge });
  });
  afterAll(() => t?.close());

  const download = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.app.url}/exports/states/${path}`, { headers });

  it("gives the state's staff every district, formula-like names kept as text", async () => {
    const res = await download('oh/districts.csv', { cookie: reviewerCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="oh-districts.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^'@SUM\(A1\) Local,/);
    expect(lines[2]).toMatch(/^Maple Ridge Schools,.*,0,1,0\.00,0\.00,$/);
  });

  it('applies the filter from the query string', async () => {
    const res = await download('oh/districts.csv?atRisk=true&search=maple', { cookie: reviewerCookie });
    expect((await res.text()).trimEnd().split('\r\n')).toHaveLength(2);
  });

  it("refuses the public, another state's staff, a district's token and unknown states", async () => {
    expect((await download('oh/districts.csv')).status).toBe(401);
    expect((await download('oh/districts.csv', { cookie: otherCookie })).status).toBe(403);
    expect((await download('oh/districts.csv', { authorization: `Bearer ${districtToken}` })).status).toBe(
      403,
    );
    expect((await download('wy/districts.csv', { cookie: reviewerCookie })).status).toBe(404);
    const post = await fetch(`${t.app.url}/exports/states/oh/districts.csv`, {
      method: 'POST',
      headers: { cookie: reviewerCookie },
    });
    expect(post.status).toBe(405);
  });
});
