import type { EntityManager } from '@mikro-orm/knex';
import { Role, todayIsoDate } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartnership, buildVettingRecord } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { AuditEntry } from '../audit/index.js';
import type { Viewer } from '../access/index.js';
import type { District } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';
import { addDays } from './vetting-status.js';
import { recordVetting } from './vetting.service.js';

const RECORD = `mutation ($input: RecordVettingInput!) {
  recordVetting(input: $input) {
    vettingRecord { id kind expiresOn documentUrl version status }
    userErrors { field code }
  }
}`;
const REMOVE = `mutation ($input: RemoveVettingInput!) {
  removeVetting(input: $input) { deletedVettingRecordId partnership { id } userErrors { field code } }
}`;

interface RecordPayload {
  vettingRecord: {
    id: string;
    kind: string;
    expiresOn: string | null;
    version: number;
    status: string;
  } | null;
  userErrors: { field: string[] | null; code: string }[];
}

describe.each(TEST_DIALECTS)('vetting records on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let staff: Viewer;
  const today = todayIsoDate();
  const em = () => h.orm.em.fork() as EntityManager;
  const history = (partnershipId: number) =>
    em().find(AuditEntry, { targetType: 'Partnership', targetId: partnershipId }, { orderBy: { id: 'asc' } });

  async function record(input: Record<string, unknown>) {
    const result = await h.run<{ recordVetting: RecordPayload }>(RECORD, { input }, { as: staff });
    expect(result.errors).toBeUndefined();
    return result.data!.recordVetting;
  }

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    district = await buildDistrict(em());
    const m = em();
    staff = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  it('creates one record per kind and updates it by version, auditing the partnership with the kind', async () => {
    const p = await buildPartnership(em(), { district });
    const partnershipId = toGlobalId('Partnership', p.id);
    const expiresOn = addDays(today, 200);
    const created = await record({ partnershipId, kind: 'INSURANCE', expiresOn, version: null });
    expect(created.userErrors).toEqual([]);
    expect(created.vettingRecord).toMatchObject({
      kind: 'INSURANCE',
      expiresOn,
      version: 1,
      status: 'VALID',
    });

    const again = await record({ partnershipId, kind: 'INSURANCE', expiresOn: today, version: null });
    expect(again.userErrors).toEqual([{ field: ['input', 'version'], code: 'STALE' }]);

    const updated = await record({
      partnershipId,
      kind: 'INSURANCE',
      expiresOn: addDays(today, 5),
      version: 1,
    });
    expect(updated.vettingRecord).toMatchObject({
      id: created.vettingRecord!.id,
      version: 2,
      status: 'EXPIRING_SOON',
    });

    const entries = await history(p.id);
    expect(entries.map((e) => e.action)).toEqual([
      'partnership.vetting.record',
      'partnership.vetting.record',
    ]);
    expect(entries[0]!.changes).toEqual({
      'vetting.INSURANCE.kind': { from: null, to: 'INSURANCE' },
      'vetting.INSURANCE.expiresOn': { from: null, to: expiresOn },
    });
    expect(entries[1]!.changes).toEqual({
      'vetting.INSURANCE.expiresOn': { from: expiresOn, to: addDays(today, 5) },
    });
  });

  it('reports every problem and writes nothing', async () => {
    const p = await buildPartnership(em(), { district });
    const result = await record({
      partnershipId: toGlobalId('Partnership', p.id),
      kind: 'BACKGROUND_CHECK',
      verifiedOn: '2026-03-10',
      expiresOn: '2026-03-01',
      documentUrl: 'not a link',
    });
    expect(result.userErrors.map((e) => e.field!.at(-1)).sort()).toEqual(['documentUrl', 'expiresOn']);
    expect(await em().count(VettingRecord, { partnership: p.id })).toBe(0);
    expect(await history(p.id)).toEqual([]);
  });

  it('lets only one of two people recording the same kind at once create it', async () => {
    const p = await buildPartnership(em(), { district });
    const attempt = async (note: string) => {
      const fork = em();
      return recordVetting({
        em: fork,
        audit: { viewer: staff, requestId: note },
        partnership: await fork.findOneOrFail(Partnership, p.id),
        input: { partnershipId: toGlobalId('Partnership', p.id), kind: 'AGREEMENT', note, version: null },
      });
    };
    const results = await Promise.all([attempt('from A'), attempt('from B')]);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['STALE']);
    expect(await em().count(VettingRecord, { partnership: p.id })).toBe(1);
    expect(await history(p.id)).toHaveLength(1);
  });

  it('removes a record only at its current version, and audits the removal', async () => {
    const p = await buildPartnership(em(), { district });
    const r = await buildVettingRecord(em(), { partnership: p, kind: 'AGREEMENT', expiresOn: '2030-06-30' });
    const remove = (version: number) =>
      h.run<{ removeVetting: { deletedVettingRecordId: string | null; userErrors: { code: string }[] } }>(
        REMOVE,
        { input: { id: toGlobalId('VettingRecord', r.id), version } },
        { as: staff },
      );
    expect((await remove(r.version + 1)).data!.removeVetting.userErrors).toEqual([
      { field: ['input', 'version'], code: 'STALE' },
    ]);
    expect(await em().count(VettingRecord, { id: r.id })).toBe(1);
    const removed = (await remove(r.version)).data!.removeVetting;
    expect(removed.deletedVettingRecordId).toBe(toGlobalId('VettingRecord', r.id));
    expect(await em().count(VettingRecord, { id: r.id })).toBe(0);
    const [entry] = await history(p.id);
    expect(entry!.action).toBe('partnership.vetting.remove');
    expect(entry!.changes).toMatchObject({
      'vetting.AGREEMENT.kind': { from: 'AGREEMENT', to: null },
      'vetting.AGREEMENT.expiresOn': { from: '2030-06-30', to: null },
    });
  });

  it('computes each record’s status against today and the partnership’s worst one', async () => {
    const p = await buildPartnership(em(), { district });
    await buildVettingRecord(em(), { partnership: p, kind: 'AGREEMENT', expiresOn: addDays(today, -1) });
    await buildVettingRecord(em(), { partnership: p, kind: 'INSURANCE', expiresOn: addDays(today, 10) });
    const result = await h.run<{
      node: {
        vettingStatus: string;
        vetting: { kind: string; status: string; expired: boolean; soon: boolean }[];
      };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Partnership {
        vettingStatus vetting { kind status expired soon: expiresWithinDays(days: 14) }
      } } }`,
      { id: toGlobalId('Partnership', p.id) },
      { as: staff },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toEqual({
      vettingStatus: 'EXPIRED',
      vetting: [
        { kind: 'AGREEMENT', status: 'EXPIRED', expired: true, soon: false },
        { kind: 'INSURANCE', status: 'EXPIRING_SOON', expired: false, soon: true },
      ],
    });
  });
});
