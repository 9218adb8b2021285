import { type ListingDraft, listingsOf, readListings } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { CSV_COLUMNS } from '../opportunity-feeds/index.js';
import {
  PUBLISH,
  SUBMIT,
  type ListWorld,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const IMPORT = `mutation ($input: ImportOpportunitiesCsvInput!) { importOpportunitiesCsv(input: $input) {
  importedCount rows { row problems { field message } } userErrors { message } } }`;

/** The listing fields the CSV export carries, by column. */
const EXPORTED = CSV_COLUMNS.filter(
  (c) => !['listing_id', 'ceds_code', 'partner', 'first_published_at'].includes(c),
).map((c) => c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()) as keyof ListingDraft);

describe.each(TEST_DIALECTS)('a published version exported as CSV and imported again, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  it('comes back with the same values, quotes, line breaks and formula-like text included', async () => {
    const listings = [
      validListing({
        title: 'Clinic shadowing, "two days"',
        summary: 'Follow a nurse;\nthen a pharmacist.',
        partnerId: w.ids.partner,
        city: 'Columbus',
        state: 'OH',
        startDate: '2027-02-01',
        endDate: '2027-05-30',
        deadline: '2027-01-15',
        hoursPerWeek: 6.5,
        minimumAge: 15,
        capacity: 4,
        compensation: 'STIPEND',
        earnsCredit: true,
        creditAmount: 0.5,
        creditSubject: 'Health science',
        careerCluster: 'Health Science',
        skills: ['Care', 'Teamwork'],
        applyEmail: 'apply@clinic.example.org',
      }),
      validListing({
        title: '=SUM(A1:A9)',
        summary: '-starts with a minus',
        type: 'SERVICE_LEARNING',
        gradeMin: 0,
      }),
    ];
    for (const input of listings) {
      const result = await w.gql('staff', SUBMIT, { input: { ...input, districtId: w.ids.district } });
      expect(result.data!.submitOpportunity.userErrors).toEqual([]);
    }
    const published = await w.gql('admin', PUBLISH, { input: { districtId: w.ids.district, summary: null } });
    expect(published.data!.publishOpportunityList.version.number).toBe(1);
    const name = `opportunities:${w.district.id}`;
    const before = readListings(await w.t.app.collab.readDocument(name));

    const response = await fetch(`${w.t.app.url}/exports/opportunities/${w.district.slug}/v1.csv`);
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain("'=SUM(A1:A9)");
    await w.t.app.collab.applyServerEdit(name, { userId: null, label: 'test' }, (doc) =>
      listingsOf(doc).delete(0, listingsOf(doc).length),
    );
    const imported = await w.gql('staff', IMPORT, { input: { districtId: w.ids.district, csv } });
    expect(imported.data!.importOpportunitiesCsv).toMatchObject({ importedCount: 2, userErrors: [] });

    const after = readListings(await w.t.app.collab.readDocument(name));
    const exported = (l: ListingDraft) => Object.fromEntries(EXPORTED.map((f) => [f, l[f]]));
    expect(after.map(exported)).toEqual(before.map(exported));
    expect(after.map((l) => l.partnerId)).toEqual([w.partner.id, null]);
    expect(EXPORTED).toContain('applyUrl');
  });
});
