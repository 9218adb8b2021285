import { readListings } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseCsv } from './csv-import.parse.js';
import { type ListWorld, startListWorld } from '../../test-support/opportunity-list.js';

const IMPORT = `mutation ($input: ImportOpportunitiesCsvInput!) { importOpportunitiesCsv(input: $input) {
  importedCount rows { row title listingId problems { field message } } userErrors { field code message } } }`;

describe('CSV parsing', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and both line ends', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","two\nlines"\nlast,\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'two\nlines'],
      ['last', ''],
    ]);
    expect(parseCsv('a,"open')).toBeNull();
  });
});

describe.each(TEST_DIALECTS)('importing listings from CSV, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  const draft = async () => readListings(await w.t.app.collab.readDocument(`opportunities:${w.district.id}`));
  const csv = () =>
    [
      'title,summary,type,partner,grade_min,grade_max,apply_url,skills,earns_credit,capacity',
      `"Clinic shadowing, two days",Follow a nurse.,JOB_SHADOWING,"${w.partner.name}",10,12,https://example.org/a,Care; Teamwork,no,4`,
      'Library aide,Shelve and help.,SERVICE_LEARNING,,9,12,,,yes,many',
      `Robotics,Build robots.,MENTORSHIP,"${w.otherPartner.name}",9,12,https://example.org/r,,false,`,
    ].join('\r\n');
  const run = (who: 'staff' | 'partner', input: Record<string, unknown>) =>
    w.gql(who, IMPORT, { input: { districtId: w.ids.district, csv: csv(), ...input } });

  it('previews every row with its problems and adds nothing while a row is invalid', async () => {
    for (const extra of [{}, { dryRun: true, skipInvalid: true }]) {
      const result = (await run('staff', extra)).data!.importOpportunitiesCsv;
      expect(result.importedCount).toBe(0);
      expect(result.rows).toEqual([
        { row: 1, title: 'Clinic shadowing, two days', listingId: null, problems: [] },
        {
          row: 2,
          title: 'Library aide',
          listingId: null,
          problems: [
            { field: 'capacity', message: 'Enter a number.' },
            { field: 'applyUrl', message: expect.stringContaining('how to apply') },
          ],
        },
        { row: 3, title: 'Robotics', listingId: null, problems: [] },
      ]);
    }
    expect(await draft()).toEqual([]);
  });

  it('adds the valid rows with skipInvalid, with partners by name', async () => {
    const result = (await run('staff', { skipInvalid: true })).data!.importOpportunitiesCsv;
    expect(result.importedCount).toBe(2);
    const ids = result.rows.map((r: { listingId: string | null }) => r.listingId);
    expect(ids[1]).toBeNull();
    const listings = await draft();
    expect(listings.map((l) => [l.id, l.title, l.partnerId, l.skills, l.capacity])).toEqual([
      [ids[0], 'Clinic shadowing, two days', w.partner.id, ['Care', 'Teamwork'], 4],
      [ids[2], 'Robotics', w.otherPartner.id, [], null],
    ]);
  });

  it('refuses rows a partner member may not offer, and CSV it cannot read', async () => {
    const before = (await draft()).length;
    const result = (await run('partner', { skipInvalid: true })).data!.importOpportunitiesCsv;
    expect(result.rows[2].problems).toEqual([
      { field: 'partnerId', message: 'You may only import listings your organization offers.' },
    ]);
    // Without a partner column value a partner member's row is its own partner's.
    expect(result.rows[1].problems.map((p: { field: string }) => p.field)).toEqual(['capacity', 'applyUrl']);
    expect(result.importedCount).toBe(1);
    expect((await draft()).length).toBe(before + 1);
    const bad = await w.gql('staff', IMPORT, {
      input: { districtId: w.ids.district, csv: 'title,colour\r\nA,red' },
    });
    expect(bad.data?.importOpportunitiesCsv.userErrors).toEqual([
      { field: ['input', 'csv'], code: 'INVALID', message: 'Unknown columns: colour.' },
    ]);
    const other = await w.gql('partnerToken', IMPORT, {
      input: { districtId: w.ids.otherDistrict, csv: csv() },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
