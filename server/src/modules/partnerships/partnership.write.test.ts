import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { AuditEntry } from '../audit/index.js';
import type { Viewer } from '../access/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import { proposePartnership, updatePartnership } from './partnership.service.js';

const CREATE = `mutation ($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    partnership { id status startDate notes agreementUrl version }
    userErrors { field code message }
  }
}`;
const UPDATE = `mutation ($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    partnership { id status endDate version history { totalCount nodes { action changes { field from to } } } }
    userErrors { field code message }
  }
}`;

interface Payload {
  partnership: (Record<string, unknown> & { version: number }) | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

describe.each(TEST_DIALECTS)('partnership writes on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let staff: Viewer;
  const em = () => h.orm.em.fork() as EntityManager;
  const auditCount = (targetId: number) => em().count(AuditEntry, { targetType: 'Partnership', targetId });

  async function create(input: Record<string, unknown>) {
    const result = await h.run<{ createPartnership: Payload }>(CREATE, { input }, { as: staff });
    expect(result.errors).toBeUndefined();
    return result.data!.createPartnership;
  }
  async function update(input: Record<string, unknown>) {
    const result = await h.run<{ updatePartnership: Payload }>(UPDATE, { input }, { as: staff });
    expect(result.errors).toBeUndefined();
    return result.data!.updatePartnership;
  }
  const ids = (partnerId: number) => ({
    districtId: toGlobalId('District', district.id),
    partnerId: toGlobalId('PartnerOrganization', partnerId),
  });

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    district = await buildDistrict(em());
    const m = em();
    staff = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  it('creates a partnership with an audit entry of what was set, and refuses a second one for the pair', async () => {
    // A partner the district added and that has no admin: the district speaks for it.
    const partner = await buildPartner(em(), { createdByDistrict: district });
    const created = await create({
      ...ids(partner.id),
      status: 'ACTIVE',
      startDate: '2026-09-01',
      notes: '  Met at the career fair.  ',
      agreementUrl: 'https://docs.example.org/mou.pdf',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.partnership).toMatchObject({
      status: 'ACTIVE',
      notes: 'Met at the career fair.',
      version: 1,
    });
    const entries = await em().find(AuditEntry, {
      targetType: 'Partnership',
      action: 'partnership.create',
      partnerId: partner.id,
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.districtId).toBe(district.id);
    expect(entries[0]!.changes).toMatchObject({
      status: { from: null, to: 'ACTIVE' },
      startDate: { from: null, to: '2026-09-01' },
      notes: { from: null, to: 'Met at the career fair.' },
    });

    const again = await create({ ...ids(partner.id) });
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'partnerId'], code: 'TAKEN' }),
    ]);
    expect(await em().count(Partnership, { district, partner })).toBe(1);
  });

  it('reports every problem of an input at once and writes nothing', async () => {
    const partner = await buildPartner(em());
    const result = await create({
      ...ids(partner.id),
      startDate: '2026-09-01',
      endDate: '2026-08-31',
      agreementSignedOn: '2026-13-01',
      agreementUrl: 'ftp://files.example.org/mou',
      districtContactEmail: 'not an address',
      agreementRenewalOn: '2026-01-01',
      participatesInVision: null,
    });
    expect(result.partnership).toBeNull();
    expect(result.userErrors.map((e) => e.field!.at(-1)).sort()).toEqual([
      'agreementSignedOn',
      'agreementUrl',
      'districtContactEmail',
      'endDate',
      'participatesInVision',
    ]);
    expect(await em().count(Partnership, { partner })).toBe(0);
    expect(await em().count(AuditEntry, { partnerId: partner.id })).toBe(0);
  });

  it('records a status change from and to, like any other field', async () => {
    const p = await buildPartnership(em(), { district, status: 'ACTIVE' });
    const result = await update({
      id: toGlobalId('Partnership', p.id),
      version: p.version,
      status: 'PAUSED',
    });
    expect(result.userErrors).toEqual([]);
    expect(result.partnership).toMatchObject({ status: 'PAUSED', version: p.version + 1 });
    expect(result.partnership!.history).toEqual({
      totalCount: 1,
      nodes: [{ action: 'partnership.update', changes: [{ field: 'status', from: 'ACTIVE', to: 'PAUSED' }] }],
    });
  });

  it('checks a changed date against the stored other half of its pair', async () => {
    const p = await buildPartnership(em(), { district });
    await em().nativeUpdate(Partnership, { id: p.id }, { startDate: '2030-01-01' });
    const result = await update({
      id: toGlobalId('Partnership', p.id),
      version: p.version,
      endDate: '2029-12-31',
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'endDate'], code: 'INVALID' }),
    ]);
    expect(await auditCount(p.id)).toBe(0);
  });

  it('refuses an outdated version with STALE and changes nothing', async () => {
    const p = await buildPartnership(em(), { district });
    const id = toGlobalId('Partnership', p.id);
    expect((await update({ id, version: p.version, notes: 'first' })).userErrors).toEqual([]);
    const stale = await update({ id, version: p.version, notes: 'second' });
    expect(stale.partnership).toBeNull();
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE' }),
    ]);
    expect((await em().findOneOrFail(Partnership, p.id)).notes).toBe('first');
    expect(await auditCount(p.id)).toBe(1);
  });

  it('lets exactly one of two concurrent updates of the same version win; the loser leaves no audit entry', async () => {
    const p = await buildPartnership(em(), { district });
    const attempt = async (notes: string) => {
      const fork = em();
      const partnership = await fork.findOneOrFail(Partnership, p.id);
      return updatePartnership({
        em: fork,
        audit: { viewer: staff, requestId: notes },
        partnership,
        input: { id: toGlobalId('Partnership', p.id), version: p.version, notes },
      });
    };
    const results = await Promise.all([attempt('from A'), attempt('from B')]);
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['STALE']);
    const saved = await em().findOneOrFail(Partnership, p.id);
    expect(saved.notes).toBe(winners[0]!.partnership!.notes);
    expect(saved.version).toBe(p.version + 1);
    const entries = await em().find(AuditEntry, { targetType: 'Partnership', targetId: p.id });
    expect(entries.map((e) => e.changes.notes?.to)).toEqual([saved.notes]);
  });

  it('gives TAKEN to the loser of two concurrent creates of one pair, which leaves no audit entry', async () => {
    const partner = await buildPartner(em(), { createdByDistrict: district });
    const attempt = async (requestId: string) => {
      const fork = em();
      return proposePartnership({
        em: fork,
        audit: { viewer: staff, requestId },
        district: await fork.findOneOrFail(District, district.id),
        partner: await fork.findOneOrFail(PartnerOrganization, partner.id),
        input: { ...ids(partner.id), status: 'ACTIVE' },
      });
    };
    const results = await Promise.all([attempt('A'), attempt('B')]);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['TAKEN']);
    expect(await em().count(Partnership, { partner })).toBe(1);
    expect(await em().count(AuditEntry, { partnerId: partner.id, action: 'partnership.create' })).toBe(1);
  });
});
