import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildContact, buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { AuditEntry } from '../audit/index.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import { PartnerContact } from './partner-contact.entity.js';
import type { PartnerOrganization } from './partner-organization.entity.js';

type Errors = { field: string[] | null; code: string }[];

describe.each(TEST_DIALECTS)('partner contacts on %s', (dialect) => {
  let h: GraphqlHarness;
  let partner: PartnerOrganization;
  let member: Viewer;
  let districtReader: Viewer;
  const em = () => h.orm.em.fork() as EntityManager;

  async function mutate<T>(name: string, input: Record<string, unknown>, selection: string) {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const result = await h.run<Record<string, T & { userErrors: Errors }>>(
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code } } }`,
      { input },
      { as: member },
    );
    expect(result.errors).toBeUndefined();
    return result.data![name]!;
  }

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const m = em();
    partner = await buildPartner(m);
    const district = await buildDistrict(m);
    await buildPartnership(m, { district, partner, status: 'ACTIVE' });
    member = await viewerOfUser(m, await buildMember(m, Role.PARTNER_MEMBER, { partner }));
    districtReader = await viewerOfUser(m, await buildMember(m, Role.STATE_REVIEWER, { district }));
  });
  afterAll(() => h.close());

  it('adds, changes and removes a contact, each change in the partner’s history', async () => {
    const created = await mutate<{ contact: { id: string; version: number } }>(
      'createPartnerContact',
      {
        partnerId: toGlobalId('PartnerOrganization', partner.id),
        name: 'Jo Rivera',
        email: 'Jo.Rivera@Example.org',
      },
      'contact { id version email publishable }',
    );
    expect(created.userErrors).toEqual([]);
    expect(created.contact).toMatchObject({ email: 'jo.rivera@example.org', publishable: false, version: 1 });
    const { id } = created.contact;

    const updated = await mutate<{ contact: { version: number } }>(
      'updatePartnerContact',
      { id, version: 1, publishable: true, title: 'Program lead' },
      'contact { version title }',
    );
    expect(updated.contact).toEqual({ version: 2, title: 'Program lead' });

    const stale = await mutate('deletePartnerContact', { id, version: 1 }, 'deletedContactId');
    expect(stale.userErrors).toEqual([{ field: ['input', 'version'], code: 'STALE' }]);
    const deleted = await mutate<{ deletedContactId: string }>(
      'deletePartnerContact',
      { id, version: 2 },
      'deletedContactId',
    );
    expect(deleted).toEqual({ deletedContactId: id, userErrors: [] });
    expect(await em().count(PartnerContact, { partner })).toBe(0);

    const entries = await em().find(
      AuditEntry,
      { targetType: 'PartnerOrganization', targetId: partner.id },
      {
        orderBy: { id: 'asc' },
      },
    );
    const contactId = fromGlobalId(id)!.id;
    expect(entries.map((e) => e.action)).toEqual([
      'partner.contact.create',
      'partner.contact.update',
      'partner.contact.delete',
    ]);
    expect(entries[1]!.changes).toEqual({
      [`contacts.${contactId}.title`]: { from: null, to: 'Program lead' },
      [`contacts.${contactId}.publishable`]: { from: false, to: true },
    });
    expect(entries[2]!.changes).toMatchObject({
      [`contacts.${contactId}.email`]: { from: 'jo.rivera@example.org', to: null },
    });
  });

  it('reports every problem and adds nothing', async () => {
    const before = await em().count(PartnerContact, { partner });
    const result = await mutate(
      'createPartnerContact',
      {
        partnerId: toGlobalId('PartnerOrganization', partner.id),
        name: ' ',
        email: 'jo at example',
        phone: 'call me',
      },
      'contact { id }',
    );
    expect(result.userErrors.map((e) => e.field!.at(-1)).sort()).toEqual(['email', 'name', 'phone']);
    expect(await em().count(PartnerContact, { partner })).toBe(before);
  });

  it('shows every contact to the partner and its districts, and only publishable ones to the public', async () => {
    const hidden = await buildContact(em(), { partner, publishable: false });
    const shown = await buildContact(em(), { partner, publishable: true });
    const read = (viewer: Viewer) =>
      h.run<{
        partnerOrganization: { publicContacts: { name: string }[]; contacts?: { id: string }[] };
        hidden: { id: string } | null;
        shown: { id: string } | null;
      }>(
        `query ($slug: String!, $hidden: ID!, $shown: ID!, $all: Boolean!) {
          partnerOrganization(slug: $slug) { publicContacts { name } contacts @include(if: $all) { id } }
          hidden: node(id: $hidden) { id }
          shown: node(id: $shown) { id }
        }`,
        {
          slug: partner.slug,
          hidden: toGlobalId('PartnerContact', hidden.id),
          shown: toGlobalId('PartnerContact', shown.id),
          all: viewer !== ANONYMOUS,
        },
        { as: viewer },
      );
    for (const viewer of [member, districtReader]) {
      const result = await read(viewer);
      expect(result.errors).toBeUndefined();
      expect(result.data!.partnerOrganization.contacts!.map((c) => c.id).sort()).toEqual(
        [hidden, shown].map((c) => toGlobalId('PartnerContact', c.id)).sort(),
      );
      expect(result.data!.hidden).not.toBeNull();
    }
    const anonymous = await read(ANONYMOUS);
    expect(anonymous.data!.partnerOrganization.publicContacts).toEqual([{ name: shown.name }]);
    expect(anonymous.data!.hidden).toBeNull();
    expect(anonymous.data!.shown).toEqual({ id: toGlobalId('PartnerContact', shown.id) });
    const refused = await h.run(
      `query ($slug: String!) { partnerOrganization(slug: $slug) { contacts { id } } }`,
      {
        slug: partner.slug,
      },
    );
    expect(refused.errors!.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
