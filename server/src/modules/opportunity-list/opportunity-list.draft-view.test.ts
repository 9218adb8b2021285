import { createListingMap, findListing, listingsOf, setField } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  PUBLISH,
  SUBMIT,
  type ListWorld,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const DRAFT = `query ($slug: String!) { district(slug: $slug) { opportunityDraft {
  documentName viewerCanView viewerCanEdit viewerCanEditDistrictListings viewerCanPublish
  offerers { partnerId name viewerCanEdit } } } }`;
const PREVIEW = `query ($slug: String!) { district(slug: $slug) { opportunityDraft { publishPreview {
  listingCount publishable
  problems { listingId field message }
  heldBack { listingId reason }
  newestVersion { number }
  changes { since added { listingId title } removed { listingId } changed { listingId fields } } } } } }`;

describe.each(TEST_DIALECTS)('the draft list as the workspace reads it, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  const draftAs = async (who: Parameters<ListWorld['gql']>[0]) =>
    (await w.gql(who, DRAFT, { slug: w.district.slug })).data!.district.opportunityDraft;
  const preview = async (who: Parameters<ListWorld['gql']>[0] = 'staff') => {
    const result = await w.gql(who, PREVIEW, { slug: w.district.slug });
    expect(result.errors).toBeUndefined();
    return result.data!.district.opportunityDraft.publishPreview;
  };

  it('tells each person what they may do and for which partners', async () => {
    const names = [w.partner, w.otherPartner].sort((a, b) => a.name.localeCompare(b.name));
    expect(await draftAs('staff')).toEqual({
      documentName: `opportunities:${w.district.id}`,
      viewerCanView: true,
      viewerCanEdit: true,
      viewerCanEditDistrictListings: true,
      viewerCanPublish: true,
      offerers: names.map((p) => ({ partnerId: p.id, name: p.name, viewerCanEdit: true })),
    });
    expect(await draftAs('partner')).toMatchObject({
      viewerCanEdit: true,
      viewerCanEditDistrictListings: false,
      viewerCanPublish: false,
      offerers: names.map((p) => ({ partnerId: p.id, viewerCanEdit: p.id === w.partner.id })),
    });
    expect(await draftAs('reviewer')).toMatchObject({
      viewerCanView: true,
      viewerCanEdit: false,
      viewerCanPublish: false,
      offerers: names.map((p) => ({ partnerId: p.id, viewerCanEdit: false })),
    });
    expect(await draftAs('anonymous')).toMatchObject({ viewerCanView: false, offerers: [] });
  });

  it('previews problems, held-back listings and changes without publishing', async () => {
    const editor = await w.connect('staff');
    const fine = (
      await w.gql('staff', SUBMIT, {
        input: { ...validListing({ title: 'Fine' }), districtId: w.ids.district },
      })
    ).data!.submitOpportunity.listingId as string;
    editor.ydoc.transact(() =>
      listingsOf(editor.ydoc).push([createListingMap({ title: 'Half done', summary: 'Begun.' })]),
    );
    await expect.poll(async () => (await preview()).listingCount, { timeout: 5000 }).toBe(2);
    const before = await preview();
    expect(before).toMatchObject({ publishable: false, newestVersion: null, heldBack: [] });
    expect(before.problems.map((p: { field: string }) => p.field)).toEqual([
      'type',
      'gradeMin',
      'gradeMax',
      'applyUrl',
    ]);
    expect(before.changes).toEqual({
      since: null,
      added: [{ listingId: fine, title: 'Fine' }],
      removed: [],
      changed: [],
    });

    const halfId = listingsOf(editor.ydoc).get(1).get('id') as string;
    editor.ydoc.transact(() => listingsOf(editor.ydoc).delete(1));
    await expect.poll(async () => (await preview()).publishable, { timeout: 5000 }).toBe(true);
    expect((await preview('reviewer')).listingCount).toBe(1);
    expect(halfId).toBeTruthy();

    const published = await w.gql('admin', PUBLISH, { input: { districtId: w.ids.district, summary: null } });
    expect(published.data!.publishOpportunityList.version.number).toBe(1);
    expect((await preview()).changes).toEqual({ since: 1, added: [], removed: [], changed: [] });

    editor.ydoc.transact(() => setField(findListing(editor.ydoc, fine)!.map, 'deadline', '2099-05-01'));
    await expect
      .poll(async () => (await preview()).changes.changed, { timeout: 5000 })
      .toEqual([{ listingId: fine, fields: ['deadline'] }]);
  });

  it('keeps the preview from people outside the district', async () => {
    const result = await w.gql('anonymous', PREVIEW, { slug: w.district.slug });
    expect(result.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
