import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildContact, buildDistrict, buildPartner } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { deliverQueuedMail } from '../../test-support/notifications.js';
import { buildMember, buildUser, viewerOfUser } from '../../test-support/identity-factories.js';
import { AuditEntry } from '../audit/index.js';
import type { Viewer } from '../access/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';

type UserErrors = { field: string[] | null; code: string; message: string }[];
interface Result {
  partnership: { id: string; status: string; requestState: string; version: number } | null;
  userErrors: UserErrors;
}

const SELECTION = 'partnership { id status requestState version } userErrors { field code message }';

describe.each(TEST_DIALECTS)('partnership requests on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let partner: PartnerOrganization;
  let districtAdmin: Viewer;
  let districtStaff: Viewer;
  let partnerAdmin: Viewer;
  let partnerMember: Viewer;
  let partnerAdminEmail: string;
  let districtAdminEmail: string;
  const em = () => h.orm.em.fork() as EntityManager;

  async function mutate(name: string, input: Record<string, unknown>, as: Viewer, selection = SELECTION) {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    return h.run<Record<string, Result>>(
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} } }`,
      { input },
      { as },
    );
  }
  async function ok(name: string, input: Record<string, unknown>, as: Viewer) {
    const result = await mutate(name, input, as);
    expect(result.errors).toBeUndefined();
    return result.data![name]!;
  }
  const ids = (d: District, p: PartnerOrganization) => ({
    districtId: toGlobalId('District', d.id),
    partnerId: toGlobalId('PartnerOrganization', p.id),
  });
  const contactsOf = (p: PartnerOrganization, as: Viewer) =>
    h.run<{ partnerOrganization: { contacts: { email: string }[] } }>(
      `query ($slug: String!) { partnerOrganization(slug: $slug) { contacts { email } } }`,
      { slug: p.slug },
      { as },
    );
  const mailsTo = (email: string) => h.services.mailer.devMailbox!.filter((m) => m.to === email);
  const deliver = () => deliverQueuedMail(h.orm, h.services.mailer);

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const m = em();
    district = await buildDistrict(m);
    partner = await buildPartner(m);
    await buildContact(m, { partner, email: 'private.contact@example.org' });
    const admin = await buildMember(m, Role.DISTRICT_ADMIN, { district });
    districtAdminEmail = admin.email;
    districtAdmin = await viewerOfUser(m, admin);
    districtStaff = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_STAFF, { district }));
    const pAdmin = await buildMember(m, Role.PARTNER_ADMIN, { partner });
    partnerAdminEmail = pAdmin.email;
    partnerAdmin = await viewerOfUser(m, pAdmin);
    partnerMember = await viewerOfUser(m, await buildMember(m, Role.PARTNER_MEMBER, { partner }));
  });
  afterAll(() => h.close());

  it('makes a district proposal a request the partner accepts, and shares nothing before', async () => {
    const refused = await ok(
      'proposePartnership',
      { ...ids(district, partner), status: 'ACTIVE' },
      districtStaff,
    );
    expect(refused.userErrors.map((e) => [e.field?.join('.'), e.code])).toEqual([
      ['input.status', 'INVALID'],
    ]);
    expect(await em().count(Partnership, { partner })).toBe(0);

    const proposed = await ok(
      'proposePartnership',
      { ...ids(district, partner), commitments: 'Mentors.', notes: 'Internal: ask about insurance.' },
      districtStaff,
    );
    expect(proposed.partnership).toMatchObject({ status: 'PROSPECT', requestState: 'AWAITING_PARTNER' });
    await deliver();
    expect(mailsTo(partnerAdminEmail).map((m) => m.subject)).toEqual([
      `${district.name} proposes a partnership with ${partner.name}`,
    ]);
    expect(mailsTo(partnerAdminEmail)[0]!.text).toContain(`/workspace/p/${partner.slug}`);

    // Before acceptance: no contacts for the district, no district notes for the partner.
    const before = await contactsOf(partner, districtStaff);
    expect(before.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const notes = await h.run(
      `query ($id: ID!) { node(id: $id) { ... on Partnership { commitments viewerCanRespond notes } } }`,
      { id: proposed.partnership!.id },
      { as: partnerAdmin },
    );
    expect(notes.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(notes.data!.node).toMatchObject({ commitments: 'Mentors.', viewerCanRespond: true });

    // Only the partner's admins answer.
    const input = { id: proposed.partnership!.id, version: proposed.partnership!.version };
    for (const viewer of [partnerMember, districtAdmin, districtStaff]) {
      const denied = await mutate('acceptPartnershipRequest', input, viewer);
      expect(denied.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const stale = await ok(
      'acceptPartnershipRequest',
      { ...input, version: input.version - 1 },
      partnerAdmin,
    );
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE']);

    const accepted = await ok('acceptPartnershipRequest', input, partnerAdmin);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.partnership).toMatchObject({ status: 'ACTIVE', requestState: 'ACCEPTED' });
    const stored = await em().findOneOrFail(Partnership, { partner }, { populate: ['acceptedBy'] });
    expect(stored.acceptedBy?.email).toBe(partnerAdminEmail);
    expect(await em().count(AuditEntry, { action: 'partnership.accept', targetId: stored.id })).toBe(1);

    const after = await contactsOf(partner, districtStaff);
    expect(after.errors).toBeUndefined();
    expect(after.data!.partnerOrganization.contacts.map((c) => c.email)).toEqual([
      'private.contact@example.org',
    ]);
    const again = await mutate(
      'declinePartnershipRequest',
      { ...input, version: accepted.partnership!.version },
      partnerAdmin,
    );
    expect(again.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("lets a partner propose to a district, which the district's admins answer; declining shares nothing", async () => {
    const asking = await buildPartner(em());
    await buildContact(em(), { partner: asking, email: 'asking.private@example.org' });
    const m = em();
    const askingAdmin = await viewerOfUser(m, await buildMember(m, Role.PARTNER_ADMIN, { partner: asking }));
    const askingMember = await viewerOfUser(
      m,
      await buildMember(m, Role.PARTNER_MEMBER, { partner: asking }),
    );

    const byMember = await mutate('proposePartnershipToDistrict', ids(district, asking), askingMember);
    expect(byMember.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const proposed = await ok(
      'proposePartnershipToDistrict',
      { ...ids(district, asking), commitments: 'Paid summer internships.', partnerContactName: 'Lee' },
      askingAdmin,
    );
    expect(proposed.partnership).toMatchObject({ status: 'PROSPECT', requestState: 'AWAITING_DISTRICT' });
    await deliver();
    expect(mailsTo(districtAdminEmail).at(0)?.subject).toBe(
      `${asking.name} proposes a partnership with ${district.name}`,
    );

    const input = { id: proposed.partnership!.id, version: proposed.partnership!.version };
    // The district reads what the partner wrote, but neither edits it nor sees the partner's contacts.
    const edit = await mutate('updatePartnership', { ...input, notes: 'Ours now.' }, districtStaff);
    expect(edit.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await contactsOf(asking, districtAdmin)).errors!.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    const byStaff = await mutate('declinePartnershipRequest', input, districtStaff);
    expect(byStaff.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    const declined = await ok('declinePartnershipRequest', input, districtAdmin);
    expect(declined.partnership).toMatchObject({ status: 'PROSPECT', requestState: 'DECLINED' });
    expect((await contactsOf(asking, districtAdmin)).errors!.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    const late = await mutate(
      'acceptPartnershipRequest',
      { ...input, version: declined.partnership!.version },
      districtAdmin,
    );
    expect(late.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    // A declined request may be asked again: the same partnership, a new request; not twice at once.
    const again = await ok(
      'proposePartnershipToDistrict',
      { ...ids(district, asking), commitments: 'Now with stipends.' },
      askingAdmin,
    );
    expect(again.userErrors).toEqual([]);
    expect(again.partnership).toMatchObject({ id: input.id, requestState: 'AWAITING_DISTRICT' });
    const stored = await em().findOneOrFail(Partnership, { partner: asking });
    expect(stored).toMatchObject({ commitments: 'Now with stipends.', declinedAt: null });
    expect(await em().count(AuditEntry, { action: 'partnership.propose', targetId: stored.id })).toBe(1);
    const twice = await ok('proposePartnershipToDistrict', ids(district, asking), askingAdmin);
    expect(twice.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
  });

  it('agrees at once when the district speaks for the partner: it added it and the partner has no admin', async () => {
    const managed = await buildPartner(em(), { createdByDistrict: district });
    await deliver();
    const mailsBefore = h.services.mailer.devMailbox!.length;
    const proposed = await ok(
      'proposePartnership',
      { ...ids(district, managed), status: 'ACTIVE' },
      districtStaff,
    );
    expect(proposed.partnership).toMatchObject({ status: 'ACTIVE', requestState: 'ACCEPTED' });
    await deliver();
    expect(h.services.mailer.devMailbox!.length).toBe(mailsBefore);
  });

  it("gives a district that proposed to another district's partner no rights over that partner", async () => {
    const m = em();
    const intruder = await buildDistrict(m);
    const intruderAdmin = await viewerOfUser(
      m,
      await buildMember(m, Role.DISTRICT_ADMIN, { district: intruder }),
    );
    // The partner was added by the intruder's district once, but has an admin of its own now.
    const target = await buildPartner(m, { createdByDistrict: intruder });
    const targetAdmin = await buildMember(m, Role.PARTNER_ADMIN, { partner: target });
    await buildContact(m, { partner: target, email: 'target.private@example.org' });
    const proposed = await ok('proposePartnership', ids(intruder, target), intruderAdmin);
    expect(proposed.partnership!.requestState).toBe('AWAITING_PARTNER');

    const attacker = await buildUser(em());
    const attempts = [
      mutate(
        'inviteMember',
        {
          organizationId: toGlobalId('PartnerOrganization', target.id),
          email: attacker.email,
          role: 'PARTNER_ADMIN',
        },
        intruderAdmin,
        'userErrors { code }',
      ),
      mutate(
        'createApiToken',
        { organizationId: toGlobalId('PartnerOrganization', target.id), name: 'x', scope: 'READ_WRITE' },
        intruderAdmin,
        'userErrors { code }',
      ),
      mutate(
        'updatePartnerOrganization',
        { id: toGlobalId('PartnerOrganization', target.id), version: 1, city: 'Nowhere' },
        intruderAdmin,
        'userErrors { code }',
      ),
    ];
    for (const attempt of await Promise.all(attempts))
      expect(attempt.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const reads = await h.run(
      `query ($slug: String!) { partnerOrganization(slug: $slug) { viewerCanUpdate viewerCanManageMembers members { role } } }`,
      { slug: target.slug },
      { as: intruderAdmin },
    );
    expect(reads.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await contactsOf(target, intruderAdmin)).errors!.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await em().count(AuditEntry, { partnerId: target.id, action: { $ne: 'partnership.create' } }),
    ).toBe(0);
    expect(targetAdmin.email).toBeTruthy();
  });
});
