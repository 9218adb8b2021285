import { createListingMap, findListing, listingsOf } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildVettingRecord } from '../../test-support/factories.js';
import { Partnership } from '../partnerships/index.js';
import { CONCURRENT_PUBLISH_MESSAGE, EMPTY_DRAFT_MESSAGE } from './opportunity-list.publish.js';
import {
  type ListWorld,
  PUBLISH,
  SUBMIT,
  UPDATE,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const PUBLIC = `query ($slug: String!, $q: String) { district(slug: $slug) {
  publishedOpportunityList { number opportunityCount }
  opportunities(filter: { query: $q }) { totalCount nodes { listingId title capacity } }
  opportunityListVersions { number }
} }`;
const VERSION = `query ($slug: String!, $n: Float!, $since: Int) { district(slug: $slug) {
  opportunityListVersion(number: $n) {
    number summary opportunityCount
    opportunities { nodes { listingId title capacity firstPublishedAt } }
    changes(since: $since) { since added { listingId title } removed { listingId title } changed { listingId title fields } }
  } } }`;

describe.each(TEST_DIALECTS)('publishing the draft opportunity list, on %s', (dialect) => {
  let w: ListWorld;
  let editor: { ydoc: Y.Doc };
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  const publish = (summary = 'Spring listings', who: 'admin' | 'staff' = 'admin') =>
    w.gql(who, PUBLISH, { input: { districtId: w.ids.district, summary } });
  const publicList = async (q: string | null = null) =>
    (await w.gql('anonymous', PUBLIC, { slug: w.district.slug, q })).data!.district;
  const submit = async (input: Record<string, unknown>) =>
    (await w.gql('staff', SUBMIT, { input: { ...validListing(), districtId: w.ids.district, ...input } }))
      .data!.submitOpportunity.listingId as string;
  const versionCount = async () =>
    Number(
      (
        await w
          .em()
          .getConnection()
          .execute<{ n: number | string }[]>(
            'select count(*) as n from opportunity_list_version where district_id = ?',
            [w.district.id],
          )
      )[0]!.n,
    );

  it('refuses to publish an empty draft, which would empty the public list', async () => {
    const result = (await publish()).data!.publishOpportunityList;
    expect(result).toMatchObject({
      version: null,
      userErrors: [{ field: null, code: 'INVALID', message: EMPTY_DRAFT_MESSAGE }],
    });
    expect(await versionCount()).toBe(0);
  });

  it('refuses to publish while any listing is invalid, naming every problem, and creates nothing', async () => {
    editor = await w.connect('staff');
    editor.ydoc.transact(() =>
      listingsOf(editor.ydoc).push([
        createListingMap({ ...validListing(), type: 'JOB_SHADOWING', title: 'Fine one' }),
        createListingMap({ title: 'Half done', summary: 'Begun in the editor.' }),
        createListingMap({ ...validListing(), type: 'MENTORSHIP', title: '', gradeMin: 12, gradeMax: 9 }),
      ]),
    );
    const [, half] = listingsOf(editor.ydoc)
      .toArray()
      .map((m) => m.get('id') as string);
    await expect
      .poll(async () => (await publish()).data?.publishOpportunityList.problems.length, { timeout: 5000 })
      .toBe(6);
    const result = (await publish()).data!.publishOpportunityList;
    expect(result.version).toBeNull();
    expect(result.problems[0]).toEqual({
      listingId: half,
      title: 'Half done',
      field: 'type',
      message: 'Choose a type.',
    });
    expect(
      result.problems.map(
        (p: { listingId: string; field: string }) => `${p.listingId === half ? 'half' : 'broken'}.${p.field}`,
      ),
    ).toEqual([
      'half.type',
      'half.gradeMin',
      'half.gradeMax',
      'half.applyUrl',
      'broken.title',
      'broken.gradeMax',
    ]);
    expect(await versionCount()).toBe(0);
    expect((await publicList()).publishedOpportunityList).toBeNull();
    editor.ydoc.transact(() => listingsOf(editor.ydoc).delete(0, listingsOf(editor.ydoc).length));
  });

  it('publishes the next version that public pages and search show at once, holding back partners with expired vetting', async () => {
    const robotics = await submit({ title: 'Robotics mentoring', partnerId: w.ids.partner, capacity: 8 });
    const held = await submit({ title: 'Clinic shadowing', partnerId: w.ids.otherPartner });
    const library = await submit({ title: 'Library aide', type: 'SERVICE_LEARNING' });
    const em = w.em();
    const partnership = await em.findOneOrFail(Partnership, {
      district: w.district.id,
      partner: w.otherPartner.id,
    });
    await buildVettingRecord(em, { partnership, kind: 'BACKGROUND_CHECK', expiresOn: '2020-06-30' });

    const result = (await publish('First list')).data!.publishOpportunityList;
    expect(result).toMatchObject({
      version: { number: 1, summary: 'First list', opportunityCount: 2, publishedByName: expect.any(String) },
      problems: [],
      userErrors: [],
    });
    expect(result.heldBack).toEqual([
      { listingId: held, title: 'Clinic shadowing', reason: expect.stringContaining('vetting requirement') },
    ]);
    const shown = await publicList();
    expect(shown.publishedOpportunityList).toEqual({ number: 1, opportunityCount: 2 });
    expect(shown.opportunities.nodes.map((n: { listingId: string }) => n.listingId).sort()).toEqual(
      [robotics, library].sort(),
    );
    const found = await publicList('robotics');
    expect(found.opportunities.nodes).toEqual([
      { listingId: robotics, title: 'Robotics mentoring', capacity: 8 },
    ]);
    const audit = await w
      .em()
      .getConnection()
      .execute<{ action: string }[]>(
        "select action from audit_entry where action = 'opportunities.publish' and district_id = ?",
        [w.district.id],
      );
    expect(audit).toHaveLength(1);
  });

  it('lists what a version added, removed and changed, and leaves earlier versions as they were', async () => {
    const before = (await w.gql('anonymous', VERSION, { slug: w.district.slug, n: 1 })).data!.district
      .opportunityListVersion;
    const robotics = before.opportunities.nodes.find(
      (n: { title: string }) => n.title === 'Robotics mentoring',
    );
    const library = before.opportunities.nodes.find((n: { title: string }) => n.title === 'Library aide');
    expect(before.changes.since).toBeNull();
    expect(before.changes.added).toHaveLength(2);

    const update = await w.gql('staff', UPDATE, {
      input: {
        districtId: w.ids.district,
        listingId: robotics.listingId,
        capacity: 10,
        deadline: '2027-04-01',
      },
    });
    expect(update.data?.updateDraftOpportunity.userErrors).toEqual([]);
    await w.t.app.collab.flush();
    await expect.poll(() => findListing(editor.ydoc, library.listingId)).not.toBeNull();
    editor.ydoc.transact(() =>
      listingsOf(editor.ydoc).delete(findListing(editor.ydoc, library.listingId)!.index, 1),
    );
    await expect
      .poll(async () =>
        findListing(await w.t.app.collab.readDocument(`opportunities:${w.district.id}`), library.listingId),
      )
      .toBeNull();
    const camp = await submit({
      title: 'Coding camp',
      type: 'EXTENDED_LEARNING',
      earnsCredit: true,
      creditAmount: 0.5,
    });

    const second = (await publish('Coding camp added', 'staff')).data!.publishOpportunityList;
    expect(second.version).toMatchObject({ number: 2, opportunityCount: 2 });
    const v2 = (await w.gql('anonymous', VERSION, { slug: w.district.slug, n: 2 })).data!.district
      .opportunityListVersion;
    expect(v2.changes).toEqual({
      since: 1,
      added: [{ listingId: camp, title: 'Coding camp' }],
      removed: [{ listingId: library.listingId, title: 'Library aide' }],
      changed: [
        { listingId: robotics.listingId, title: 'Robotics mentoring', fields: ['capacity', 'deadline'] },
      ],
    });
    const sinceFirst = (await w.gql('anonymous', VERSION, { slug: w.district.slug, n: 2, since: 1 })).data!
      .district;
    expect(sinceFirst.opportunityListVersion.changes).toEqual(v2.changes);
    // The listing keeps the date it was first published.
    expect(
      v2.opportunities.nodes.find((n: { listingId: string }) => n.listingId === robotics.listingId)
        .firstPublishedAt,
    ).toBe(robotics.firstPublishedAt);
    const after = (await w.gql('anonymous', VERSION, { slug: w.district.slug, n: 1 })).data!.district
      .opportunityListVersion;
    expect(after).toEqual(before);
    expect((await publicList()).opportunities.nodes.map((n: { title: string }) => n.title).sort()).toEqual([
      'Coding camp',
      'Robotics mentoring',
    ]);
    const missing = await w.gql('anonymous', VERSION, { slug: w.district.slug, n: 2, since: 9 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives concurrent publishes consecutive numbers or a clear conflict, never a gap or a duplicate', async () => {
    const start = await versionCount();
    const results = await Promise.all([1, 2, 3, 4].map((i) => publish(`Concurrent ${i}`)));
    const payloads = results.map((r) => r.data!.publishOpportunityList);
    const numbers = payloads.flatMap((p) => (p.version ? [p.version.number as number] : [])).sort();
    const conflicts = payloads.filter((p) => !p.version);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => start + 1 + i));
    for (const c of conflicts)
      expect(c.userErrors).toEqual([{ field: null, code: 'STALE', message: CONCURRENT_PUBLISH_MESSAGE }]);
    const listed = (await publicList()).opportunityListVersions.map((v: { number: number }) => v.number);
    expect(listed).toEqual(
      Array.from({ length: start + numbers.length }, (_, i) => start + numbers.length - i),
    );
  });

  it('lets only district admins and staff publish', async () => {
    const start = await versionCount();
    for (const who of ['partner', 'partnerToken', 'reviewer', 'anonymous'] as const) {
      const result = await w.gql(who, PUBLISH, { input: { districtId: w.ids.district } });
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await versionCount()).toBe(start);
  });
});
