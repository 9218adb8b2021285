import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevocationEvent } from '../../events/index.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildStateAgency } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import { AuditEntry } from '../audit/index.js';
import { District } from './district.entity.js';
import { StateAgency } from './state-agency.entity.js';

type Errors = { field: string[] | null; code: string; message: string }[];

describe.each(TEST_DIALECTS)('state agencies on %s', (dialect) => {
  let h: GraphqlHarness;
  let agency: StateAgency;
  let district: District;
  let stateAdmin: Viewer;
  let districtAdmin: Viewer;
  const em = () => h.orm.em.fork() as EntityManager;

  async function mutate<T>(as: Viewer, name: string, input: Record<string, unknown>, selection: string) {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const result = await h.run<Record<string, T & { userErrors: Errors }>>(
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data![name]!;
  }

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const m = em();
    agency = await buildStateAgency(m, { state: 'OH', name: 'Ohio Department of Education and Workforce' });
    district = await buildDistrict(m);
    stateAdmin = await viewerOfUser(m, await buildMember(m, Role.STATE_ADMIN, { stateAgency: agency }));
    districtAdmin = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_ADMIN, { district }));
  });
  afterAll(() => h.close());

  it('shows the public its name and state, and its people only to its admins', async () => {
    const query = `query { stateAgency(state: "oh") { name state viewerCanReadPrivate viewerCanCreateDistrict members { role } } }`;
    const anonymous = await h.run(query, {}, { as: ANONYMOUS });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const publicPart = await h.run(`query { stateAgency(state: "OH") { name state viewerCanReadPrivate } }`);
    expect(publicPart.data).toEqual({
      stateAgency: { name: agency.name, state: 'OH', viewerCanReadPrivate: false },
    });
    const admin = await h.run(query, {}, { as: stateAdmin });
    expect(admin.data).toMatchObject({
      stateAgency: {
        viewerCanReadPrivate: true,
        viewerCanCreateDistrict: true,
        members: [{ role: 'STATE_ADMIN' }],
      },
    });
    expect((await h.run(`query { stateAgency(state: "ZZ") { id } }`)).data).toEqual({ stateAgency: null });
  });

  it('creates a district of its own state, every problem reported with its field, nothing half-made', async () => {
    const stateAgencyId = toGlobalId('StateAgency', agency.id);
    const before = await em().count(District);
    const refused = await mutate(
      stateAdmin,
      'createDistrict',
      {
        stateAgencyId,
        name: ' ',
        ncesLeaId: '1304712',
        slug: 'Bad Slug',
        website: 'javascript:alert(1)',
      },
      'district { id }',
    );
    expect(refused.userErrors.map((e) => e.field?.join('.'))).toEqual([
      'input.name',
      'input.ncesLeaId',
      'input.slug',
      'input.website',
    ]);
    expect(await em().count(District)).toBe(before);

    const created = await mutate<{ district: { state: string; slug: string } }>(
      stateAdmin,
      'createDistrict',
      {
        stateAgencyId,
        name: 'Lakeview Local Schools',
        ncesLeaId: '3999001',
        slug: 'lakeview',
        city: 'Lakeview',
      },
      'district { state slug }',
    );
    expect(created).toEqual({ district: { state: 'OH', slug: 'lakeview' }, userErrors: [] });
    const again = await mutate(
      stateAdmin,
      'createDistrict',
      {
        stateAgencyId,
        name: 'Lakeview Again',
        ncesLeaId: '3999001',
        slug: 'lakeview',
      },
      'district { id }',
    );
    expect(again.userErrors.map((e) => e.code)).toEqual(['TAKEN', 'TAKEN']);
    const audit = await em().findOneOrFail(AuditEntry, { action: 'district.create' });
    expect(audit.changes.slug).toEqual({ from: null, to: 'lakeview' });
  });

  it("lets the state's admins correct a district's NCES LEA ID and slug, and its admins only the profile", async () => {
    const current = await em().findOneOrFail(District, district.id);
    const id = toGlobalId('District', district.id);
    const byDistrict = await mutate(
      districtAdmin,
      'updateDistrict',
      {
        id,
        version: current.version,
        slug: 'renamed',
      },
      'district { slug }',
    );
    expect(byDistrict.userErrors).toMatchObject([{ field: ['input', 'slug'], code: 'FORBIDDEN' }]);
    const wrongState = await mutate(
      stateAdmin,
      'updateDistrict',
      {
        id,
        version: current.version,
        ncesLeaId: '0612345',
      },
      'district { slug }',
    );
    expect(wrongState.userErrors).toMatchObject([{ field: ['input', 'ncesLeaId'], code: 'INVALID' }]);
    const corrected = await mutate(
      stateAdmin,
      'updateDistrict',
      {
        id,
        version: current.version,
        slug: `corrected-${district.id}`,
      },
      'district { slug version }',
    );
    expect(corrected).toMatchObject({ district: { slug: `corrected-${district.id}` }, userErrors: [] });
    const stale = await mutate(
      stateAdmin,
      'updateDistrict',
      {
        id,
        version: current.version,
        name: 'Late',
      },
      'district { slug }',
    );
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE']);
  });

  it("invites a new district's first admin, and no one once it has an admin", async () => {
    const fresh = await buildDistrict(em());
    const invite = (role: string) =>
      h.run(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { role } userErrors { code } } }`,
        { input: { organizationId: toGlobalId('District', fresh.id), email: 'first@example.org', role } },
        { as: stateAdmin },
      );
    expect((await invite('DISTRICT_STAFF')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await invite('DISTRICT_ADMIN')).data).toEqual({
      inviteMember: { invitation: { role: 'DISTRICT_ADMIN' }, userErrors: [] },
    });
    await buildMember(em(), Role.DISTRICT_ADMIN, { district: fresh });
    expect((await invite('DISTRICT_ADMIN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates its profile with a version check, audited', async () => {
    const { version } = await em().findOneOrFail(StateAgency, agency.id);
    const input = { id: toGlobalId('StateAgency', agency.id), version, reviewersMayDecide: true };
    const saved = await mutate<{ stateAgency: { reviewersMayDecide: boolean } }>(
      stateAdmin,
      'updateStateAgency',
      input,
      'stateAgency { reviewersMayDecide }',
    );
    expect(saved).toEqual({ stateAgency: { reviewersMayDecide: true }, userErrors: [] });
    const stale = await mutate(
      stateAdmin,
      'updateStateAgency',
      { ...input, name: 'Late' },
      'stateAgency { id }',
    );
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE']);
    expect(await em().count(AuditEntry, { action: 'stateAgency.update', targetId: agency.id })).toBe(1);
  });

  it('invites state reviewers into the agency only, and announces a removal', async () => {
    const organizationId = toGlobalId('StateAgency', agency.id);
    const districtRole = await mutate(
      stateAdmin,
      'inviteMember',
      {
        organizationId,
        email: 'x@example.org',
        role: 'DISTRICT_ADMIN',
      },
      'invitation { id }',
    );
    expect(districtRole.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.role']);

    const invited = await mutate<{ invitation: { email: string } }>(
      stateAdmin,
      'inviteMember',
      {
        organizationId,
        email: 'new.reviewer@example.org',
        role: 'STATE_REVIEWER',
      },
      'invitation { email }',
    );
    expect(invited.userErrors).toEqual([]);
    const mail = h.services.mailer.devMailbox![0]!;
    expect(mail.subject).toContain(agency.name);
    const secret = /invitations\/(\S+)/.exec(mail.text)![1]!;
    const preview = await h.run(`query ($t: String!) { invitation(token: $t) { organizationName role } }`, {
      t: secret,
    });
    expect(preview.data).toEqual({ invitation: { organizationName: agency.name, role: 'STATE_REVIEWER' } });

    const accepted = await h.run<{ acceptInvitation: { membership: { stateAgency: { state: string } } } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { stateAgency { state } } userErrors { message } } }`,
      { input: { token: secret, name: 'New Reviewer', password: 'a long and unusual passphrase 42' } },
    );
    expect(accepted.data?.acceptInvitation.membership).toEqual({ stateAgency: { state: 'OH' } });

    const pending = await h.run(
      `query { stateAgency(state: "OH") { pendingInvitations { email } members { role user { name } } } }`,
      {},
      { as: stateAdmin },
    );
    expect(pending.data).toMatchObject({ stateAgency: { pendingInvitations: [] } });
    const members = (pending.data as { stateAgency: { members: { role: string; user: { name: string } }[] } })
      .stateAgency.members;
    expect(members.map((m) => m.role)).toEqual(['STATE_ADMIN', 'STATE_REVIEWER']);

    const rows = await em()
      .getConnection()
      .execute<{ id: number; user_id: number }[]>(
        `select id, user_id from membership where state_agency_id = ? and role = 'STATE_REVIEWER'`,
        [agency.id],
      );
    const events: RevocationEvent[] = [];
    const stop = h.services.revocations.subscribe((e) => void events.push(e));
    const removed = await mutate(
      stateAdmin,
      'removeMember',
      {
        membershipId: toGlobalId('Membership', rows[0]!.id),
      },
      'membership { role }',
    );
    stop();
    expect(removed.userErrors).toEqual([]);
    expect(events).toEqual([
      { kind: 'membership', userId: rows[0]!.user_id, organization: { districtId: null, partnerId: null } },
    ]);
    const lastAdmin = await em()
      .getConnection()
      .execute<{ id: number }[]>(
        `select id from membership where state_agency_id = ? and role = 'STATE_ADMIN'`,
        [agency.id],
      );
    const refused = await mutate(
      stateAdmin,
      'removeMember',
      {
        membershipId: toGlobalId('Membership', lastAdmin[0]!.id),
      },
      'membership { role }',
    );
    expect(refused.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  });
});
