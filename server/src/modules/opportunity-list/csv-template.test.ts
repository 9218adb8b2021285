import { randomUUID } from 'node:crypto';
import { checkListing, listingCsvTemplate } from '@partnerhub/shared';
import { describe, expect, it } from 'vitest';
import { parseCsv, rowToListing, unknownColumns } from './csv-import.parse.js';

describe('the CSV template offered in the import dialog', () => {
  it('has only columns the import reads, and an example row that imports without a problem', () => {
    const [header, example, ...rest] = parseCsv(listingCsvTemplate())!;
    expect(rest).toEqual([]);
    expect(unknownColumns(header!)).toEqual([]);
    const { fields, partnerName, problems } = rowToListing(header!, example!);
    expect(problems).toEqual([]);
    expect(partnerName).toBeNull();
    expect(checkListing({ ...fields, id: randomUUID(), partnerId: null }).problems).toEqual([]);
  });
});
