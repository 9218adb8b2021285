import {
  type ListingDraft,
  type ListingProblem,
  createListingMap,
  listingsOf,
  newListingId,
  validateListing,
} from '@partnerhub/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserError, userError } from '../../graphql/user-errors.js';
import { recordAudit } from '../audit/index.js';
import type { DistrictDocumentSubject } from '../access/index.js';
import { PartnerOrganization } from '../organizations/index.js';
import { offeringPartner } from './opportunity-list.access.js';
import { editDraft } from './opportunity-list.document.js';
import { parseCsv, rowToListing, unknownColumns } from './csv-import.parse.js';

const MAX_CSV_CHARS = 1_000_000;
const MAX_ROWS = 1000;

@InputType({
  description: 'Listings to add to the draft list, one CSV row each (columns as the CSV export).',
})
export class ImportOpportunitiesCsvInput {
  @Field(() => ID)
  districtId!: string;

  @Field({ description: 'RFC 4180 CSV with a header row; at most 1,000 rows.' })
  csv!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Add the valid rows even when others are invalid.',
  })
  skipInvalid!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Only check the rows; add nothing.' })
  dryRun!: boolean;
}

@ObjectType()
export class ListingFieldProblem {
  @Field()
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'One data row of an imported CSV: what it would add and what is wrong with it.' })
export class ImportedRow {
  @Field(() => Int, { description: 'The data row, from 1 (the header is not counted).' })
  row!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ID, { nullable: true, description: 'The new listing, when the row was added.' })
  listingId!: string | null;

  @Field(() => [ListingFieldProblem])
  problems!: ListingProblem[];
}

@ObjectType()
export class ImportOpportunitiesCsvPayload {
  @Field(() => [ImportedRow])
  rows!: ImportedRow[];

  @Field(() => Int)
  importedCount!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const failed = (message: string): ImportOpportunitiesCsvPayload => ({
  rows: [],
  importedCount: 0,
  userErrors: [userError('csv', message)],
});

/**
 * Checks every row of a CSV as a listing and appends the valid ones to the live draft list in one edit:
 * all of them only when every row is valid, unless `skipInvalid`; none with `dryRun`. Audited.
 */
export async function importOpportunitiesCsv({
  ctx,
  subject,
  input,
}: {
  ctx: Context;
  subject: DistrictDocumentSubject;
  input: ImportOpportunitiesCsvInput;
}): Promise<ImportOpportunitiesCsvPayload> {
  if (input.csv.length > MAX_CSV_CHARS) return failed(`Use at most ${MAX_CSV_CHARS} characters.`);
  const table = parseCsv(input.csv.replace(/^\uFEFF/, ''));
  if (!table) return failed('A quoted field is not closed.');
  const [header, ...data] = table;
  if (!header || !data.length) return failed('Give a header row and at least one row of listings.');
  if (data.length > MAX_ROWS) return failed(`Import at most ${MAX_ROWS} rows at once.`);
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = unknownColumns(columns);
  if (unknown.length) return failed(`Unknown columns: ${unknown.join(', ')}.`);

  const partners = await ctx.em.find(PartnerOrganization, { id: { $in: [...subject.activePartnerIds] } });
  const byName = new Map(partners.map((p) => [p.name.trim().toLowerCase(), p.id]));
  const checked = data.map((cells, i) => {
    const { fields, partnerName, problems } = rowToListing(columns, cells);
    let partnerId: number | null = null;
    const named = partnerName === null ? undefined : byName.get(partnerName.toLowerCase());
    if (partnerName !== null && named === undefined)
      problems.push({
        field: 'partnerId',
        message: `No partner with an active partnership is called "${partnerName}".`,
      });
    else
      try {
        partnerId = offeringPartner(ctx.viewer, subject, named) as number | null;
      } catch {
        problems.push({
          field: 'partnerId',
          message: 'You may only import listings your organization offers.',
        });
      }
    const listing: ListingDraft = { ...fields, id: newListingId(), partnerId };
    const seen = new Set(problems.map((p) => p.field));
    for (const p of validateListing(listing)) if (!seen.has(p.field)) problems.push(p);
    return { listing, row: { row: i + 1, title: listing.title, listingId: null as string | null, problems } };
  });
  const valid = checked.filter((c) => !c.row.problems.length);
  const rows = checked.map((c) => c.row);
  if (input.dryRun || !valid.length || (valid.length < checked.length && !input.skipInvalid))
    return { rows, importedCount: 0, userErrors: [] };

  await editDraft(ctx, subject.districtId, (doc) =>
    listingsOf(doc).push(valid.map((c) => createListingMap(c.listing))),
  );
  for (const c of valid) c.row.listingId = c.listing.id;
  recordAudit(ctx.em, ctx, {
    action: 'opportunities.importCsv',
    target: { type: 'District', id: subject.districtId },
    districtId: subject.districtId,
    changes: { imported: { from: null, to: valid.length } },
  });
  await ctx.em.flush();
  return { rows, importedCount: valid.length, userErrors: [] };
}
