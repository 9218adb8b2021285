import {
  type ListingDraft,
  findListing,
  listingsOf,
  readListing,
  readListings,
  setField,
} from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  type ListWorld,
  SUBMIT,
  UPDATE,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const listings = (ydoc: Y.Doc) => readListings(ydoc);
const byId = (ydoc: Y.Doc, id: string): ListingDraft | undefined => listings(ydoc).find((l) => l.id === id);

describe.each(TEST_DIALECTS)('draft opportunity list over GraphQL, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  async function auditCount(): Promise<number> {
    const rows = await w
      .em()
      .getConnection()
      .execute<{ n: number | string }[]>('select count(*) as n from audit_entry');
    return Number(rows[0]!.n);
  }

  it('shows a submitted listing to a connected editor within a second', async () => {
    const editor = await w.connect('staff');
    const started = Date.now();
    const result = await w.gql('partnerToken', SUBMIT, {
      input: {
        ...validListing({ title: '  Robotics mentoring ', skills: [' Coding '] }),
        districtId: w.ids.district,
      },
    });
    expect(result.errors).toBeUndefined();
    const { listingId, userErrors } = result.data!.submitOpportunity;
    expect(userErrors).toEqual([]);
    await expect.poll(() => byId(editor.ydoc, listingId), { timeout: 1000, interval: 10 }).toBeDefined();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(byId(editor.ydoc, listingId)).toMatchObject({
      title: 'Robotics mentoring',
      skills: ['Coding'],
      partnerId: w.partner.id,
      type: 'JOB_SHADOWING',
      summary: 'Two days with a nurse at the county clinic.',
    });
    // Long texts arrive as Y.Text, as the shared shape says.
    expect(findListing(editor.ydoc, listingId)!.map.get('summary')?.constructor.name).toBe('YText');
  });

  it('refuses an invalid submission with every problem and changes nothing', async () => {
    const editor = await w.connect('staff');
    const before = listings(editor.ydoc).length;
    const result = await w.gql('staff', SUBMIT, {
      input: {
        ...validListing({ title: '', gradeMin: 12, gradeMax: 9, applyUrl: 'ftp://x', minimumAge: 30 }),
        districtId: w.ids.district,
      },
    });
    expect(result.data?.submitOpportunity.listingId).toBeNull();
    expect(
      result.data?.submitOpportunity.userErrors.map((e: { field: string[] }) => e.field.join('.')),
    ).toEqual(['input.title', 'input.gradeMax', 'input.minimumAge', 'input.applyUrl']);
    await w.t.app.collab.flush();
    expect(listings(editor.ydoc)).toHaveLength(before);
  });

  it('lets district writers offer for any active partner or the district, partners only for themselves', async () => {
    const forOther = await w.gql('staff', SUBMIT, {
      input: { ...validListing(), districtId: w.ids.district, partnerId: w.ids.otherPartner },
    });
    expect(forOther.data?.submitOpportunity.userErrors).toEqual([]);
    const forDistrict = await w.gql('admin', SUBMIT, {
      input: { ...validListing(), districtId: w.ids.district },
    });
    expect(forDistrict.data?.submitOpportunity.userErrors).toEqual([]);
    const editor = await w.connect('admin');
    expect(byId(editor.ydoc, forOther.data!.submitOpportunity.listingId)?.partnerId).toBe(w.otherPartner.id);
    expect(byId(editor.ydoc, forDistrict.data!.submitOpportunity.listingId)?.partnerId).toBeNull();

    const audits = await auditCount();
    const impersonating = await w.gql('partner', SUBMIT, {
      input: { ...validListing(), districtId: w.ids.district, partnerId: w.ids.otherPartner },
    });
    expect(impersonating.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asReviewer = await w.gql('reviewer', SUBMIT, {
      input: { ...validListing(), districtId: w.ids.district },
    });
    expect(asReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(audits);
  });

  it("refuses a partner token on another district's list, changing nothing there", async () => {
    const audits = await auditCount();
    const result = await w.gql('partnerToken', SUBMIT, {
      input: { ...validListing(), districtId: w.ids.otherDistrict, partnerId: w.ids.partner },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.submitOpportunity ?? null).toBeNull();
    const stored = await w.t.app.collab.readDocument(`opportunities:${w.otherDistrict.id}`);
    expect(listings(stored)).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it('updates only the given fields of the live listing, merging with what an editor types meanwhile', async () => {
    const editor = await w.connect('partner');
    const { listingId } = (
      await w.gql('partner', SUBMIT, {
        input: {
          ...validListing({ description: 'Students help at the clinic.' }),
          districtId: w.ids.district,
        },
      })
    ).data!.submitOpportunity;
    await expect.poll(() => byId(editor.ydoc, listingId)).toBeDefined();
    const map = findListing(editor.ydoc, listingId)!.map;
    editor.ydoc.transact(() => setField(map, 'description', 'Students help at the clinic on Saturdays.'));
    await expect
      .poll(
        async () =>
          byId(await w.t.app.collab.readDocument(`opportunities:${w.district.id}`), listingId)?.description,
      )
      .toBe('Students help at the clinic on Saturdays.');

    const result = await w.gql('partnerToken', UPDATE, {
      input: { districtId: w.ids.district, listingId, capacity: 6, deadline: '2027-03-01', city: '  ' },
    });
    expect(result.data?.updateDraftOpportunity).toEqual({ listingId, userErrors: [] });
    await expect
      .poll(() => byId(editor.ydoc, listingId), { timeout: 1000 })
      .toMatchObject({
        capacity: 6,
        deadline: '2027-03-01',
        city: null,
        title: 'Clinic job shadowing',
        description: 'Students help at the clinic on Saturdays.',
      });
    expect(readListing(map).capacity).toBe(6);
  });

  it('refuses invalid changes, unknown listings and listings another organization offers', async () => {
    const { listingId } = (
      await w.gql('staff', SUBMIT, {
        input: { ...validListing(), districtId: w.ids.district, partnerId: w.ids.otherPartner },
      })
    ).data!.submitOpportunity;
    const invalid = await w.gql('staff', UPDATE, {
      input: { districtId: w.ids.district, listingId, gradeMax: 9, capacity: 0 },
    });
    expect(invalid.data?.updateDraftOpportunity).toEqual({
      listingId: null,
      userErrors: [
        {
          field: ['input', 'gradeMax'],
          code: 'INVALID',
          message: 'The highest grade must not be below the lowest grade.',
        },
        { field: ['input', 'capacity'], code: 'INVALID', message: 'Use at least one seat.' },
      ],
    });
    const unknown = await w.gql('staff', UPDATE, {
      input: { districtId: w.ids.district, listingId: '00000000-0000-4000-8000-000000000000', capacity: 3 },
    });
    expect(unknown.data?.updateDraftOpportunity.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'listingId'] },
    ]);
    const notTheirs = await w.gql('partner', UPDATE, {
      input: { districtId: w.ids.district, listingId, capacity: 3 },
    });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await w.t.app.collab.readDocument(`opportunities:${w.district.id}`);
    expect(byId(stored, listingId)).toMatchObject({ gradeMax: 12, capacity: null });
    expect(listingsOf(stored).length).toBeGreaterThan(0);
  });
});
