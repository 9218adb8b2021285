import type { EntityManager } from '@mikro-orm/core';
import type { ValidListing } from '@partnerhub/shared';
import { PartnerOrganization } from '../organizations/index.js';
import { OpportunityListVersion } from './opportunity-list-version.entity.js';
import { Opportunity } from './opportunity.entity.js';
import { searchTextOf } from './search-text.js';

// Rows per INSERT: about 40 columns each stays far below PostgreSQL's 65,535 bound parameters.
const ROWS_PER_INSERT = 500;

type LongText = 'otherRequirements' | 'applyInstructions' | 'accessibilityNotes' | 'transportNotes';

/** A checked listing as a row stores it; its long texts may also be null (as the demo data and test fixtures leave them). */
export type PublishedListing = Omit<ValidListing, LongText> & { [K in LongText]: string | null };

export interface VersionToPublish {
  districtId: number;
  /** Checked listings, in list order. */
  listings: PublishedListing[];
  publishedByName: string;
  summary?: string | null;
  now?: Date;
}

export interface PublishedVersion {
  version: OpportunityListVersion;
  /** The number of the version it follows, null for the first. */
  previousNumber: number | null;
}

/**
 * Writes a district's next numbered version with one row per listing. The only writer of published
 * versions: publishing, the demo data and the tests' fixtures all go through it, so search reads rows
 * shaped exactly as publishing writes them. A listing keeps the first-published time it had in the
 * previous version. Run it in a transaction; of two at once, the second fails on (district, number).
 */
export async function writePublishedVersion(
  tx: EntityManager,
  { districtId, listings, publishedByName, summary = null, now = new Date() }: VersionToPublish,
): Promise<PublishedVersion> {
  const newest = await tx.findOne(
    OpportunityListVersion,
    { district: districtId },
    { orderBy: { number: 'desc' } },
  );
  const firstPublished = new Map<string, Date>();
  if (newest)
    for (const row of await tx.find(
      Opportunity,
      { version: newest.id },
      { fields: ['listingId', 'firstPublishedAt'], disableIdentityMap: true },
    ))
      firstPublished.set(row.listingId, row.firstPublishedAt);
  const partnerNames = new Map(
    (
      await tx.find(
        PartnerOrganization,
        { id: { $in: listings.flatMap((l) => l.partnerId ?? []) } },
        { fields: ['id', 'name'], disableIdentityMap: true },
      )
    ).map((p) => [p.id, p.name]),
  );
  const version = tx.create(OpportunityListVersion, {
    district: districtId,
    number: (newest?.number ?? 0) + 1,
    publishedAt: now,
    publishedByName: publishedByName.slice(0, 200),
    summary,
    opportunityCount: listings.length,
  });
  // The version row first: of two publishes at once, the second fails here on (district, number).
  await tx.flush();
  const rows = listings.map((l, position) => {
    const { id, partnerId, ...fields } = l;
    return {
      ...fields,
      version: version.id,
      district: districtId,
      partner: partnerId,
      listingId: id,
      position,
      firstPublishedAt: firstPublished.get(id) ?? now,
      searchText: searchTextOf({
        ...l,
        partnerName: partnerId === null ? null : partnerNames.get(partnerId)!,
      }),
    };
  });
  // Plain multi-row inserts: thousands of rows as tracked entities cost seconds of CPU per publish.
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT)
    await tx.insertMany(Opportunity, rows.slice(start, start + ROWS_PER_INSERT));
  return { version, previousNumber: newest?.number ?? null };
}
